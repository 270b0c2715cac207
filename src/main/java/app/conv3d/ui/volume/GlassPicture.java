package app.conv3d.ui.volume;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A {@link GlassLayer} and the image the canvas draws it from, both kept from one picture to the next. A canvas
 * draws its images when the frame is rendered, not when the draw is asked for, so each run of glass faces drawn in
 * one picture needs its own.
 */
final class GlassPicture {
    /** Half the canvas's resolution: a quarter of the pixels to blend, still sharp at 9 % opacity. */
    static final double RESOLUTION = 0.5;

    final GlassLayer layer = new GlassLayer(RESOLUTION);
    private WritableImage image;
    private int[] frame = new int[0];

    /** The pixels of {@code picture} as ARGB, in a buffer reused by the next call. */
    int[] pixelsOf(Image picture) {
        int w = (int) picture.getWidth();
        int h = (int) picture.getHeight();
        if (frame.length < w * h) {
            frame = new int[w * h];
        }
        picture.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), frame, 0, w);
        return frame;
    }

    /** The layer as it stands, as an image of the layer's size. */
    Image image() {
        int w = layer.columns();
        int h = layer.rows();
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), layer.premultiplied(), 0, w);
        return image;
    }
}
