package app.conv3d.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes a recording as {@code frame1.png ... frameN.png}, each written to a temporary file in the target
 * folder and moved into place, so a crash never leaves a half-written frame under a real name.
 * (Capture's own small atomic write; io's atomic-file helper can replace it once both are on main.)
 */
public final class PngFrames {
    private PngFrames() {
    }

    public static String fileName(int index) {
        return "frame" + (index + 1) + ".png";
    }

    /** Writes every frame into {@code dir} (created if missing) and returns the files in order. */
    public static List<Path> write(Recording recording, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < recording.size(); i++) {
            Path target = dir.resolve(fileName(i));
            writeAtomically(recording.frames().get(i), target);
            written.add(target);
        }
        return written;
    }

    /** Frames left in {@code dir} by an earlier, longer recording: frame(N+1).png and on. */
    public static List<Path> leftovers(Path dir, int frames) {
        List<Path> stale = new ArrayList<>();
        for (int k = frames; Files.exists(dir.resolve(fileName(k))); k++) {
            stale.add(dir.resolve(fileName(k)));
        }
        return stale;
    }

    static void writeAtomically(Frame frame, Path target) throws IOException {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, frame.width(), frame.height(), frame.argb(), 0, frame.width());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException(target + ": no PNG writer available");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
