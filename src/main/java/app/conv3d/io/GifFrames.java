package app.conv3d.io;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Reads an animated GIF as the frames a browser shows: each GIF image is a patch drawn at its offset
 * onto a logical screen, then disposed as its graphic control extension says (leave it, clear the patch
 * to transparent, or restore what was there before). Transparent pixels let earlier frames show through;
 * what stays transparent ends up black.
 */
public final class GifFrames {
    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    private GifFrames() {
    }

    /** Up to {@code maxFrames} composited frames, each an opaque RGB frame of the logical screen size. */
    public static List<RgbFrame> read(Path file, int maxFrames) throws IOException {
        List<RgbFrame> frames = new ArrayList<>();
        read(file, maxFrames, frames::add);
        return frames;
    }

    /** Where composited frames go, one at a time, so a long GIF need not be held whole. */
    @FunctionalInterface
    interface FrameSink {
        void add(RgbFrame frame) throws IOException;
    }

    /** As {@link #read(Path, int)}, each frame handed to {@code sink} (e.g. a {@link ClipAssembler}). */
    static void read(Path file, int maxFrames, ClipAssembler clip) throws IOException {
        read(file, maxFrames, (FrameSink) clip::add);
    }

    private static void read(Path file, int maxFrames, FrameSink sink) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new BadInputException(file, IoTexts.text("gif.cannotOpen"));
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                composite(file, reader, maxFrames, sink);
            } finally {
                reader.dispose();
            }
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports corrupt GIFs as IIOException or, for some, as runtime exceptions.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new BadInputException(file, IoTexts.text("gif.unreadable", why), e);
        }
    }

    private static void composite(Path file, ImageReader reader, int maxFrames, FrameSink sink) throws IOException {
        int[] screen = screenSize(reader.getStreamMetadata());
        checkSize(file, "canvas", screen[0], screen[1]);
        BufferedImage canvas = null;
        for (int i = 0; i < maxFrames; i++) {
            Node image;
            try {
                image = reader.getImageMetadata(i).getAsTree(IMAGE_FORMAT);
            } catch (IndexOutOfBoundsException end) {
                break;
            }
            // the declared sizes, checked before a pixel is allocated
            checkSize(file, "frame", reader.getWidth(i), reader.getHeight(i));
            BufferedImage patch = reader.read(i);
            Node descriptor = child(image, "ImageDescriptor");
            int left = intAttribute(descriptor, "imageLeftPosition", 0);
            int top = intAttribute(descriptor, "imageTopPosition", 0);
            String disposal = attribute(child(image, "GraphicControlExtension"), "disposalMethod", "none");
            if (canvas == null) {
                // Some encoders write a 0x0 logical screen: then the first image sets the size.
                int w = screen[0] > 0 ? screen[0] : left + patch.getWidth();
                int h = screen[1] > 0 ? screen[1] : top + patch.getHeight();
                checkSize(file, "canvas", w, h);
                canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }
            BufferedImage before = disposal.equals("restoreToPrevious") ? copy(canvas) : null;
            Graphics2D g = canvas.createGraphics();
            g.drawImage(patch, left, top, null);
            sink.add(FrameImages.toFrame(canvas));
            if (disposal.equals("restoreToBackgroundColor")) {
                // As browsers do: the patch's area becomes transparent, not the background colour.
                g.setComposite(AlphaComposite.Clear);
                g.fillRect(left, top, patch.getWidth(), patch.getHeight());
            } else if (before != null) {
                canvas = before;
            }
            g.dispose();
        }
    }

    /** A GIF held whole in memory (canvas, patch and its frame as floats) must stay well inside the heap. */
    private static void checkSize(Path file, String what, long w, long h) throws BadInputException {
        if (w * h > ImageDecoder.MAX_DECODED_PIXELS) {
            throw new BadInputException(file, IoTexts.text("gif.tooLarge." + what, w, h));
        }
    }

    private static int[] screenSize(IIOMetadata stream) {
        if (stream == null) {
            return new int[] {0, 0};
        }
        Node lsd = child(stream.getAsTree(STREAM_FORMAT), "LogicalScreenDescriptor");
        return new int[] {intAttribute(lsd, "logicalScreenWidth", 0), intAttribute(lsd, "logicalScreenHeight", 0)};
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage c = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        src.copyData(c.getRaster());
        return c;
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name, String fallback) {
        Node a = node == null ? null : node.getAttributes().getNamedItem(name);
        return a == null ? fallback : a.getNodeValue();
    }

    private static int intAttribute(Node node, String name, int fallback) {
        try {
            return Integer.parseInt(attribute(node, name, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
