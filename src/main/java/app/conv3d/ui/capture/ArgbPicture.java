package app.conv3d.ui.capture;

import app.conv3d.capture.Frame;
import app.conv3d.capture.FrameFit;

/** A camera picture as packed ARGB pixels, row by row: what a view paints, without the toolkit's image types. */
public record ArgbPicture(int width, int height, int[] argb) {
    public ArgbPicture {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + width * height
                    + " pixels, not " + argb.length);
        }
    }

    /** {@code frame} cropped to the aspect ratio of width x height and resized to it. */
    public static ArgbPicture fitted(Frame frame, int width, int height) {
        return new ArgbPicture(width, height, new FrameFit(frame.width(), frame.height(), width, height).applyArgb(frame));
    }
}
