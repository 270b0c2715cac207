package app.conv3d.io;

import app.conv3d.core.Axis3;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lab's presets as the app ships them: {@code assets/presets/ID.json}, one kernel file per preset that a teacher
 * can read, copy and open, packed into the jar under {@value #FOLDER}. A preset at the size and channel count of its
 * file is the file's kernel, weights and bias as written; at any other size the lab rebuilds it from its recipe in
 * {@link KernelPreset} (the file is one size of it). {@code PresetKernelsTest} checks that each file reads and is
 * what its recipe and its mathematical definition say, so a broken file fails a test; should one still reach a
 * teacher, the app names it in the log and uses the recipe, never stopping for it.
 */
public final class PresetKernels {
    /** Where the files are on the class path (pom.xml copies assets/presets there). */
    public static final String FOLDER = "/app/conv3d/presets/";

    private static final Logger LOG = Logger.getLogger(PresetKernels.class.getName());
    private static volatile PresetKernels shipped;

    /** What reads a file's text: the class path in the app, anything in tests. */
    interface Source {
        /** The text of {@code name}, or null when there is no such file. */
        String read(String name) throws IOException;
    }

    private final Map<KernelPreset, Kernel> files;
    private final List<String> problems;

    private PresetKernels(Map<KernelPreset, Kernel> files, List<String> problems) {
        this.files = files;
        this.problems = List.copyOf(problems);
    }

    /** The presets shipped in the jar, read once. */
    public static PresetKernels shipped() {
        PresetKernels p = shipped;
        if (p == null) {
            synchronized (PresetKernels.class) {
                p = shipped;
                if (p == null) {
                    p = read(PresetKernels::resource);
                    p.problems.forEach(problem -> LOG.log(Level.WARNING, "preset file " + problem
                            + "; the preset is built from its recipe instead"));
                    shipped = p;
                }
            }
        }
        return p;
    }

    static PresetKernels read(Source source) {
        Map<KernelPreset, Kernel> files = new EnumMap<>(KernelPreset.class);
        List<String> problems = new ArrayList<>();
        for (KernelPreset preset : KernelPreset.values()) {
            String name = fileName(preset);
            try {
                String text = source.read(name);
                if (text == null) {
                    problems.add(name + ": " + IoTexts.text("file.missing"));
                    continue;
                }
                KernelBank bank = KernelJson.fromJson(text, Path.of(name), -1);
                if (bank.count() != 1) {
                    problems.add(name + ": " + IoTexts.text("preset.oneKernel", bank.count()));
                    continue;
                }
                files.put(preset, bank.get(0));
            } catch (IOException | RuntimeException e) {
                problems.add(e instanceof BadInputException ? e.getMessage() : name + ": " + e);
            }
        }
        return new PresetKernels(files, problems);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PresetKernels.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : new String(in.readNBytes((int) KernelJson.MAX_FILE_BYTES), StandardCharsets.UTF_8);
        }
    }

    /** "sobel-x.json". */
    public static String fileName(KernelPreset preset) {
        return preset.id() + ".json";
    }

    /** {@code preset}'s kernel for a {@code size} window over {@code channels} channels (see the class comment). */
    public Kernel build(KernelPreset preset, Axis3 size, int channels) {
        Kernel file = files.get(preset);
        if (file != null && file.size().equals(size) && file.channels() == channels) {
            return file;
        }
        return preset.build(size, channels);
    }

    /** The kernel in {@code preset}'s file, if it read. */
    public Optional<Kernel> file(KernelPreset preset) {
        return Optional.ofNullable(files.get(preset));
    }

    /** One line per file that is missing or did not read; empty for the files the app ships. */
    public List<String> problems() {
        return problems;
    }
}
