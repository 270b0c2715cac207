package app.conv3d.cli;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelSpecParser;
import app.conv3d.io.BadInputException;
import app.conv3d.io.KernelFiles;
import app.conv3d.io.KernelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code --kernel} names: a kernel file, or a preset spec built for the clip's channel count. */
final class KernelSource {
    private KernelSource() {
    }

    /** The kernel file {@code spec} names, or null for a preset. */
    static Path file(String spec) {
        String lower = spec.toLowerCase(Locale.ROOT);
        return lower.endsWith(".npy") || lower.endsWith(".json") || Files.exists(Path.of(spec)) ? Path.of(spec) : null;
    }

    static KernelBank load(String spec, int channels) throws IOException {
        String lower = spec.toLowerCase(Locale.ROOT);
        KernelBank bank;
        Path file = file(spec);
        if (file != null) {
            bank = lower.endsWith(".json") ? KernelJson.read(file) : KernelFiles.read(file);
        } else {
            bank = KernelBank.of(KernelSpecParser.kernel(spec, channels));
        }
        if (bank.channels() != channels) {
            String problem = "the kernel has " + bank.channels() + " channel(s) but the input has " + channels;
            if (file != null) {
                throw new BadInputException(file, problem);
            }
            throw new InvalidSpecException(problem);
        }
        return bank;
    }

    static KernelBank withBias(KernelBank bank, float bias) {
        if (!Float.isFinite(bias)) {
            throw new InvalidSpecException("--bias must be a finite number, got " + bias);
        }
        List<Kernel> kernels = new ArrayList<>();
        for (Kernel k : bank.kernels()) {
            kernels.add(k.withBias(bias));
        }
        return new KernelBank(kernels);
    }
}
