package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.UserText;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the window speaks Spanish, the detail of a damaged file reads in Spanish as a whole sentence, including the
 * words the message is built from (a count with its noun, what was found instead), while keys, paths and dtypes stay
 * as the file writes them.
 */
class SpanishFileMessagesTest {
    private static final String KERNELS = """
            {"format": "conv3d-explorer kernels", "version": 1,
             "shape": {"kernels": 1, "frames": 1, "height": 2, "width": 2, "channels": 1},
             "kernels": [{"bias": 0.5, "weights": [[[[1], [2]], [[3], [4], [5]]]]}]}
            """;

    @BeforeEach
    void spanish() {
        UserText.speak(Locale.forLanguageTag("es"));
    }

    @AfterEach
    void english() {
        UserText.speak(Locale.ENGLISH);
    }

    @Test
    void aKernelFileWithAnExtraColumn() throws Exception {
        Object root = JsonParser.parse(KERNELS);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> KernelJson.bank(root, KERNELS.length(), -1));
        assertEquals("kernels[0].weights[0][1] tiene 3 columnas, pero shape.width es 2", e.getMessage());
    }

    @Test
    void aKernelFileWithAStringForANumber() throws Exception {
        String text = KERNELS.replace("[3], [4], [5]", "[3], [\"4\"]");
        Object root = JsonParser.parse(text);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> KernelJson.bank(root, text.length(), -1));
        assertEquals("kernels[0].weights[0][1][1][0] debe ser un número, pero es un texto", e.getMessage());
    }

    @Test
    void aJsonFileWithAComment() {
        JsonParser.SyntaxException e = assertThrows(JsonParser.SyntaxException.class,
                () -> JsonParser.parse("{\"a\": 1,\n // note\n}"));
        assertEquals("línea 2, columna 2: se esperaba una \"clave\" entre comillas, pero hay un comentario (JSON no"
                + " los admite)", e.getMessage());
    }

    @Test
    void anNpyHeaderWithAnUnsupportedDtype() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> NpyHeader.parse("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }"));
        assertEquals("no se admite el dtype '<i4'; usa uint8 (|u1), int8 (|i1), float32 (<f4, >f4)"
                + " o float64 (<f8, >f8)", e.getMessage());
    }

    @Test
    void anNpyHeaderThatEndsEarly() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> NpyHeader.parse("{'descr'"));
        assertEquals("cabecera mal formada: la cabecera termina antes de tiempo en el carácter 8", e.getMessage());
    }
}
