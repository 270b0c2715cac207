package app.conv3d.io;

import app.conv3d.core.Axis3;
import app.conv3d.core.Colormap;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureDisplay;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Normalization;
import app.conv3d.core.Padding;
import app.conv3d.core.StepSize;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manifest of a lesson file, {@code lesson.json}: everything but the clip and the weights.
 * <pre>
 * {
 *   "format": "conv3d-explorer lesson",
 *   "version": 1,
 *   "lessonSize": {"frames": 16, "height": 64, "width": 64},
 *   "spec": {"stride": [1, 1, 1], "padding": {"mode": "valid", "amounts": [0, 0, 0]},
 *            "dilation": [1, 1, 1], "relu": false},
 *   "display": {"normalization": "minmax", "colormap": "gray"},
 *   "kernelIndex": 0,
 *   "position": {"t": 0, "y": 0, "x": 0},
 *   "view": {"showAll": false, "stepSize": "position", "speed": "normal", "mathFrame": 0, "mathChannel": 0,
 *            "slice": 0},
 *   "biases": [0.0]
 * }
 * </pre>
 * Triples are (time, height, width). Padding modes are valid, same and custom (amounts are used only
 * by custom). {@code view} may be missing (files saved before it was kept): the window's start view. Keys
 * this version does not know are ignored, so a later version may add some without
 * changing the version number; it changes the number when older apps must refuse the file.
 */
final class LessonJson {
    static final String FORMAT = "conv3d-explorer lesson";
    static final int VERSION = 1;
    private static final String MANIFEST = "lesson.json";

    /** What the manifest holds; {@code biases} has one entry per kernel. */
    record Manifest(int version, Axis3 lessonSize, ConvSpec spec, FeatureDisplay display, int kernelIndex,
            Axis3 position, LessonView view, float[] biases) {
    }

    private LessonJson() {
    }

    static String toJson(SavedLesson lesson) {
        ConvSpec spec = lesson.spec();
        Axis3 size = lesson.lessonSize();
        Axis3 pos = lesson.position();
        KernelBank bank = lesson.bank();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"format\": \"").append(FORMAT).append("\",\n");
        sb.append("  \"version\": ").append(VERSION).append(",\n");
        sb.append("  \"lessonSize\": {\"frames\": ").append(size.t()).append(", \"height\": ").append(size.h())
                .append(", \"width\": ").append(size.w()).append("},\n");
        sb.append("  \"spec\": {\n");
        sb.append("    \"stride\": ").append(triple(spec.stride())).append(",\n");
        sb.append("    \"padding\": {\"mode\": \"").append(spec.padding().mode().name().toLowerCase(Locale.ROOT))
                .append("\", \"amounts\": ").append(triple(spec.padding().amounts())).append("},\n");
        sb.append("    \"dilation\": ").append(triple(spec.dilation())).append(",\n");
        sb.append("    \"relu\": ").append(spec.relu()).append("\n");
        sb.append("  },\n");
        sb.append("  \"display\": {\"normalization\": \"").append(lesson.display().normalization().id())
                .append("\", \"colormap\": \"").append(lesson.display().colormap().id()).append("\"},\n");
        sb.append("  \"kernelIndex\": ").append(lesson.kernelIndex()).append(",\n");
        sb.append("  \"position\": {\"t\": ").append(pos.t()).append(", \"y\": ").append(pos.h())
                .append(", \"x\": ").append(pos.w()).append("},\n");
        LessonView view = lesson.view();
        sb.append("  \"view\": {\"showAll\": ").append(view.showAll())
                .append(", \"stepSize\": \"").append(view.stepSize().name().toLowerCase(Locale.ROOT))
                .append("\", \"speed\": \"").append(view.speed())
                .append("\", \"mathFrame\": ").append(view.mathFrame())
                .append(", \"mathChannel\": ").append(view.mathChannel())
                .append(", \"slice\": ").append(view.slice()).append("},\n");
        sb.append("  \"biases\": [");
        for (int n = 0; n < bank.count(); n++) {
            // Float.toString is the shortest text that reads back to this float.
            sb.append(n == 0 ? "" : ", ").append(bank.get(n).bias());
        }
        sb.append("]\n");
        sb.append("}\n");
        return sb.toString();
    }

    private static String triple(Axis3 a) {
        return "[" + a.t() + ", " + a.h() + ", " + a.w() + "]";
    }

    /**
     * Reads a manifest. A wrong format name or a newer version is reported before anything else, so a
     * file from elsewhere or from a later app gets that message rather than a confusing detail.
     *
     * @throws InvalidSpecException naming what is wrong and where
     */
    static Manifest parse(String text) {
        Object root;
        try {
            root = JsonParser.parse(text);
        } catch (JsonParser.SyntaxException e) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.invalid", e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.notObject"));
        }
        Object format = top.get("format");
        if (!FORMAT.equals(format)) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.format", describe(format)));
        }
        int version = whole(require(top, "version"), "version", 1, Integer.MAX_VALUE);
        if (version > VERSION) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.newer", version, VERSION));
        }
        Map<?, ?> size = object(top, "lessonSize");
        Axis3 lessonSize = new Axis3(whole(require(size, "frames"), "lessonSize.frames", 1, SavedLesson.MAX_LESSON_FRAMES),
                whole(require(size, "height"), "lessonSize.height", 1, SavedLesson.MAX_LESSON_SIDE),
                whole(require(size, "width"), "lessonSize.width", 1, SavedLesson.MAX_LESSON_SIDE));
        Map<?, ?> spec = object(top, "spec");
        Map<?, ?> padding = object(spec, "padding", "spec.padding");
        Padding.Mode mode = paddingMode(require(padding, "mode"));
        Axis3 amounts = triple(padding.containsKey("amounts") ? padding.get("amounts") : List.of(), "spec.padding.amounts",
                0, 1024, mode != Padding.Mode.CUSTOM);
        Object relu = require(spec, "relu");
        if (!(relu instanceof Boolean)) {
            throw new InvalidSpecException(IoTexts.text("json.field.bool", "spec.relu", describe(relu)));
        }
        ConvSpec convSpec = new ConvSpec(triple(require(spec, "stride"), "spec.stride", 1, ConvSpec.MAX_STRIDE, false),
                new Padding(mode, amounts),
                triple(require(spec, "dilation"), "spec.dilation", 1, ConvSpec.MAX_DILATION, false), (Boolean) relu);
        Map<?, ?> display = object(top, "display");
        FeatureDisplay featureDisplay = new FeatureDisplay(
                Normalization.parse(string(require(display, "normalization"), "display.normalization")),
                Colormap.parse(string(require(display, "colormap"), "display.colormap")));
        int kernelIndex = whole(require(top, "kernelIndex"), "kernelIndex", 0, KernelBank.MAX_KERNELS - 1);
        Map<?, ?> pos = object(top, "position");
        Axis3 position = new Axis3(whole(require(pos, "t"), "position.t", 0, Integer.MAX_VALUE),
                whole(require(pos, "y"), "position.y", 0, Integer.MAX_VALUE),
                whole(require(pos, "x"), "position.x", 0, Integer.MAX_VALUE));
        LessonView view = top.containsKey("view") ? view(object(top, "view")) : LessonView.DEFAULT;
        Object biasNode = require(top, "biases");
        if (!(biasNode instanceof List<?> list) || list.isEmpty() || list.size() > KernelBank.MAX_KERNELS) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.biases", KernelBank.MAX_KERNELS));
        }
        float[] biases = new float[list.size()];
        for (int n = 0; n < biases.length; n++) {
            biases[n] = finite(list.get(n), "biases[" + n + "]");
        }
        return new Manifest(version, lessonSize, convSpec, featureDisplay, kernelIndex, position, view, biases);
    }

    private static LessonView view(Map<?, ?> view) {
        Object all = require(view, "showAll");
        if (!(all instanceof Boolean)) {
            throw new InvalidSpecException(IoTexts.text("json.field.bool", "view.showAll", describe(all)));
        }
        String step = string(require(view, "stepSize"), "view.stepSize");
        StepSize stepSize = null;
        for (StepSize s : StepSize.values()) {
            if (s.name().equalsIgnoreCase(step)) {
                stepSize = s;
            }
        }
        if (stepSize == null) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.stepSize", describe(step)));
        }
        String speed = string(require(view, "speed"), "view.speed");
        if (!speed.matches("[a-z]{1,20}")) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.speed", describe(speed)));
        }
        return new LessonView((Boolean) all, stepSize, speed,
                whole(require(view, "mathFrame"), "view.mathFrame", 0, Integer.MAX_VALUE),
                whole(require(view, "mathChannel"), "view.mathChannel", 0, Integer.MAX_VALUE),
                whole(require(view, "slice"), "view.slice", 0, Integer.MAX_VALUE));
    }

    private static Padding.Mode paddingMode(Object node) {
        String text = string(node, "spec.padding.mode");
        for (Padding.Mode m : Padding.Mode.values()) {
            if (m.name().equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new InvalidSpecException(IoTexts.text("lessonJson.paddingMode", text));
    }

    private static Object require(Map<?, ?> map, String key) {
        return JsonFields.require(map, key, MANIFEST);
    }

    private static Map<?, ?> object(Map<?, ?> map, String key) {
        return object(map, key, key);
    }

    private static Map<?, ?> object(Map<?, ?> map, String key, String where) {
        return JsonFields.object(require(map, key), where);
    }

    /** Three whole numbers in min..max; with {@code optional}, a missing or empty array means zeros. */
    private static Axis3 triple(Object node, String where, int min, int max, boolean optional) {
        if (optional && node instanceof List<?> l && l.isEmpty()) {
            return Axis3.all(0);
        }
        if (!(node instanceof List<?> list) || list.size() != 3) {
            throw new InvalidSpecException(IoTexts.text("lessonJson.triple", where, describe(node)));
        }
        return new Axis3(whole(list.get(0), where + "[0]", min, max), whole(list.get(1), where + "[1]", min, max),
                whole(list.get(2), where + "[2]", min, max));
    }

    private static int whole(Object node, String where, int min, int max) {
        return JsonFields.whole(node, where, min, max);
    }

    private static float finite(Object node, String where) {
        return JsonFields.finite(node, where);
    }

    private static String string(Object node, String where) {
        return JsonFields.string(node, where);
    }

    private static String describe(Object node) {
        return JsonFields.describe(node);
    }
}
