package app.conv3d.io;

import app.conv3d.core.Axis3;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A lesson's training entries as JSON ({@link LessonFile}):
 * <pre>
 * training/classes.json: {"classes": ["wave right", "wave left", "still"], "labels": [0, 1, 2, 0, ...],
 *   "options": {"kernels": 4, "kernelSize": [5, 5, 5], "epochs": 30, "batchSize": 8, "learningRate": 0.02, "seed": 0}}
 * training/curves.json: {"curves": [{"epoch": 1, "trainLoss": 1.09, "trainAccuracy": 0.4,
 *   "heldOutLoss": 1.1, "heldOutAccuracy": 0.33}, ...]}   (held-out values null when nothing was held out)
 * </pre>
 * One label per clip of {@code training/clips.npy}, in its order.
 */
final class TrainingJson {
    static final String CLASSES = "training/classes.json";
    static final String CURVES = "training/curves.json";

    /** What classes.json holds. */
    record Classes(List<String> classes, int[] labels, TrainingOptions options) {
    }

    private TrainingJson() {
    }

    static String classes(SavedTraining t) {
        StringBuilder sb = new StringBuilder("{\n  \"classes\": [");
        for (int j = 0; j < t.classes().size(); j++) {
            sb.append(j == 0 ? "" : ", ").append(KernelJson.jsonString(t.classes().get(j)));
        }
        sb.append("],\n  \"labels\": [");
        for (int i = 0; i < t.clips().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(t.clips().get(i).label());
        }
        TrainingOptions o = t.options();
        Axis3 k = o.kernelSize();
        sb.append("],\n  \"options\": {\"kernels\": ").append(o.kernels()).append(", \"kernelSize\": [").append(k.t())
                .append(", ").append(k.h()).append(", ").append(k.w()).append("], \"epochs\": ").append(o.epochs())
                .append(", \"batchSize\": ").append(o.batchSize()).append(", \"learningRate\": ")
                .append(o.learningRate()).append(", \"seed\": ").append(o.seed()).append("}\n}\n");
        return sb.toString();
    }

    static String curves(List<CurvePoint> curves) {
        StringBuilder sb = new StringBuilder("{\"curves\": [");
        for (int i = 0; i < curves.size(); i++) {
            CurvePoint p = curves.get(i);
            sb.append(i == 0 ? "\n  " : ",\n  ").append("{\"epoch\": ").append(p.epoch())
                    .append(", \"trainLoss\": ").append(p.trainLoss())
                    .append(", \"trainAccuracy\": ").append(p.trainAccuracy())
                    .append(", \"heldOutLoss\": ").append(orNull(p.heldOutLoss()))
                    .append(", \"heldOutAccuracy\": ").append(orNull(p.heldOutAccuracy())).append('}');
        }
        return sb.append("\n]}\n").toString();
    }

    private static String orNull(double v) {
        return Double.isNaN(v) ? "null" : Double.toString(v);
    }

    /** @throws InvalidSpecException naming the entry and the field */
    static Classes parseClasses(String text) {
        Map<?, ?> top = JsonFields.object(parse(text, CLASSES), CLASSES);
        List<String> classes = new ArrayList<>();
        for (Object name : JsonFields.list(JsonFields.require(top, "classes", CLASSES), "classes")) {
            classes.add(JsonFields.string(name, "classes[" + classes.size() + "]"));
        }
        List<?> labelList = JsonFields.list(JsonFields.require(top, "labels", CLASSES), "labels");
        int[] labels = new int[labelList.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = JsonFields.whole(labelList.get(i), "labels[" + i + "]", 0, Math.max(0, classes.size() - 1));
        }
        Map<?, ?> o = JsonFields.object(JsonFields.require(top, "options", CLASSES), "options");
        List<?> size = JsonFields.list(JsonFields.require(o, "kernelSize", CLASSES), "options.kernelSize");
        if (size.size() != 3) {
            throw new InvalidSpecException(IoTexts.text("training.kernelSize", CLASSES));
        }
        Axis3 k = new Axis3(JsonFields.whole(size.get(0), "options.kernelSize[0]", 1, Kernel.MAX_SIZE),
                JsonFields.whole(size.get(1), "options.kernelSize[1]", 1, Kernel.MAX_SIZE),
                JsonFields.whole(size.get(2), "options.kernelSize[2]", 1, Kernel.MAX_SIZE));
        TrainingOptions options = new TrainingOptions(
                JsonFields.whole(JsonFields.require(o, "kernels", CLASSES), "options.kernels", 1, Integer.MAX_VALUE), k,
                JsonFields.whole(JsonFields.require(o, "epochs", CLASSES), "options.epochs", 1, Integer.MAX_VALUE),
                JsonFields.whole(JsonFields.require(o, "batchSize", CLASSES), "options.batchSize", 1, Integer.MAX_VALUE),
                JsonFields.number(JsonFields.require(o, "learningRate", CLASSES), "options.learningRate"),
                JsonFields.whole(JsonFields.require(o, "seed", CLASSES), "options.seed", 0, Integer.MAX_VALUE));
        return new Classes(classes, labels, options);
    }

    static List<CurvePoint> parseCurves(String text) {
        Map<?, ?> top = JsonFields.object(parse(text, CURVES), CURVES);
        List<CurvePoint> curves = new ArrayList<>();
        for (Object node : JsonFields.list(JsonFields.require(top, "curves", CURVES), "curves")) {
            String where = "curves[" + curves.size() + "]";
            Map<?, ?> p = JsonFields.object(node, where);
            curves.add(new CurvePoint(JsonFields.whole(JsonFields.require(p, "epoch", where), where + ".epoch", 1,
                    TrainingOptions.MAX_EPOCHS), value(p, "trainLoss", where, false),
                    value(p, "trainAccuracy", where, false), value(p, "heldOutLoss", where, true),
                    value(p, "heldOutAccuracy", where, true)));
        }
        return curves;
    }

    /** A number; a held-out value may be null (nothing held out), read as NaN. */
    private static double value(Map<?, ?> p, String key, String where, boolean mayBeNull) {
        Object node = p.get(key);
        if (mayBeNull && node == JsonParser.NULL) {
            return Double.NaN;
        }
        return JsonFields.number(JsonFields.require(p, key, where), where + "." + key);
    }

    private static Object parse(String text, String entry) {
        try {
            return JsonParser.parse(text);
        } catch (JsonParser.SyntaxException e) {
            throw new InvalidSpecException(IoTexts.text("json.entry.invalid", entry, e.getMessage()));
        }
    }
}
