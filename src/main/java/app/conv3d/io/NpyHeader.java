package app.conv3d.io;

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
            throw p.error("unexpected text after the header dictionary");
        }
        for (String key : dict.keySet()) {
            if (!List.of("descr", "fortran_order", "shape").contains(key)) {
                throw new IllegalArgumentException("malformed header: unexpected key '" + key + "'");
            }
        }
        Object descr = require(dict, "descr");
        Object fortran = require(dict, "fortran_order");
        Object shape = require(dict, "shape");
        if (descr instanceof StructuredDescr) {
            throw new IllegalArgumentException("structured (record) arrays are not supported; use "
                    + NpyDtype.SUPPORTED);
        }
        if (!(descr instanceof String d)) {
            throw new IllegalArgumentException("malformed header: 'descr' must be a string");
        }
        NpyDtype dtype = NpyDtype.parse(d);
        if (dtype == null) {
            String kind = d.contains("O") ? "object arrays are not supported (they are never unpickled)"
                    : "dtype '" + d + "' is not supported";
            throw new IllegalArgumentException(kind + "; use " + NpyDtype.SUPPORTED);
        }
        if (!(fortran instanceof Boolean f)) {
            throw new IllegalArgumentException("malformed header: 'fortran_order' must be True or False");
        }
        if (!(shape instanceof int[] s)) {
            throw new IllegalArgumentException("malformed header: 'shape' must be a tuple of integers");
        }
        return new NpyHeader(dtype, f, s);
    }

    private static Object require(Map<String, Object> dict, String key) {
        Object v = dict.get(key);
        if (v == null) {
            throw new IllegalArgumentException("malformed header: missing '" + key + "'");
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
                    throw error("key '" + key + "' appears twice");
                }
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else if (peek() != '}') {
                    throw error("expected ',' or '}'");
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
            throw error("unexpected value");
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
                throw error("expected a quoted string");
            }
            int end = s.indexOf(quote, i + 1);
            if (end < 0) {
                throw error("unterminated string");
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
                    throw error("shape has more than " + MAX_RANK + " dimensions");
                }
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else if (peek() != ')') {
                    throw error("expected ',' or ')' in shape");
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
                throw error("shape entries must be non-negative integers");
            }
            if (i - start > 10 || Long.parseLong(s.substring(start, i)) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("absurd shape: dimension " + s.substring(start, i)
                        + " is too large");
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
                throw error("header ends too early");
            }
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("malformed header: " + what + " at character " + i);
        }
    }
}
