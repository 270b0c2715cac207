package app.conv3d.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** Reads a GIF back with plain ImageIO: raw frames, delays (centiseconds), loop extension, screen size. */
record GifInspector(List<BufferedImage> frames, List<Integer> delays, boolean loopsForever, int screenWidth,
        int screenHeight) {

    static GifInspector read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, false, false);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new ArrayList<>();
            List<Integer> delays = new ArrayList<>();
            boolean loop = false;
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int k = 0; k < apps.getLength(); k++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(k);
                    byte[] data = (byte[]) app.getUserObject();
                    if (app.getAttribute("applicationID").equals("NETSCAPE") && data.length == 3 && data[0] == 1
                            && data[1] == 0 && data[2] == 0) {
                        loop = true;
                    }
                }
            }
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode lsd = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            return new GifInspector(frames, delays, loop, Integer.parseInt(lsd.getAttribute("logicalScreenWidth")),
                    Integer.parseInt(lsd.getAttribute("logicalScreenHeight")));
        } finally {
            reader.dispose();
        }
    }
}
