package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private static List<String> sorted(String... names) {
        List<String> l = new ArrayList<>(List.of(names));
        l.sort(NaturalOrder.INSTANCE);
        return l;
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(List.of("frame1.png", "frame2.png", "frame10.png", "frame100.png"),
                sorted("frame10.png", "frame100.png", "frame2.png", "frame1.png"));
    }

    @Test
    void leadingZerosAndCaseDoNotMatter() {
        assertEquals(List.of("IMG_001.jpg", "img_2.jpg", "IMG_010.jpg"), sorted("IMG_010.jpg", "img_2.jpg", "IMG_001.jpg"));
    }

    @Test
    void hugeNumbersDoNotOverflow() {
        assertEquals(List.of("f9.png", "f123456789012345678901234567890.png"),
                sorted("f123456789012345678901234567890.png", "f9.png"));
    }

    @Test
    void tiesAreBrokenConsistently() {
        assertTrue(NaturalOrder.INSTANCE.compare("a01", "a1") != 0);
        assertEquals(-Integer.signum(NaturalOrder.INSTANCE.compare("a1", "a01")),
                Integer.signum(NaturalOrder.INSTANCE.compare("a01", "a1")));
        assertEquals(0, NaturalOrder.INSTANCE.compare("x7", "x7"));
    }

    @Test
    void prefixComesFirst() {
        assertEquals(List.of("a", "a1", "ab"), sorted("ab", "a1", "a"));
    }
}
