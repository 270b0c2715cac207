package app.conv3d.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one still image (PNG, JPEG, BMP; a GIF's first frame) within a memory budget: the size the
 * file declares is read from its header and checked before any pixel is decoded, and large images are
 * decoded at every n-th pixel ({@link ImageReadParam#setSourceSubsampling}) towards the working size, so a
 * 12-megapixel photo costs a few megabytes rather than 150. JPEGs are turned upright by their EXIF
 * orientation; CMYK JPEGs (which the JDK decodes with wrong colours) and truncated JPEGs (which it fills
 * with gray after a warning) are refused.
 */
final class ImageDecoder {
    /** The largest image decoded at all, by its declared size. */
    static final long MAX_SOURCE_PIXELS = 16_384L * 16_384;
    static final String MAX_SOURCE_TEXT = "16384x16384 pixels";
    /** The largest image held in memory at full resolution; larger ones are subsampled. */
    static final long MAX_DECODED_PIXELS = 4096L * 4096;

    private ImageDecoder() {
    }

    /** The image, decoded near the size {@code clip} works at, upright. */
    static RgbFrame read(Path file, ClipAssembler clip) throws IOException {
        checkReadable(file);
        String what = IoTexts.text("image.unreadable", ClipReader.IMAGE_TYPES);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BadInputException(file, IoTexts.text("image.notImage", ClipReader.IMAGE_TYPES));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                return decode(file, reader, clip);
            } finally {
                reader.dispose();
            }
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BadInputException(file, what + ": " + why, e);
        }
    }

    private static RgbFrame decode(Path file, ImageReader reader, ClipAssembler clip) throws IOException {
        long w = reader.getWidth(0);
        long h = reader.getHeight(0);
        if (w * h > MAX_SOURCE_PIXELS) {
            throw new BadInputException(file, IoTexts.text("image.tooLarge", w, h, MAX_SOURCE_TEXT));
        }
        boolean jpeg = reader.getFormatName().toLowerCase(Locale.ROOT).contains("jp");
        int orientation = 1;
        if (jpeg) {
            JpegHeader header = JpegHeader.read(file);
            if (header.components() == 4) {
                // CMYK or YCCK, which the JDK turns into wrong RGB without a word
                throw new BadInputException(file, IoTexts.text("image.cmyk"));
            }
            orientation = header.orientation();
        }
        boolean swap = ExifOrientation.swapsSides(orientation);
        int[] work = clip.workingSize((int) (swap ? w : h), (int) (swap ? h : w));
        int step = ClipAssembler.subsampling(h, w, swap ? work[1] : work[0], swap ? work[0] : work[1],
                MAX_DECODED_PIXELS);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0, param);
        if (!warnings.isEmpty()) {
            // the JDK's JPEG decoder fills a cut-off file with gray and only warns
            throw new BadInputException(file, IoTexts.text("image.damaged", warnings.get(0)));
        }
        return ExifOrientation.apply(FrameImages.toFrame(image), orientation);
    }

    /** ImageIO reports an unreadable file as "Can't read input file!"; say what the file system says. */
    static void checkReadable(Path file) throws BadInputException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            // opened: readable
        } catch (IOException e) {
            throw BadInputException.of(file, e);
        }
    }
}
