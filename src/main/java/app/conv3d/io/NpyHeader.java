package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header dictionary of a {@code .npy} file, e.g.
 * {@code {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }}. Parsed by hand as the small
 * Python literal it is: strings, True/False and tuples of integers only, nothing is evaluated.
 */
record NpyHeader(NpyDtype dtype, boolean fortranOrder, int[] shape) {

    /** The header text, without padding, as NumPy writes it. */
    String text() {
        return "{'descr': '" + dtype.descr() + "', 'fortran_order': " + (fortranOrder ? "True" : "False")
                + ", 'shape': " + NpyArray.shapeText(shape) + ", }";
    }

    /** Parses {@code text}; problems are reported as one-line messages without the file name. */
    static NpyHeader parse(String text) {
        Parser p = new Parser(text);
        Map<String, Object> dict = p.dict();
        p.skipSpace();
        if (!p.atEnd()) {
            throw p.error(IoTexts.text("npyHeader.trailing"));
        }
        for (String key : dict.keySet()) {
            if (!List.of("descr", "fortran_order", "shape").contains(key)) {
                throw new InvalidSpecException(IoTexts.text("npyHeader.unexpectedKey", key));
            }
        }
        Object descr = require(dict, "descr");
        Object fortran = require(dict, "fortran_order");
        Object shape = require(dict, "shape");
        if (descr instanceof StructuredDescr) {
            throw new InvalidSpecException(IoTexts.text("npyHeader.structured", IoTexts.text("npy.supported")));
        }
        if (!(descr instanceof String d)) {
            throw new InvalidSpecException(IoTexts.text("npyHeader.descr"));
        }
        NpyDtype dtype = NpyDtype.parse(d);
        if (dtype == null) {
            String supported = IoTexts.text("npy.supported");
            throw new InvalidSpecException(d.contains("O") ? IoTexts.text("npyHeader.object", supported)
                    : IoTexts.text("npyHeader.dtype", d, supported));
        }
        if (!(fortran instanceof Boolean f)) {
            throw new InvalidSpecException(IoTexts.text("npyHeader.fortran"));
        }
        if (!(shape instanceof int[] s)) {
            throw new InvalidSpecException(IoTexts.text("npyHeader.shape"));
        }
        return new NpyHeader(dtype, f, s);
    }

    private static Object require(Map<String, Object> dict, String key) {
        Object v = dict.get(key);
        if (v == null) {
            throw new InvalidSpecException(IoTexts.text("npyHeader.missing", key));
        }
        return v;
    }

    /** Marks a list-valued descr: a structured dtype, which we refuse with its own message. */
    private enum StructuredDescr { INSTANCE }

    private static final class Parser {
        private static final int MAX_RANK = 32;
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Map<String, Object> dict() {
            skipSpace();
            expect('{');
            Map<String, Object> out = new HashMap<>();
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    i++;
                    return out;
                }
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                if (out.put(key, value()) != null) {
                    throw error(IoTexts.text("npyHeader.twice", key));
                }
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else if (peek() != '}') {
                    throw error(IoTexts.text("npyHeader.expectedEither", ",", "}"));
                }
            }
        }

        private Object value() {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '(') {
                return tuple();
            }
            if (c == '[') {
                skipList();
                return StructuredDescr.INSTANCE;
            }
            if (s.startsWith("True", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            throw error(IoTexts.text("npyHeader.value"));
        }

        /** Skips a bracketed list (a structured dtype), quotes included, without interpreting it. */
        private void skipList() {
            int depth = 0;
            do {
                char c = peek();
                if (c == '\'' || c == '"') {
                    string();
                    continue;
                }
                depth += c == '[' || c == '(' ? 1 : (c == ']' || c == ')' ? -1 : 0);
                i++;
            } while (depth > 0);
        }

        private String string() {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw error(IoTexts.text("npyHeader.quoted"));
            }
            int end = s.indexOf(quote, i + 1);
            if (end < 0) {
                throw error(IoTexts.text("npyHeader.unterminated"));
            }
            String out = s.substring(i + 1, end);
            i = end + 1;
            return out;
        }

        private int[] tuple() {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek() == ')') {
                    i++;
                    break;
                }
                dims.add(integer());
                if (dims.size() > MAX_RANK) {
                    throw error(IoTexts.text("npyHeader.rank", MAX_RANK));
                }
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else if (peek() != ')') {
                    throw error(IoTexts.text("npyHeader.shapeSeparator"));
                }
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        private int integer() {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw error(IoTexts.text("npyHeader.shapeEntry"));
            }
            if (i - start > 10 || Long.parseLong(s.substring(start, i)) > Integer.MAX_VALUE) {
                throw new InvalidSpecException(IoTexts.text("npyHeader.dimension", s.substring(start, i)));
            }
            int v = Integer.parseInt(s.substring(start, i));
            if (i < s.length() && s.charAt(i) == 'L') {
                i++; // Python 2 long suffix
            }
            return v;
        }

        void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        boolean atEnd() {
            return i >= s.length();
        }

        private char peek() {
            if (atEnd()) {
                throw error(IoTexts.text("npyHeader.early"));
            }
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error(IoTexts.text("npyHeader.expected", String.valueOf(c)));
            }
            i++;
        }

        /** {@code what}, a text in the language in use, with where in the header it happened. */
        InvalidSpecException error(String what) {
            return new InvalidSpecException(IoTexts.text("npyHeader.malformed", what, i));
        }
    }
}
