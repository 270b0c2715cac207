package app.conv3d.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for the app's own files. Objects become {@code LinkedHashMap<String,
 * Object>}, arrays {@code List<Object>}, strings {@code String}, numbers {@link JsonNumber} (kept as written, so a
 * float32 weight reads back to the very same float), {@code true}/{@code false} {@code Boolean} and {@code null}
 * {@link #NULL}. Rejects duplicate keys, trailing commas, comments, NaN/Infinity and anything after the value.
 */
final class JsonParser {
    /** The JSON {@code null}, distinct from a missing key. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** How deep arrays and objects may nest; a kernel needs 7. Keeps hostile input off the call stack. */
    static final int MAX_DEPTH = 64;

    /** A JSON number as written in the file. */
    record JsonNumber(String text) {
        boolean isInteger() {
            return text.matches("-?[0-9]+");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Where and why the text is not JSON; the message is one line. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    static Object parse(String text) throws SyntaxException {
        JsonParser p = new JsonParser(text);
        p.skipSpace();
        if (p.pos == text.length()) {
            throw new SyntaxException(IoTexts.text("jsonSyntax.empty"));
        }
        Object value = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error(IoTexts.text("jsonSyntax.trailing", p.describeHere()));
        }
        return value;
    }

    private Object value() throws SyntaxException {
        if (pos >= text.length()) {
            throw error(IoTexts.text("jsonSyntax.valueAtEnd"));
        }
        char ch = text.charAt(pos);
        switch (ch) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (ch == '-' || (ch >= '0' && ch <= '9')) {
                    return number();
                }
                if (text.startsWith("NaN", pos) || text.startsWith("Infinity", pos)) {
                    throw error(IoTexts.text("jsonSyntax.nan"));
                }
                throw error(IoTexts.text("jsonSyntax.value", describeHere()));
        }
    }

    private Map<String, Object> object() throws SyntaxException {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error(IoTexts.text("jsonSyntax.key", describeHere()));
            }
            int keyStart = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyStart;
                throw error(IoTexts.text("jsonSyntax.twice", key));
            }
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
            skipSpace();
            char ch = peek();
            pos++;
            if (ch == '}') {
                depth--;
                return map;
            }
            if (ch != ',') {
                pos--;
                throw error(IoTexts.text("jsonSyntax.expectedEither", ",", "}", describeHere()));
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            char ch = peek();
            pos++;
            if (ch == ']') {
                depth--;
                return list;
            }
            if (ch != ',') {
                pos--;
                throw error(IoTexts.text("jsonSyntax.expectedEither", ",", "]", describeHere()));
            }
        }
    }

    private void enter() throws SyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error(IoTexts.text("jsonSyntax.depth", MAX_DEPTH));
        }
    }

    private String string() throws SyntaxException {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                pos = start;
                throw error(IoTexts.text("jsonSyntax.unterminated"));
            }
            char ch = text.charAt(pos++);
            if (ch == '"') {
                return sb.toString();
            }
            if (ch < 0x20) {
                pos--;
                throw error(IoTexts.text("jsonSyntax.control"));
            }
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (pos >= text.length()) {
                continue;
            }
            char esc = text.charAt(pos++);
            switch (esc) {
                case '"', '\\', '/' -> sb.append(esc);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        pos -= 2;
                        throw error(IoTexts.text("jsonSyntax.unicode"));
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    pos -= 2;
                    throw error(IoTexts.text("jsonSyntax.escape", "\\" + esc));
                }
            }
        }
    }

    private JsonNumber number() throws SyntaxException {
        int start = pos;
        if (peek() == '-') {
            pos++;
            if (text.startsWith("Infinity", pos)) {
                pos = start;
                throw error(IoTexts.text("jsonSyntax.nan"));
            }
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error(IoTexts.text("jsonSyntax.minus"));
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error(IoTexts.text("jsonSyntax.point"));
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error(IoTexts.text("jsonSyntax.exponent"));
            }
            digits();
        }
        if (isDigit(peek())) {
            throw error(IoTexts.text("jsonSyntax.zeros"));
        }
        return new JsonNumber(text.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error(IoTexts.text("jsonSyntax.value", describeHere()));
        }
        pos += word.length();
        return value;
    }

    private void expect(char ch) throws SyntaxException {
        if (peek() != ch) {
            throw error(IoTexts.text("jsonSyntax.expected", String.valueOf(ch), describeHere()));
        }
        pos++;
    }

    /** The current character, or NUL at the end (NUL never starts valid JSON, so it fails every check). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
                return;
            }
            pos++;
        }
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return IoTexts.text("jsonSyntax.here.end");
        }
        char ch = text.charAt(pos);
        if (ch == '/' && pos + 1 < text.length() && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
            return IoTexts.text("jsonSyntax.here.comment");
        }
        return ch < 0x20 || ch > 0x7E ? IoTexts.text("jsonSyntax.here.character", String.format("U+%04X", (int) ch))
                : "'" + ch + "'";
    }

    private SyntaxException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SyntaxException(IoTexts.text("jsonSyntax.at", line, column, what));
    }
}
