package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {

    @Test
    void readsEveryKindOfValue() throws Exception {
        Object root = JsonParser.parse(" {\"a\": [1, -0.5, 2e3, -1.25E-2, 0], \"b\": {\"c\": \"x\\\"y\\u00e9\\n\"},"
                + "\r\n\t\"t\": true, \"f\": false, \"n\": null, \"e\": [], \"o\": {}} ");
        Map<?, ?> map = (Map<?, ?>) root;
        assertEquals(List.of("a", "b", "t", "f", "n", "e", "o"), List.copyOf(map.keySet()), "key order is kept");
        assertEquals(List.of(new JsonParser.JsonNumber("1"), new JsonParser.JsonNumber("-0.5"),
                new JsonParser.JsonNumber("2e3"), new JsonParser.JsonNumber("-1.25E-2"), new JsonParser.JsonNumber("0")),
                map.get("a"));
        assertEquals(Map.of("c", "x\"y\u00e9\n"), map.get("b"));
        assertEquals(Boolean.TRUE, map.get("t"));
        assertEquals(Boolean.FALSE, map.get("f"));
        assertSame(JsonParser.NULL, map.get("n"));
        assertEquals(List.of(), map.get("e"));
        assertEquals(Map.of(), map.get("o"));
        assertTrue(new JsonParser.JsonNumber("-12").isInteger());
        assertTrue(!new JsonParser.JsonNumber("1.0").isInteger());
    }

    /** {@code ~} stands for a line break, which the CSV source cannot hold. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| the file is empty",
            "'  '| the file is empty",
            "{| line 1, column 2: expected a \"key\"",
            "[1, 2| line 1, column 6: expected ',' or ']' but found the end of the file",
            "[1, 2,]| expected a value but found ']'",
            "{\"a\": 1,}| expected a \"key\" in quotes but found '}'",
            "{\"a\" 1}| expected ':'",
            "{\"a\": 1 \"b\": 2}| expected ',' or '}'",
            "{\"a\": 1, \"a\": 2}| line 1, column 10: the key \"a\" appears twice",
            "[01]| leading zeros",
            "[1.]| digits after its decimal point",
            "[.5]| expected a value but found '.'",
            "[-]| digits after '-'",
            "[+1]| expected a value but found '+'",
            "[1e]| digits in its exponent",
            "[NaN]| NaN and Infinity are not JSON numbers",
            "[Infinity]| NaN and Infinity are not JSON numbers",
            "[-Infinity]| NaN and Infinity are not JSON numbers",
            "[nul]| expected a value",
            "[True]| expected a value but found 'T'",
            "[\"abc]| a string starts here but never ends",
            "[\"a\\x\"]| unknown escape \\x",
            "[\"\\u12g4\"]| four hex digits",
            "[1] [2]| after the end of the JSON value",
            "// note~[1]| a comment (JSON has none)",
            "'[1,~ 2,~ x]'| line 3, column 2: expected a value but found 'x'"})
    void rejectsWhatIsNotStrictJsonSayingWhereAndWhy(String text, String expected) {
        JsonParser.SyntaxException e = assertThrows(JsonParser.SyntaxException.class,
                () -> JsonParser.parse(text.replace('~', '\n')));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void rejectsControlCharactersInStrings() {
        assertThrows(JsonParser.SyntaxException.class, () -> JsonParser.parse("[\"a\tb\"]"));
    }

    @Test
    void refusesToNestDeeperThanTheLimit() throws Exception {
        String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        JsonParser.parse(ok);
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonParser.SyntaxException e = assertThrows(JsonParser.SyntaxException.class, () -> JsonParser.parse(deep));
        assertTrue(e.getMessage().contains("nested more than 64 levels"), e.getMessage());
    }
}
