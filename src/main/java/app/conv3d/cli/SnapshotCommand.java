package app.conv3d.cli;

import app.conv3d.ui.WindowSnapshot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Photographs the real window on the default lesson: for READMEs, slides and checking the layout. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Open the window on the default lesson, advance the walkthrough, save a PNG of it.")
final class SnapshotCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "where to write the PNG")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "window width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "window height in pixels (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--step", defaultValue = "0", paramLabel = "N",
            description = "walkthrough positions to advance before the picture (default ${DEFAULT-VALUE})")
    int step;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", hidden = true)
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--width/--height must be between 320x240 and 7680x4320, got " + width + "x" + height);
        }
        if (step < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--step must be >= 0, got " + step);
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new java.nio.file.NoSuchFileException(target.getParent().toString());
        }
        BufferedImage image;
        try {
            image = WindowSnapshot.take(width, height, step, Duration.ofSeconds(timeoutSeconds));
        } finally {
            Platform.exit();
        }
        write(image, target);
        spec.commandLine().getOut().println("wrote " + out + " (" + image.getWidth() + "x" + image.getHeight() + ")");
        return ExitCodes.OK;
    }

    /** Writes next to the target and moves it into place, so a reader never sees half a PNG. */
    private static void write(BufferedImage image, Path target) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException(target + ": no PNG writer available");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
