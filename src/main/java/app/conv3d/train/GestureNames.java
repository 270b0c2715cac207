package app.conv3d.train;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class's name says about its gesture, in English or Spanish: its side, and so which classes are each other's
 * mirror image ("wave right" and "wave left", "mano a la derecha" and "mano a la izquierda" differ only in the side,
 * so a clip of one, mirrored, is a clip of the other), or that it stands still.
 */
public final class GestureNames {
    private static final Pattern SIDE = Pattern.compile("\\b(right|left|derecha|izquierda)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern STILL = Pattern.compile(
            "\\b(still|quiet|nothing|stop|quieto|quieta|quietos|quietas|parado|parada|nada)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private GestureNames() {
    }

    /** Whether the name says nothing moves ("still", "quieta", "nothing"...). */
    public static boolean saysStill(String name) {
        return STILL.matcher(name).find();
    }

    /** The name with each side word swapped (right ↔ left, derecha ↔ izquierda), lower case; null without one. */
    public static String mirrored(String name) {
        Matcher m = SIDE.matcher(name.toLowerCase(Locale.ROOT).trim());
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            found = true;
            m.appendReplacement(out, switch (m.group(1)) {
                case "right" -> "left";
                case "left" -> "right";
                case "derecha" -> "izquierda";
                default -> "derecha";
            });
        }
        m.appendTail(out);
        return found ? out.toString() : null;
    }

    /** The side a name says: +1 for right/derecha, -1 for left/izquierda, 0 for neither (or both). */
    public static int side(String name) {
        Matcher m = SIDE.matcher(name);
        int side = 0;
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int s = w.equals("right") || w.equals("derecha") ? 1 : -1;
            if (side != 0 && side != s) {
                return 0;
            }
            side = s;
        }
        return side;
    }

    /** For each name, the index of its mirror among {@code names}, or -1 (first match wins; a pair is mutual). */
    public static int[] partners(List<String> names) {
        int[] partner = new int[names.size()];
        Arrays.fill(partner, -1);
        for (int i = 0; i < names.size(); i++) {
            String m = partner[i] < 0 ? mirrored(names.get(i)) : null;
            for (int j = i + 1; m != null && j < names.size(); j++) {
                if (partner[j] < 0 && m.equals(names.get(j).toLowerCase(Locale.ROOT).trim())) {
                    partner[i] = j;
                    partner[j] = i;
                    m = null;
                }
            }
        }
        return partner;
    }
}
