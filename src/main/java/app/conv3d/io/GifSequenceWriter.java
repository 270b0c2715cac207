package app.conv3d.io;

import java.io.Closeable;
import java.io.IOException;
import java.awt.image.IndexColorModel;
import java.awt.image.RenderedImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF, one image per call, that loops forever (NETSCAPE2.0 application extension).
 * GIF stores delays in hundredths of a second, so each delay in milliseconds is rounded to the nearest
 * 10 ms (125 ms is stored as 130 ms) and is at least 10 ms; note that most browsers show delays under
 * 20 ms as 100 ms. Colours are whatever the images hold: give it indexed images for exact palettes.
 */
public final class GifSequenceWriter implements Closeable {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    /** What happens to a frame's area before the next frame is drawn (GIF disposal methods). */
    public enum Disposal {
        NONE("none"), DO_NOT_DISPOSE("doNotDispose"), RESTORE_TO_BACKGROUND("restoreToBackgroundColor"),
        RESTORE_TO_PREVIOUS("restoreToPrevious");

        private final String metadataName;

        Disposal(String metadataName) {
            this.metadataName = metadataName;
        }
    }

    private final ImageWriter writer;
    private final ImageWriteParam param;
    private boolean first = true;

    /** Starts a sequence on {@code out}; the caller closes {@code out} after closing this writer. */
    public GifSequenceWriter(ImageOutputStream out) throws IOException {
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.param = writer.getDefaultWriteParam();
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** The GIF delay field for {@code delayMs}: hundredths of a second, rounded, 1..65535. */
    public static int centiseconds(int delayMs) {
        if (delayMs < 0) {
            throw new IllegalArgumentException("a frame delay cannot be negative, got " + delayMs + " ms");
        }
        return (int) Math.max(1, Math.min(65535, Math.round(delayMs / 10.0)));
    }

    public void writeFrame(RenderedImage image, int delayMs) throws IOException {
        writeFrame(image, delayMs, 0, 0, Disposal.NONE);
    }

    /** A frame drawn at ({@code left}, {@code top}) of the logical screen, disposed as {@code disposal}. */
    public void writeFrame(RenderedImage image, int delayMs, int left, int top, Disposal disposal)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = node(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", disposal.metadataName);
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(centiseconds(delayMs)));
        // ImageIO neither marks an indexed image's transparent entry nor, after the first frame, writes
        // its palette by itself: later frames would be shown in the first frame's colours.
        IndexColorModel palette = image.getColorModel() instanceof IndexColorModel icm ? icm : null;
        int transparent = palette == null ? -1 : palette.getTransparentPixel();
        if (palette != null) {
            root.removeChild(node(root, "LocalColorTable"));
            root.appendChild(localColorTable(palette));
        }
        control.setAttribute("transparentColorFlag", transparent >= 0 ? "TRUE" : "FALSE");
        control.setAttribute("transparentColorIndex", Integer.toString(Math.max(0, transparent)));
        IIOMetadataNode descriptor = node(root, "ImageDescriptor");
        descriptor.setAttribute("interlaceFlag", "FALSE");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        if (first) {
            IIOMetadataNode apps = node(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
            apps.appendChild(loop);
            first = false;
        }
        try {
            meta.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot describe the GIF frame: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(image, null, meta), param);
    }

    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode localColorTable(IndexColorModel icm) {
        int size = 2;
        while (size < icm.getMapSize()) {
            size *= 2;
        }
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            int rgb = i < icm.getMapSize() ? icm.getRGB(i) : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(rgb >> 16 & 0xFF));
            entry.setAttribute("green", Integer.toString(rgb >> 8 & 0xFF));
            entry.setAttribute("blue", Integer.toString(rgb & 0xFF));
            table.appendChild(entry);
        }
        return table;
    }

    private static IIOMetadataNode node(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}
