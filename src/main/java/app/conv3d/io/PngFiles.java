package app.conv3d.io;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes PNG images atomically. */
public final class PngFiles {
    private PngFiles() {
    }

    public static void write(Path target, RenderedImage image) throws IOException {
        AtomicFiles.write(target, out -> {
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(image, "png", ios)) {
                    throw new IOException("no PNG writer for this image type");
                }
            }
        });
    }
}
