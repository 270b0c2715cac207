package app.conv3d.ui.volume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the toolkit, running code on the FX thread and reading pixels, for the volume view tests. */
final class FxTestSupport {
    private FxTestSupport() {
    }

    /** Starts JavaFX on Monocle's headless platform unless the build already chose a platform. */
    static void startHeadless() throws Exception {
        setIfAbsent("testfx.robot", "glass");
        setIfAbsent("testfx.headless", "true");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        FxToolkit.registerPrimaryStage();
    }

    /** Starts JavaFX on the real desktop platform (GTK under Xvfb in CI). */
    static void startDesktop() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }

    static int count(int[] argb, IntPredicate rgbTest) {
        int n = 0;
        for (int p : argb) {
            if (rgbTest.test(p)) {
                n++;
            }
        }
        return n;
    }

    static IntPredicate near(int r, int g, int b, int tolerance) {
        return p -> Math.abs((p >> 16 & 0xFF) - r) <= tolerance && Math.abs((p >> 8 & 0xFF) - g) <= tolerance
                && Math.abs((p & 0xFF) - b) <= tolerance;
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    static Path save(Image image, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
        Path target = dir.resolve(name + ".png");
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
