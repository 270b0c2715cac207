package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.train.ClipClassifier;
import app.conv3d.train.CurvePoint;
import app.conv3d.train.LabeledClip;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A saved lesson: one ZIP file (any ZIP tool can look inside) holding
 * <ul>
 * <li>{@code lesson.json}: format name, version, lesson size, geometry, display, selected kernel,
 * walkthrough position, the rest of the view and the kernels' biases ({@link LessonJson});</li>
 * <li>{@code clip.npy}: the source clip {@code (T, H, W, C)}, uint8 when every value is a whole 0..255
 * (as captured), float32 otherwise;</li>
 * <li>{@code kernels.npy}: the weights, float32 {@code (N, kt, kh, kw, C)}.</li>
 * </ul>
 * Saving is atomic. Opening a damaged or foreign file (not a ZIP, an entry missing, another format, a
 * newer version, bad JSON, shapes that do not fit together, non-finite weights, entries that unpack to
 * absurd sizes) throws a {@link BadInputException} whose one-line message names the file and the
 * problem; nothing is half-read, so the caller's lesson stays as it was. Every entry is size-capped
 * while it is unpacked and checked against its CRC, so a ZIP bomb or a flipped bit is refused.
 */
public final class LessonFile {
    /** The file name ending the app offers when saving. */
    public static final String EXTENSION = ".c3dlesson";

    static final String MANIFEST = "lesson.json";
    static final String CLIP = "clip.npy";
    static final String KERNELS = "kernels.npy";
    static final long MAX_MANIFEST_BYTES = 1L << 20;
    /** The largest clip a lesson holds, as float32, plus room for the header. */
    static final long MAX_CLIP_BYTES = ClipReader.MAX_VALUES * 4 + (1 << 16);
    /** 256 kernels of 31x31x31x3 as float32, plus room for the header. */
    static final long MAX_KERNEL_BYTES = (long) KernelBank.MAX_KERNELS * Kernel.MAX_SIZE * Kernel.MAX_SIZE
            * Kernel.MAX_SIZE * 3 * 4 + (1 << 16);
    static final String TRAINING_CLIPS = "training/clips.npy";
    static final String TRAINING_MODEL = "training/model.json";
    /** A model file: the kernels in text, a few per lesson. */
    static final long MAX_MODEL_BYTES = 8L << 20;
    /** Our files hold three entries (seven with a training set); a few more are tolerated (and ignored). */
    static final int MAX_ENTRIES = 64;

    private LessonFile() {
    }

    /** A lesson file's contents: the lesson, and the Train mode's clips, model and curves when it kept them. */
    public record Opened(SavedLesson lesson, Optional<SavedTraining> training) {
    }

    /** Writes {@code lesson} to {@code target} atomically: the old file stays until the new one is complete. */
    public static void save(Path target, SavedLesson lesson) throws IOException {
        save(target, lesson, null);
    }

    /**
     * As {@link #save(Path, SavedLesson)}, with the Train mode's entries when {@code training} is not null:
     * {@code training/classes.json} (names, one label per clip, options), {@code training/clips.npy}
     * {@code (N, T, H, W, C)}, and with a model {@code training/model.json} ({@link ModelJson}) and
     * {@code training/curves.json}. Apps before them ignore these entries.
     */
    public static void save(Path target, SavedLesson lesson, SavedTraining training) throws IOException {
        byte[] manifest = LessonJson.toJson(lesson).getBytes(StandardCharsets.UTF_8);
        Volume clip = lesson.clip();
        NpyArray clipArray = Volumes.toNpy(clip);
        NpyDtype clipType = NpyWriter.fitsUint8(clip.data()) ? NpyDtype.UINT8 : NpyDtype.FLOAT32;
        NpyArray kernels = KernelFiles.toNpy(lesson.bank());
        if (kernels.rank() == 4) {
            kernels = NpyArray.float32(kernels.data(), 1, kernels.dim(0), kernels.dim(1), kernels.dim(2), kernels.dim(3));
        }
        NpyArray kernelArray = kernels;
        byte[] trainingClasses = training == null ? null : utf8(TrainingJson.classes(training));
        NpyArray trainingClips = training == null || training.clips().isEmpty() ? null : stack(training);
        NpyDtype trainingType = trainingClips == null || NpyWriter.fitsUint8(trainingClips.data()) ? NpyDtype.UINT8
                : NpyDtype.FLOAT32;
        byte[] model = training == null || training.model() == null ? null : utf8(ModelJson.toJson(training.model()));
        byte[] curves = model == null ? null : utf8(TrainingJson.curves(training.curves()));
        AtomicFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(CLIP));
                NpyWriter.write(zip, clipArray, clipType);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(KERNELS));
                NpyWriter.write(zip, kernelArray, NpyDtype.FLOAT32);
                zip.closeEntry();
                if (trainingClasses != null) {
                    zip.putNextEntry(new ZipEntry(TrainingJson.CLASSES));
                    zip.write(trainingClasses);
                    zip.closeEntry();
                }
                if (trainingClips != null) {
                    zip.putNextEntry(new ZipEntry(TRAINING_CLIPS));
                    NpyWriter.write(zip, trainingClips, trainingType);
                    zip.closeEntry();
                }
                if (model != null) {
                    zip.putNextEntry(new ZipEntry(TRAINING_MODEL));
                    zip.write(model);
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(TrainingJson.CURVES));
                    zip.write(curves);
                    zip.closeEntry();
                }
            }
        });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The training clips as one array (N, T, H, W, C). */
    private static NpyArray stack(SavedTraining training) {
        Volume first = training.clips().get(0).clip();
        int each = first.data().length;
        float[] all = new float[each * training.clips().size()];
        for (int i = 0; i < training.clips().size(); i++) {
            System.arraycopy(training.clips().get(i).clip().data(), 0, all, i * each, each);
        }
        return NpyArray.float32(all, training.clips().size(), first.frames(), first.height(), first.width(),
                first.channels());
    }

    /** Reads a lesson saved by {@link #save}. */
    public static SavedLesson open(Path file) throws IOException {
        return read(file).lesson();
    }

    /** Reads a lesson saved by {@link #save} with what it kept of the Train mode, if anything. */
    public static Opened read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file, IoTexts.text("lesson.isFolder"));
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file, IoTexts.text("lesson.missing"));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new BadInputException(file, IoTexts.text("lesson.tooManyEntries", zip.size()));
            }
            // The manifest first: a foreign or newer file is named as such before its other entries are judged.
            LessonJson.Manifest manifest = LessonJson.parse(decode(entry(file, zip, MANIFEST, MAX_MANIFEST_BYTES)));
            Volume clip = clip(file, entry(file, zip, CLIP, MAX_CLIP_BYTES));
            KernelBank bank = kernels(file, entry(file, zip, KERNELS, MAX_KERNEL_BYTES), manifest.biases());
            SavedLesson lesson = new SavedLesson(clip, bank, manifest.spec(), manifest.lessonSize(), manifest.display(),
                    manifest.kernelIndex(), manifest.position(), manifest.view());
            return new Opened(lesson, training(file, zip));
        } catch (InvalidSpecException e) {
            throw new BadInputException(file, e.getMessage(), e);
        } catch (ZipException e) {
            throw new BadInputException(file, IoTexts.text("lesson.notZip", e.getMessage()), e);
        } catch (IOException e) {
            throw BadInputException.of(file, e);
        }
    }

    /** The Train mode's entries, when the file has them; each problem names its entry. */
    private static Optional<SavedTraining> training(Path file, ZipFile zip) throws IOException {
        if (zip.getEntry(TrainingJson.CLASSES) == null) {
            return Optional.empty(); // saved before the Train mode, or with nothing to keep
        }
        TrainingJson.Classes classes = inEntry(TrainingJson.CLASSES, () -> TrainingJson.parseClasses(
                decode(entry(file, zip, TrainingJson.CLASSES, MAX_MANIFEST_BYTES), TrainingJson.CLASSES)));
        List<LabeledClip> clips = new ArrayList<>();
        if (classes.labels().length > 0) {
            NpyArray array = npy(file, TRAINING_CLIPS, entry(file, zip, TRAINING_CLIPS, MAX_CLIP_BYTES));
            if (array.rank() != 5 || array.dim(0) != classes.labels().length
                    || (array.dim(4) != 1 && array.dim(4) != 3)) {
                throw new BadInputException(file, IoTexts.text("lesson.trainingShape", TRAINING_CLIPS,
                        classes.labels().length, array.shapeText()));
            }
            int t = array.dim(1);
            int h = array.dim(2);
            int w = array.dim(3);
            int c = array.dim(4);
            int each = t * h * w * c;
            float[] data = array.data();
            for (int i = 0; i < classes.labels().length; i++) {
                float[] one = java.util.Arrays.copyOfRange(data, i * each, (i + 1) * each);
                for (float v : one) {
                    if (!(v >= 0 && v <= 255)) {
                        throw new BadInputException(file, IoTexts.text("lesson.trainingRange", TRAINING_CLIPS, v));
                    }
                }
                clips.add(new LabeledClip(new Volume(t, h, w, c, one), classes.labels()[i]));
            }
        }
        ClipClassifier model = null;
        List<CurvePoint> curves = List.of();
        if (zip.getEntry(TRAINING_MODEL) != null) {
            model = inEntry(TRAINING_MODEL, () -> ModelJson.parse(
                    decode(entry(file, zip, TRAINING_MODEL, MAX_MODEL_BYTES), TRAINING_MODEL)));
            if (zip.getEntry(TrainingJson.CURVES) != null) {
                curves = inEntry(TrainingJson.CURVES, () -> TrainingJson.parseCurves(
                        decode(entry(file, zip, TrainingJson.CURVES, MAX_MANIFEST_BYTES), TrainingJson.CURVES)));
            }
        }
        ClipClassifier m = model;
        List<CurvePoint> cv = curves;
        return Optional.of(inEntry("training", () -> new SavedTraining(classes.classes(), clips, classes.options(), m, cv)));
    }

    /** Something read from a training entry whose problems are named after it: "training/model.json: ...". */
    private interface EntryRead<T> {
        T read() throws IOException;
    }

    private static <T> T inEntry(String name, EntryRead<T> read) throws IOException {
        try {
            return read.read();
        } catch (InvalidSpecException e) {
            throw new InvalidSpecException(name + ": " + e.getMessage());
        }
    }

    /**
     * The bytes of entry {@code name}, refused once they pass {@code cap} (whatever the archive claims)
     * or if they do not match the entry's CRC.
     */
    private static byte[] entry(Path file, ZipFile zip, String name, long cap) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null || e.isDirectory()) {
            throw new BadInputException(file, IoTexts.text(MANIFEST.equals(name) ? "lesson.noManifest" : "lesson.entryMissing", name));
        }
        if (e.getSize() > cap) {
            throw new BadInputException(file, tooLarge(name, cap));
        }
        CRC32 crc = new CRC32();
        byte[] bytes;
        try (InputStream in = new CheckedInputStream(zip.getInputStream(e), crc)) {
            bytes = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
        } catch (ZipException ex) {
            throw new BadInputException(file, IoTexts.text("lesson.entryBroken", name, ex.getMessage()), ex);
        }
        if (bytes.length > cap) {
            throw new BadInputException(file, tooLarge(name, cap));
        }
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
            throw new BadInputException(file, IoTexts.text("lesson.checksum", name));
        }
        return bytes;
    }

    private static String tooLarge(String name, long cap) {
        return IoTexts.text("lesson.tooLarge", name, cap >> 20);
    }

    private static String decode(byte[] bytes) {
        return decode(bytes, MANIFEST);
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSpecException(IoTexts.text("lesson.entryNotUtf8", name));
        }
    }

    private static Volume clip(Path file, byte[] bytes) throws BadInputException {
        NpyArray array = npy(file, CLIP, bytes);
        if (array.rank() != 4 || (array.dim(3) != 1 && array.dim(3) != 3)) {
            throw new BadInputException(file, IoTexts.text("lesson.clipShape", CLIP, array.shapeText()));
        }
        return Volumes.fromNpy(array);
    }

    private static KernelBank kernels(Path file, byte[] bytes, float[] biases) throws BadInputException {
        NpyArray array = npy(file, KERNELS, bytes);
        if (array.rank() != 5) {
            throw new BadInputException(file, IoTexts.text("lesson.kernelShape", KERNELS, array.shapeText()));
        }
        KernelBank weights;
        try {
            weights = KernelFiles.fromNpy(array);
        } catch (InvalidSpecException e) {
            throw new BadInputException(file, KERNELS + ": " + e.getMessage(), e);
        }
        if (biases.length != weights.count()) {
            throw new BadInputException(file, IoTexts.text("lesson.biases", biases.length, KERNELS, weights.count()));
        }
        List<Kernel> kernels = new ArrayList<>(weights.count());
        for (int n = 0; n < weights.count(); n++) {
            kernels.add(weights.get(n).withBias(biases[n]));
        }
        return new KernelBank(kernels);
    }

    private static NpyArray npy(Path file, String name, byte[] bytes) throws BadInputException {
        try {
            return NpyReader.read(Path.of(name), bytes);
        } catch (BadInputException e) {
            // "clip.npy: truncated data ..." becomes "<file>: clip.npy: truncated data ..."
            throw new BadInputException(file, e.getMessage(), e);
        }
    }
}
