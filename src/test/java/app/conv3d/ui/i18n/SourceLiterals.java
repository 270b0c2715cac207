package app.conv3d.ui.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string literals of one Java source file, each with the call it is an argument of: enough of a parser to
 * tell {@code setId("menuFile")} from {@code new Label("File")}. Comments, char literals and text blocks are
 * skipped over correctly; generics and lambdas need no understanding, since only parentheses are counted.
 */
final class SourceLiterals {
    /** One literal: its line, its value as written (escapes kept), the call around it and its argument index. */
    record Literal(int line, String value, String callee, String calleeText, int argument) {
    }

    private static final Pattern LAST_NAME = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)\\s*(<[^()=]*>)?\\s*$");

    private SourceLiterals() {
    }

    private static final class Call {
        final String name;
        final String text;
        int argument;

        Call(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }

    static List<Literal> of(String src) {
        List<Literal> found = new ArrayList<>();
        Deque<Call> calls = new ArrayDeque<>();
        int line = 1;
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                add(found, calls, line, src.substring(i + 3, Math.max(i + 3, end - 3)));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    add(found, calls, line, src.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else if (c == '(') {
                String before = src.substring(Math.max(0, i - 60), i);
                Matcher m = LAST_NAME.matcher(before);
                calls.push(new Call(m.find() ? m.group(1) : "", before.strip()));
                i++;
            } else if (c == ')') {
                if (!calls.isEmpty()) {
                    calls.pop();
                }
                i++;
            } else if (c == ',' && !calls.isEmpty()) {
                calls.peek().argument++;
                i++;
            } else {
                i++;
            }
        }
        return found;
    }

    private static void add(List<Literal> found, Deque<Call> calls, int line, String value) {
        Call call = calls.peek();
        found.add(call == null ? new Literal(line, value, "", "", 0)
                : new Literal(line, value, call.name, call.text, call.argument));
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
