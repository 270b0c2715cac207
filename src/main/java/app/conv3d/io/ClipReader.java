package app.conv3d.io;

import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a clip for the lesson: RGB, channel-last, values 0..255, every frame at one size.
 * <ul>
 * <li>a folder of images (png, jpg/jpeg, bmp, gif; extensions in any case) in natural name order
 * ({@code frame2} before {@code frame10}); hidden files and files of other types are ignored, but an
 * image-named file that cannot be decoded is an error; a GIF inside a folder gives its first frame;</li>
 * <li>an animated GIF, composited as a browser shows it ({@link GifFrames});</li>
 * <li>a single image (one frame);</li>
 * <li>a {@code .npy} array {@code (T, H, W, 3)} or gray {@code (T, H, W)} / {@code (T, H, W, 1)}, which is
 * replicated to three channels. Values must lie in 0..255; a float array whose values all lie in 0..1 is
 * taken as normalised and scaled by 255 (a largest value up to 1.01 still counts as 0..1: rounding noise).</li>
 * </ul>
 * Every frame is centre-cropped to the target's aspect ratio and resized ({@link FrameFitter}); with
 * {@link FrameSize#NATIVE} the first frame's size is the target. Fewer frames than asked is fine: the
 * volume's frame count says how many were there.
 * <p>Memory is budgeted: declared sizes are checked before decoding, frames are decoded one at a time
 * (large images at every n-th pixel) and fitted at once ({@link ClipAssembler}, {@link ImageDecoder}).
 */
public final class ClipReader {
    /** Values in a clip at most (16 frames of 1024x1024 RGB fit): beyond this native size is refused. */
    public static final long MAX_VALUES = 64L * 1024 * 1024;
    static final String IMAGE_TYPES = "png, jpg, bmp or gif";

    private ClipReader() {
    }

    public static Volume read(Path input, int maxFrames, FrameSize target) throws IOException {
        if (maxFrames < 1) {
            throw new IllegalArgumentException("maxFrames must be at least 1, got " + maxFrames);
        }
        if (Files.isDirectory(input)) {
            return readFolder(input, maxFrames, target);
        }
        if (!Files.exists(input)) {
            throw new BadInputException(input, IoTexts.text("file.missing"));
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return NpyClips.read(input, maxFrames, target);
        }
        if (name.endsWith(".gif")) {
            ImageDecoder.checkReadable(input);
            ClipAssembler clip = new ClipAssembler(input, target, 1);
            GifFrames.read(input, maxFrames, clip);
            return clip.volume();
        }
        if (isImageName(name)) {
            ClipAssembler clip = new ClipAssembler(input, target, 1);
            clip.add(ImageDecoder.read(input, clip));
            return clip.volume();
        }
        throw new BadInputException(input, IoTexts.text("clip.notClip", IMAGE_TYPES));
    }

    /** The image files of {@code folder} in natural name order, hidden files and other types left out. */
    public static List<Path> imageFiles(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && isImageName(name.toLowerCase(Locale.ROOT)) && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw BadInputException.of(folder, e);
        }
        files.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.getFileName().toString(), b.getFileName().toString()));
        return files;
    }

    private static Volume readFolder(Path folder, int maxFrames, FrameSize target) throws IOException {
        List<Path> files = imageFiles(folder);
        if (files.isEmpty()) {
            throw new BadInputException(folder, IoTexts.text("clip.noImages", IMAGE_TYPES));
        }
        List<Path> used = files.subList(0, Math.min(maxFrames, files.size()));
        ClipAssembler clip = new ClipAssembler(folder, target, used.size());
        for (Path p : used) {
            clip.add(ImageDecoder.read(p, clip));
        }
        return clip.volume();
    }

    private static boolean isImageName(String lowerName) {
        return lowerName.endsWith(".png") || lowerName.endsWith(".jpg") || lowerName.endsWith(".jpeg")
                || lowerName.endsWith(".bmp") || lowerName.endsWith(".gif");
    }

}
