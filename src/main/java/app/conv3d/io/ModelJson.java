package app.conv3d.io;

import app.conv3d.core.Axis3;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.KernelBank;
import app.conv3d.train.ClipClassifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trained {@link ClipClassifier} as JSON: its classes, the clip size it takes, how clip values are scaled
 * before the kernels see them, the kernels in {@link KernelJson}'s own format, and the linear layer.
 * <pre>
 * {"format": "conv3d-explorer classifier", "version": 1, "classes": ["right", "left"],
 *  "clip": {"frames": 16, "height": 32, "width": 32}, "input": {"centre": 127.5, "scale": 0.007843138},
 *  "kernels": { ...a kernel file... }, "linear": {"weights": [[...K...], ...C...], "biases": [...C...]}}
 * </pre>
 */
public final class ModelJson {
    public static final String FORMAT = "conv3d-explorer classifier";
    public static final int VERSION = 1;
    private static final Set<String> TOP_KEYS = Set.of("format", "version", "classes", "clip", "input", "kernels",
            "linear");

    private ModelJson() {
    }

    public static void write(Path target, ClipClassifier model) throws IOException {
        byte[] bytes = toJson(model).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    public static String toJson(ClipClassifier model) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"format\": \"").append(FORMAT).append("\",\n");
        sb.append("  \"version\": ").append(VERSION).append(",\n");
        sb.append("  \"classes\": [");
        List<String> classes = model.classes();
        for (int j = 0; j < classes.size(); j++) {
            sb.append(j == 0 ? "" : ", ").append(KernelJson.jsonString(classes.get(j)));
        }
        sb.append("],\n");
        Axis3 clip = model.clipSize();
        sb.append("  \"clip\": {\"frames\": ").append(clip.t()).append(", \"height\": ").append(clip.h())
                .append(", \"width\": ").append(clip.w()).append("},\n");
        sb.append("  \"input\": {\"centre\": ").append(ClipClassifier.INPUT_CENTRE).append(", \"scale\": ")
                .append(ClipClassifier.INPUT_SCALE).append("},\n");
        sb.append("  \"kernels\": ").append(KernelJson.toJson(model.bank()).strip()).append(",\n");
        float[] w = model.weights();
        float[] b = model.biases();
        int k = model.bank().count();
        sb.append("  \"linear\": {\n    \"weights\": [");
        for (int j = 0; j < classes.size(); j++) {
            sb.append(j == 0 ? "[" : ", [");
            for (int n = 0; n < k; n++) {
                sb.append(n == 0 ? "" : ", ").append(w[j * k + n]);
            }
            sb.append(']');
        }
        sb.append("],\n    \"biases\": [");
        for (int j = 0; j < b.length; j++) {
            sb.append(j == 0 ? "" : ", ").append(b[j]);
        }
        sb.append("]\n  }\n}\n");
        return sb.toString();
    }

    public static ClipClassifier read(Path file) throws IOException {
        String text = KernelJson.readText(file, IoTexts.text("noun.modelFile"));
        Object root = KernelJson.parse(text, file);
        try {
            return model(root, text.length());
        } catch (InvalidSpecException e) {
            throw new BadInputException(file, IoTexts.text("model.unusable", e.getMessage()), e);
        }
    }

    /** A model from its JSON text (a lesson's training/model.json). @throws InvalidSpecException naming the problem */
    static ClipClassifier parse(String text) {
        Object root;
        try {
            root = JsonParser.parse(text);
        } catch (JsonParser.SyntaxException e) {
            throw new InvalidSpecException(IoTexts.text("json.invalid", e.getMessage()));
        }
        return model(root, text.length());
    }

    private static ClipClassifier model(Object root, int textLength) {
        if (!(root instanceof Map<?, ?> top) || !FORMAT.equals(top.get("format"))) {
            throw new InvalidSpecException(IoTexts.text("model.format", FORMAT));
        }
        for (Object key : top.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw new InvalidSpecException(IoTexts.text("model.unknownKey", key));
            }
        }
        if (!(top.get("version") instanceof JsonParser.JsonNumber v && v.text().equals("1"))) {
            throw new InvalidSpecException(IoTexts.text("model.version", VERSION));
        }
        Map<?, ?> input = object(top.get("input"), "input");
        if (number(input.get("centre"), "input.centre") != ClipClassifier.INPUT_CENTRE
                || number(input.get("scale"), "input.scale") != ClipClassifier.INPUT_SCALE) {
            throw new InvalidSpecException(IoTexts.text("model.input", "{\"centre\": " + ClipClassifier.INPUT_CENTRE
                    + ", \"scale\": " + ClipClassifier.INPUT_SCALE + "}"));
        }
        List<String> classes = new ArrayList<>();
        for (Object name : list(top.get("classes"), "classes")) {
            if (!(name instanceof String s)) {
                throw new InvalidSpecException(IoTexts.text("model.classNames"));
            }
            classes.add(s);
        }
        Map<?, ?> clip = object(top.get("clip"), "clip");
        Axis3 clipSize = new Axis3(whole(clip.get("frames"), "clip.frames"), whole(clip.get("height"), "clip.height"),
                whole(clip.get("width"), "clip.width"));
        KernelBank bank;
        try {
            bank = KernelJson.bank(top.get("kernels"), textLength, 3);
        } catch (InvalidSpecException e) {
            throw new InvalidSpecException(IoTexts.text("model.kernels", e.getMessage()));
        }
        Map<?, ?> linear = object(top.get("linear"), "linear");
        List<?> rows = list(linear.get("weights"), "linear.weights");
        int k = bank.count();
        float[] weights = new float[rows.size() * k];
        for (int j = 0; j < rows.size(); j++) {
            List<?> row = list(rows.get(j), "linear.weights[" + j + "]");
            if (row.size() != k) {
                throw new InvalidSpecException(IoTexts.text("model.linearRow", j, k));
            }
            for (int n = 0; n < k; n++) {
                weights[j * k + n] = number(row.get(n), "linear.weights[" + j + "][" + n + "]");
            }
        }
        List<?> biasList = list(linear.get("biases"), "linear.biases");
        float[] biases = new float[biasList.size()];
        for (int j = 0; j < biases.length; j++) {
            biases[j] = number(biasList.get(j), "linear.biases[" + j + "]");
        }
        return new ClipClassifier(classes, clipSize, bank, weights, biases);
    }

    private static Map<?, ?> object(Object node, String where) {
        return JsonFields.object(node, where);
    }

    private static List<?> list(Object node, String where) {
        return JsonFields.list(node, where);
    }

    private static float number(Object node, String where) {
        return JsonFields.finite(node, where);
    }

    private static int whole(Object node, String where) {
        return JsonFields.whole(node, where, 1, 99_999);
    }
}
