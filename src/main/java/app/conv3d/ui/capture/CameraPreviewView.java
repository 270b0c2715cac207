package app.conv3d.ui.capture;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** The live camera picture: one image of the lesson's frame size, rewritten in place with each new picture. */
final class CameraPreviewView extends ImageView {
    static final String ID = "preview";

    private final WritableImage image;

    CameraPreviewView(CameraPreviewModel model, double side) {
        image = new WritableImage(model.width(), model.height());
        setImage(image);
        setId(ID);
        setFitWidth(side);
        setFitHeight(side);
        setPreserveRatio(true);
        model.pictureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                paint(image, now);
            }
        });
    }

    /** Writes {@code p} into {@code image}, which is its size. */
    static void paint(WritableImage image, ArgbPicture p) {
        image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                p.width());
    }

    /** What the preview shows now, as the class sees it. */
    WritableImage picture() {
        return image;
    }
}
