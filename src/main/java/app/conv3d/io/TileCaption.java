package app.conv3d.io;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A line of text above a tile of an indexed (palette) GIF, such as "2  temporal difference" over a kernel's
 * features: drawn without anti-aliasing, so it needs only two palette entries (ink on background), and cut at
 * the tile's width.
 */
final class TileCaption {
    /** The strip's height in pixels: 12-pixel bold text with room above and below. */
    static final int HEIGHT = 16;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private TileCaption() {
    }

    /** {@code width x HEIGHT} palette indices: {@code text} in {@code ink} on {@code background}. */
    static byte[] render(String text, int width, byte background, byte ink) {
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(java.awt.Color.WHITE);
            g.setFont(FONT);
            g.drawString(text, 2, HEIGHT - 4);
        } finally {
            g.dispose();
        }
        byte[] strip = new byte[width * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < width; x++) {
                strip[y * width + x] = (image.getRGB(x, y) & 0xFFFFFF) != 0 ? ink : background;
            }
        }
        return strip;
    }

    /** The palette entry with the lowest luma: the ink that stands out most on the lightest. */
    static int darkest(int[] palette) {
        int best = 0;
        double bestLuma = Double.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int c = palette[i];
            double luma = 0.299 * (c >> 16 & 0xFF) + 0.587 * (c >> 8 & 0xFF) + 0.114 * (c & 0xFF);
            if (luma < bestLuma) {
                bestLuma = luma;
                best = i;
            }
        }
        return best;
    }
}
