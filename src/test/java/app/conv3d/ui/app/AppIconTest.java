package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window's icon in every size from the class path, and the installers' files in assets/icons. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    @Test
    void everySizeIsOnTheClassPathAtItsSize() throws IOException {
        for (int size : AppIcon.SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(AppIcon.resource(size))) {
                BufferedImage image = ImageIO.read(in);
                assertEquals(size, image.getWidth(), AppIcon.resource(size));
                assertEquals(size, image.getHeight(), AppIcon.resource(size));
                assertTrue((image.getRGB(size / 2, size / 2) >>> 24) == 0xFF, "opaque in the middle");
            }
        }
    }

    @Test
    void aStageGetsEverySize(FxRobot robot) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            AppIcon.dress(stage[0]);
        });
        List<Image> icons = stage[0].getIcons();
        assertEquals(AppIcon.SIZES, icons.stream().map(i -> (int) i.getWidth()).toList());
        assertTrue(icons.stream().noneMatch(Image::isError));
    }

    /** jpackage takes these paths (the dist profile); the .ico and .icns stay out of the jar. */
    @Test
    void theInstallersIconsAreInAssets() throws IOException {
        Path icons = Path.of("assets", "icons");
        assertEquals(512, ImageIO.read(icons.resolve("conv3d-explorer.png").toFile()).getWidth());
        byte[] ico = Files.readAllBytes(icons.resolve("conv3d-explorer.ico"));
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico[0], (int) ico[1], (int) ico[2], (int) ico[3]), "an icon file");
        assertTrue(ico[4] >= 6, "several sizes");
        byte[] icns = Files.readAllBytes(icons.resolve("conv3d-explorer.icns"));
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(icns.length, java.nio.ByteBuffer.wrap(icns, 4, 4).getInt(), "its length as declared");
        assertTrue(AppIcon.class.getResource("/app/conv3d/icons/conv3d-explorer.ico") == null);
    }
}
