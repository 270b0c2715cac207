package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import java.util.List;
import java.util.Map;

/**
 * Reading fields out of a parsed JSON tree ({@link JsonParser}) with one kind of message for every file the app
 * reads as JSON (the lesson's manifest, a model, a lesson's training entries): "where must be ..., found ...".
 * Each problem is an {@link InvalidSpecException}, which the caller turns into one line naming the file.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** {@code map[key]}; missing: "{@code owner} has no "key"". */
    static Object require(Map<?, ?> map, String key, String owner) {
        Object value = map.get(key);
        if (value == null) {
            throw new InvalidSpecException(IoTexts.text("json.field.missing", owner, key));
        }
        return value;
    }

    static Map<?, ?> object(Object node, String where) {
        if (!(node instanceof Map<?, ?> m)) {
            throw new InvalidSpecException(IoTexts.text("json.field.object", where, describe(node)));
        }
        return m;
    }

    static List<?> list(Object node, String where) {
        if (!(node instanceof List<?> l)) {
            throw new InvalidSpecException(IoTexts.text("json.field.array", where, describe(node)));
        }
        return l;
    }

    static int whole(Object node, String where, int min, int max) {
        if (!(node instanceof JsonParser.JsonNumber num && num.isInteger() && num.text().length() <= 10)) {
            throw new InvalidSpecException(IoTexts.text("json.field.whole", where, describe(node)));
        }
        long v = Long.parseLong(num.text());
        if (v < min || v > max) {
            throw new InvalidSpecException(IoTexts.text("json.field.range", where, min, max, v));
        }
        return (int) v;
    }

    /** A number that fits a float32. */
    static float finite(Object node, String where) {
        double d = number(node, where);
        float f = (float) d;
        if (!Float.isFinite(f)) {
            throw new InvalidSpecException(IoTexts.text("json.field.float32", where,
                    ((JsonParser.JsonNumber) node).text()));
        }
        return f;
    }

    /** Any finite number, in double precision. */
    static double number(Object node, String where) {
        if (!(node instanceof JsonParser.JsonNumber num)) {
            throw new InvalidSpecException(IoTexts.text("json.field.number", where, describe(node)));
        }
        double d = Double.parseDouble(num.text());
        if (!Double.isFinite(d)) {
            throw new InvalidSpecException(IoTexts.text("json.field.tooLarge", where, num.text()));
        }
        return d;
    }

    static boolean bool(Object node, String where) {
        if (!(node instanceof Boolean b)) {
            throw new InvalidSpecException(IoTexts.text("json.field.bool", where, describe(node)));
        }
        return b;
    }

    static String string(Object node, String where) {
        if (!(node instanceof String s)) {
            throw new InvalidSpecException(IoTexts.text("json.field.string", where, describe(node)));
        }
        return s;
    }

    /** A node as a message names it: a short string in quotes, "an object", "an array", a number, "missing". */
    static String describe(Object node) {
        if (node == null) {
            return IoTexts.text("json.node.missing");
        }
        if (node instanceof String s) {
            return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        if (node instanceof Map) {
            return IoTexts.text("json.node.object");
        }
        if (node instanceof List) {
            return IoTexts.text("json.node.array");
        }
        return node.toString();
    }
}
