package app.conv3d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.conv3d.ChildJvm;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image the user may not read is reported as a permission problem, not as a broken image. */
class InputPermissionTest {
    @TempDir
    Path dir;

    @Test
    void anUnreadableImageSaysPermissionDenied() throws Exception {
        Path image = dir.resolve("secret.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
        Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("---------"));
        ChildJvm child = new ChildJvm(dir, List.of("-Xmx256m"), Launcher.class, "render", "--input", image.toString(),
                "--kernel", "temporal-difference", "--out-npy", dir.resolve("f.npy").toString());
        if (Files.isReadable(image)) {
            // root reads everything; without the capabilities that let it, it is refused like anyone else
            Assumptions.assumeTrue(new ProcessBuilder("setpriv", "--version").start().waitFor() == 0, "no setpriv");
            child.prefix("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                    "--inh-caps=-dac_override,-dac_read_search");
        }
        ChildJvm.Result r = child.run(60);
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(List.of("error: " + image + ": permission denied"), r.errLines());
    }
}
