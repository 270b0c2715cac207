package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kernels as readable JSON, one file for one kernel or a bank, for people who want to read or hand-edit weights:
 * <pre>
 * {
 *   "format": "conv3d-explorer kernels",
 *   "version": 1,
 *   "shape": {"kernels": 1, "frames": 3, "height": 3, "width": 3, "channels": 3},
 *   "layout": "weights[frame][row][column][channel]",
 *   "kernels": [
 *     {
 *       "bias": 0.0,
 *       "weights": [
 *         [
 *           [[-0.25, 0.5, 0.125], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]],
 *           ...one line per row...
 *         ],
 *         ...one block per frame...
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 * "format", "version" and "layout" may be left out when reading; "bias" defaults to 0. An optional "about" string
 * after "version" is a note for people (the preset files in assets/presets say there what the kernel does); the
 * app does not read it. Weights are float32 and
 * written so they read back to the same float. Anything else is refused with a one-line
 * {@link BadInputException} naming the file and the problem.
 */
public final class KernelJson {
    public static final String FORMAT = "conv3d-explorer kernels";
    public static final int VERSION = 1;
    public static final String LAYOUT = "weights[frame][row][column][channel]";
    /** Far above the largest lab bank (256 kernels of 7x7x7x3 is about 3 MB), far below trouble. */
    public static final long MAX_FILE_BYTES = 16L << 20;
    public static final int MAX_CHANNELS = 1024;

    private static final Set<String> TOP_KEYS = Set.of("format", "version", "about", "shape", "layout", "kernels");
    private static final List<String> SHAPE_KEYS = List.of("kernels", "frames", "height", "width", "channels");
    private static final Set<String> KERNEL_KEYS = Set.of("bias", "weights");

    private KernelJson() {
    }

    /** Writes atomically: a temp file in the target's folder, then moved into place. */
    public static void write(Path target, KernelBank bank) throws IOException {
        write(target, bank, null);
    }

    public static void write(Path target, Kernel kernel) throws IOException {
        write(target, KernelBank.of(kernel));
    }

    /** As {@link #write(Path, KernelBank)}, with an "about" note for people who open the file. */
    public static void write(Path target, KernelBank bank, String about) throws IOException {
        byte[] bytes = toJson(bank, about).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    public static String toJson(KernelBank bank) {
        return toJson(bank, null);
    }

    /** The file's text; {@code about} (may be null) becomes the "about" note. */
    public static String toJson(KernelBank bank, String about) {
        Kernel first = bank.get(0);
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"format\": \"").append(FORMAT).append("\",\n");
        sb.append("  \"version\": ").append(VERSION).append(",\n");
        if (about != null) {
            sb.append("  \"about\": ").append(jsonString(about)).append(",\n");
        }
        sb.append("  \"shape\": {\"kernels\": ").append(bank.count())
                .append(", \"frames\": ").append(first.depth())
                .append(", \"height\": ").append(first.height())
                .append(", \"width\": ").append(first.width())
                .append(", \"channels\": ").append(first.channels()).append("},\n");
        sb.append("  \"layout\": \"").append(LAYOUT).append("\",\n");
        sb.append("  \"kernels\": [\n");
        for (int n = 0; n < bank.count(); n++) {
            Kernel k = bank.get(n);
            sb.append("    {\n");
            sb.append("      \"bias\": ").append(k.bias()).append(",\n");
            sb.append("      \"weights\": [\n");
            for (int a = 0; a < k.depth(); a++) {
                sb.append("        [\n");
                for (int b = 0; b < k.height(); b++) {
                    sb.append("          [");
                    for (int d = 0; d < k.width(); d++) {
                        sb.append(d == 0 ? "[" : ", [");
                        for (int c = 0; c < k.channels(); c++) {
                            if (c > 0) {
                                sb.append(", ");
                            }
                            // Float.toString is the shortest text that reads back to this float; JSON accepts its 1.0E-5 form.
                            sb.append(k.get(a, b, d, c));
                        }
                        sb.append(']');
                    }
                    sb.append(b < k.height() - 1 ? "],\n" : "]\n");
                }
                sb.append(a < k.depth() - 1 ? "        ],\n" : "        ]\n");
            }
            sb.append("      ]\n");
            sb.append(n < bank.count() - 1 ? "    },\n" : "    }\n");
        }
        sb.append("  ]\n");
        sb.append("}\n");
        return sb.toString();
    }

    /** Reads a kernel or bank of any channel count. */
    public static KernelBank read(Path file) throws IOException {
        return read(file, -1);
    }

    /** Reads a kernel or bank that must have {@code expectedChannels} channels (the clip's), or any if negative. */
    public static KernelBank read(Path file, int expectedChannels) throws IOException {
        return fromJson(readText(file, IoTexts.text("noun.kernelFile")), file, expectedChannels);
    }

    /** The text of one of the app's JSON files (a {@code noun}): at most {@link #MAX_FILE_BYTES}, UTF-8. */
    static String readText(Path file, String noun) throws IOException {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file, IoTexts.text("json.isFolder", noun));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BadInputException(file, IoTexts.text("json.tooLarge", size / (1 << 20), noun,
                        MAX_FILE_BYTES / (1 << 20)));
            }
            return decode(file, Files.readAllBytes(file), noun);
        } catch (IOException e) {
            throw BadInputException.of(file, e);
        }
    }

    private static String decode(Path file, byte[] bytes, String noun) throws BadInputException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // Some editors start UTF-8 files with a byte-order mark; it is not part of the JSON.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, IoTexts.text("json.notUtf8", noun), e);
        }
    }

    /** The parsed tree of {@code text}; a syntax error is reported against {@code file}. */
    static Object parse(String text, Path file) throws BadInputException {
        try {
            return JsonParser.parse(text);
        } catch (JsonParser.SyntaxException e) {
            throw new BadInputException(file, IoTexts.text("json.invalid", e.getMessage()), e);
        }
    }

    /** Parses {@code text}; problems are reported against {@code file}. */
    static KernelBank fromJson(String text, Path file, int expectedChannels) throws BadInputException {
        Object root = parse(text, file);
        try {
            return new Reader(text.length()).bank(root, expectedChannels);
        } catch (InvalidSpecException e) {
            throw new BadInputException(file, e.getMessage(), e);
        }
    }

    /** A bank from an already parsed kernel object (one embedded in another file), as {@link #read} checks it. */
    static KernelBank bank(Object node, int textLength, int expectedChannels) {
        return new Reader(textLength).bank(node, expectedChannels);
    }

    /** Walks the parsed tree, naming the offending place (e.g. kernels[1].weights[0][2]) in every rejection. */
    private static final class Reader {
        private final int textLength;

        Reader(int textLength) {
            this.textLength = textLength;
        }

        KernelBank bank(Object root, int expectedChannels) {
            if (!(root instanceof Map<?, ?> top)) {
                throw new InvalidSpecException(IoTexts.text("kernels.notKernelFile", kind(root)));
            }
            checkKeys(top, TOP_KEYS, IoTexts.text("kernelJson.topLevel"));
            Object format = top.get("format");
            if (format != null && !FORMAT.equals(format)) {
                throw new InvalidSpecException(IoTexts.text("kernels.format", quote(format), FORMAT));
            }
            Object version = top.get("version");
            if (version != null && !(version instanceof JsonParser.JsonNumber v && v.text().equals("1"))) {
                throw new InvalidSpecException(IoTexts.text("kernels.version", quote(version), VERSION));
            }
            Object about = top.get("about");
            if (about != null && !(about instanceof String)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.about", kind(about)));
            }
            Object layout = top.get("layout");
            if (layout != null && !LAYOUT.equals(layout)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.layout", quote(layout), LAYOUT));
            }
            int[] shape = shape(require(top, "shape", IoTexts.text("kernelJson.topLevel")));
            if (expectedChannels >= 0 && shape[4] != expectedChannels) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.channels", plural(shape[4], "channel"),
                        expectedChannels));
            }
            long weights = (long) shape[0] * shape[1] * shape[2] * shape[3] * shape[4];
            if (weights > textLength / 2 + 1) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.promises", weights));
            }
            Object kernelsNode = require(top, "kernels", IoTexts.text("kernelJson.topLevel"));
            if (!(kernelsNode instanceof List<?> list)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.kernelsArray", kind(kernelsNode)));
            }
            if (list.size() != shape[0]) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.kernelCount", plural(shape[0], "kernel"),
                        list.size()));
            }
            List<Kernel> kernels = new ArrayList<>(list.size());
            for (int n = 0; n < list.size(); n++) {
                kernels.add(kernel(list.get(n), n, shape));
            }
            return new KernelBank(kernels);
        }

        /** kernels, frames, height, width, channels: present, whole and in range. */
        private static int[] shape(Object node) {
            if (!(node instanceof Map<?, ?> map)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.shape",
                        "{\"kernels\": 1, \"frames\": 5, \"height\": 5, \"width\": 5, \"channels\": 3}", kind(node)));
            }
            checkKeys(map, Set.copyOf(SHAPE_KEYS), "\"shape\"");
            int[] shape = new int[SHAPE_KEYS.size()];
            for (int i = 0; i < shape.length; i++) {
                String key = SHAPE_KEYS.get(i);
                int max = switch (key) {
                    case "kernels" -> KernelBank.MAX_KERNELS;
                    case "channels" -> MAX_CHANNELS;
                    default -> Kernel.MAX_SIZE;
                };
                Object value = require(map, key, "\"shape\"");
                if (!(value instanceof JsonParser.JsonNumber num && num.isInteger() && num.text().length() <= 9)) {
                    throw new InvalidSpecException(IoTexts.text("kernelJson.shapeWhole", "shape." + key, max,
                            quote(value)));
                }
                shape[i] = Integer.parseInt(num.text());
                if (shape[i] < 1 || shape[i] > max) {
                    throw new InvalidSpecException(IoTexts.text("json.field.range", "shape." + key, 1, max, shape[i]));
                }
            }
            return shape;
        }

        private Kernel kernel(Object node, int n, int[] shape) {
            String where = "kernels[" + n + "]";
            if (!(node instanceof Map<?, ?> map)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.kernel", where, kind(node)));
            }
            checkKeys(map, KERNEL_KEYS, where);
            Object biasNode = map.get("bias");
            float bias = biasNode == null ? 0f : toFloat(biasNode, where + ".bias");
            int kt = shape[1];
            int kh = shape[2];
            int kw = shape[3];
            int channels = shape[4];
            float[] w = new float[kt * kh * kw * channels];
            int i = 0;
            String at = where + ".weights";
            List<?> frames = list(require(map, "weights", where), at, kt, "frame", "shape.frames");
            for (int a = 0; a < kt; a++) {
                String atFrame = at + "[" + a + "]";
                List<?> rows = list(frames.get(a), atFrame, kh, "row", "shape.height");
                for (int b = 0; b < kh; b++) {
                    String atRow = atFrame + "[" + b + "]";
                    List<?> columns = list(rows.get(b), atRow, kw, "column", "shape.width");
                    for (int d = 0; d < kw; d++) {
                        String atColumn = atRow + "[" + d + "]";
                        List<?> values = list(columns.get(d), atColumn, channels, "channel value", "shape.channels");
                        for (int c = 0; c < channels; c++) {
                            w[i++] = toFloat(values.get(c), atColumn + "[" + c + "]");
                        }
                    }
                }
            }
            return new Kernel(kt, kh, kw, channels, w, bias);
        }

        private static List<?> list(Object node, String where, int size, String noun, String shapeKey) {
            if (!(node instanceof List<?> list)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.list", where, plural(size, noun),
                        kind(node)));
            }
            if (list.size() != size) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.listSize", where, plural(list.size(), noun),
                        shapeKey, size));
            }
            return list;
        }

        private static float toFloat(Object node, String where) {
            if (!(node instanceof JsonParser.JsonNumber num)) {
                throw new InvalidSpecException(IoTexts.text("json.field.number", where, kind(node)));
            }
            float f = Float.parseFloat(num.text());
            if (!Float.isFinite(f)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.weightTooLarge", where, num.text()));
            }
            return f;
        }
    }

    private static Object require(Map<?, ?> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new InvalidSpecException(IoTexts.text("json.field.missing", where, key));
        }
        return value;
    }

    private static void checkKeys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidSpecException(IoTexts.text("kernelJson.unknownKey", where, key,
                        String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    private static String kind(Object node) {
        if (node instanceof Map) {
            return IoTexts.text("json.node.object");
        }
        if (node instanceof List) {
            return IoTexts.text("json.node.array");
        }
        if (node instanceof String) {
            return IoTexts.text("json.node.string");
        }
        if (node instanceof JsonParser.JsonNumber num) {
            return IoTexts.text("json.node.number", num.text());
        }
        if (node instanceof Boolean b) {
            return b.toString();
        }
        return "null";
    }

    /** {@code text} as a JSON string literal. */
    static String jsonString(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    private static String quote(Object node) {
        return node instanceof String s ? "\"" + s + "\"" : kind(node);
    }

    /** "1 kernel", "2 kernels": {@code noun} is the English word, the key of its singular and plural. */
    private static String plural(int count, String noun) {
        String key = "kernelJson.noun." + noun.replace(' ', '.') + (count == 1 ? ".one" : ".many");
        return IoTexts.text(key, count);
    }
}
