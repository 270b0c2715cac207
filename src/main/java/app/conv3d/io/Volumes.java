package app.conv3d.io;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Volumes as {@code .npy} arrays: {@code (T, H, W, C)} channel-last, or {@code (T, H, W)} as one channel.
 * A one-channel volume stays one channel here; callers that need RGB (the lesson) replicate it, as
 * {@link ClipReader} does.
 */
public final class Volumes {
    private Volumes() {
    }

    /** @throws InvalidSpecException if the array is not rank 3 or 4 or has an empty axis */
    public static Volume fromNpy(NpyArray array) {
        int[] s = array.shape();
        if (s.length == 4) {
            return new Volume(s[0], s[1], s[2], s[3], array.data());
        }
        if (s.length == 3) {
            return new Volume(s[0], s[1], s[2], 1, array.data());
        }
        throw new InvalidSpecException(IoTexts.text("volumes.shape", array.shapeText()));
    }

    /** The volume as a float32 {@code (T, H, W, C)} array sharing its data. */
    public static NpyArray toNpy(Volume volume) {
        return NpyArray.float32(volume.data(), volume.frames(), volume.height(), volume.width(), volume.channels());
    }

    public static void write(Path target, Volume volume) throws IOException {
        NpyWriter.write(target, toNpy(volume));
    }
}
