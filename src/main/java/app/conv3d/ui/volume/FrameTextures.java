package app.conv3d.ui.volume;

import app.conv3d.core.Volume;
import app.conv3d.ui.FxImages;
import javafx.scene.image.Image;

/**
 * Frame images ready to be textures. 3D textures are sampled with linear filtering (PhongMaterial has no
 * nearest-neighbour option), which smears a 12x12 frame into a blur and softens a 256x256 one on a stage 600 pixels
 * wide; enlarging frames by an integer factor first, each pixel copied into a block, confines the blending to a
 * thin seam between blocks, so every pixel stays a crisp square.
 */
final class FrameTextures {
    /** Frames are blown up until their long side reaches about this many texels: the stage's size on a big screen. */
    private static final int TARGET_SIDE = 512;

    private FrameTextures() {
    }

    /** The integer upscale factor for a frame of this size (1 for frames already large enough). */
    static int factor(int height, int width) {
        int side = Math.max(height, width);
        // by the long side, so a texture's sides stay below TARGET_SIDE plus one frame side
        return Math.max(1, (int) Math.ceil((double) TARGET_SIDE / side));
    }

    /**
     * Frame {@code t} upscaled nearest-neighbour by {@link #factor}, made straight from the volume in the texture's own
     * pixel format (live mode makes one per camera frame on the FX thread).
     */
    static Image texture(Volume volume, int t) {
        return FxImages.frameImage(volume, t, factor(volume.height(), volume.width()));
    }
}
