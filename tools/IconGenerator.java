import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the app icon and writes every file the window and the installers need into assets/icons/:
 * conv3d-explorer.png (512), conv3d-explorer-N.png for the window (16..256), conv3d-explorer.ico (Windows,
 * PNG entries) and conv3d-explorer.icns (macOS, PNG entries). The picture: the clip as a teal box of frames
 * on the 3D view's dark ground, with the orange kernel cube at its front corner, the app's colours.
 * Each size is drawn at that size (not scaled down from 512), so 16 px stays crisp.
 *
 * Usage, from the repository's root: {@code java tools/IconGenerator.java [assets/icons]}
 */
public final class IconGenerator {
    static final String NAME = "conv3d-explorer";
    static final int[] WINDOW_SIZES = {16, 32, 48, 64, 128, 256};

    // The app's colours: the 3D view's ground, explorer.css's teal accent, KernelBox.EDGE's orange.
    static final Color GROUND_TOP = new Color(40, 46, 58);
    static final Color GROUND_BOTTOM = new Color(22, 26, 33);
    static final Color TEAL_TOP = new Color(78, 168, 196);
    static final Color TEAL_LEFT = new Color(31, 111, 139);
    static final Color TEAL_RIGHT = new Color(21, 80, 101);
    static final Color FRAME_LINE = new Color(190, 230, 240, 150);
    static final Color KERNEL_TOP = new Color(255, 190, 90);
    static final Color KERNEL_LEFT = new Color(255, 150, 20);
    static final Color KERNEL_RIGHT = new Color(205, 105, 0);
    static final Color KERNEL_EDGE = new Color(255, 236, 200);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        Files.createDirectories(dir);
        write(dir.resolve(NAME + ".png"), png(draw(512)));
        for (int size : WINDOW_SIZES) {
            write(dir.resolve(NAME + "-" + size + ".png"), png(draw(size)));
        }
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            ico.put(size, png(draw(size)));
        }
        write(dir.resolve(NAME + ".ico"), ico(ico));
        // icns: PNG-backed element types by pixel size (Apple's icns format; ic10 is 512@2x).
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("icp4", png(draw(16)));
        icns.put("icp5", png(draw(32)));
        icns.put("icp6", png(draw(64)));
        icns.put("ic07", png(draw(128)));
        icns.put("ic08", png(draw(256)));
        icns.put("ic09", png(draw(512)));
        icns.put("ic10", png(draw(1024)));
        write(dir.resolve(NAME + ".icns"), icns(icns));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        double margin = s * 0.04;
        double arc = s * 0.22;
        g.setPaint(new GradientPaint(0, 0, GROUND_TOP, 0, (float) s, GROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, s - 2 * margin, s - 2 * margin, arc, arc));

        Iso iso = new Iso(s * 0.5, s * 0.60, s * 0.36);
        // The clip: x runs back-right (time), z front-left, y up; its three visible faces.
        box(g, iso, 0, 0, 0, 1, 1, 1, TEAL_TOP, TEAL_LEFT, TEAL_RIGHT);
        if (size >= 32) {
            g.setColor(FRAME_LINE);
            g.setStroke(new BasicStroke((float) Math.max(1, s / 160)));
            for (int i = 1; i < 4; i++) {
                double x = i / 4.0;
                g.draw(line(iso, x, 1, 0, x, 1, 1));
                g.draw(line(iso, x, 1, 1, x, 0, 1));
            }
        }
        // The kernel, poking out of the clip's front corner where the sweep begins.
        double k = 0.46;
        double o = 0.12;
        box(g, iso, 1 - k + o, 1 - k + o, 1 - k + o, 1 + o, 1 + o, 1 + o, KERNEL_TOP, KERNEL_LEFT, KERNEL_RIGHT);
        if (size >= 32) {
            // Below 32 px a light edge would wash the orange out.
            g.setColor(KERNEL_EDGE);
            g.setStroke(new BasicStroke((float) Math.max(1, s / 100), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            outline(g, iso, 1 - k + o, 1 - k + o, 1 - k + o, 1 + o, 1 + o, 1 + o);
        }
        g.dispose();
        return image;
    }

    /** An isometric projection centred at (cx, cy) with the unit cube's edge {@code unit} pixels long. */
    record Iso(double cx, double cy, double unit) {
        Point2D at(double x, double y, double z) {
            double c = Math.cos(Math.PI / 6);
            double u = x - 0.5;
            double w = z - 0.5;
            return new Point2D.Double(cx + (u - w) * c * unit, cy + (u + w) * 0.5 * unit - (y - 0.5) * unit);
        }
    }

    static void box(Graphics2D g, Iso iso, double x0, double y0, double z0, double x1, double y1, double z1,
            Color top, Color left, Color right) {
        g.setColor(top);
        g.fill(face(iso, new double[][] {{x0, y1, z0}, {x1, y1, z0}, {x1, y1, z1}, {x0, y1, z1}}));
        g.setColor(left);
        g.fill(face(iso, new double[][] {{x0, y0, z1}, {x1, y0, z1}, {x1, y1, z1}, {x0, y1, z1}}));
        g.setColor(right);
        g.fill(face(iso, new double[][] {{x1, y0, z0}, {x1, y0, z1}, {x1, y1, z1}, {x1, y1, z0}}));
    }

    static void outline(Graphics2D g, Iso iso, double x0, double y0, double z0, double x1, double y1, double z1) {
        g.draw(face(iso, new double[][] {{x0, y1, z0}, {x1, y1, z0}, {x1, y1, z1}, {x0, y1, z1}}));
        g.draw(face(iso, new double[][] {{x0, y0, z1}, {x1, y0, z1}, {x1, y1, z1}, {x0, y1, z1}}));
        g.draw(face(iso, new double[][] {{x1, y0, z0}, {x1, y0, z1}, {x1, y1, z1}, {x1, y1, z0}}));
    }

    static Path2D face(Iso iso, double[][] corners) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < corners.length; i++) {
            Point2D p = iso.at(corners[i][0], corners[i][1], corners[i][2]);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
        return path;
    }

    static Path2D line(Iso iso, double x0, double y0, double z0, double x1, double y1, double z1) {
        Path2D path = new Path2D.Double();
        Point2D a = iso.at(x0, y0, z0);
        Point2D b = iso.at(x1, y1, z1);
        path.moveTo(a.getX(), a.getY());
        path.lineTo(b.getX(), b.getY());
        return path;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows .ico whose entries are PNGs (Windows Vista and later); 256 is written as 0 in the directory. */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        int count = pngs.size();
        int size = 6 + 16 * count + pngs.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) count);
        int offset = 6 + 16 * count;
        for (Map.Entry<Integer, byte[]> e : pngs.entrySet()) {
            int px = e.getKey();
            out.put((byte) (px >= 256 ? 0 : px)).put((byte) (px >= 256 ? 0 : px));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        pngs.values().forEach(out::put);
        return out.array();
    }

    /** A macOS .icns: "icns", total length, then (type, length including its 8-byte header, PNG) entries. */
    static byte[] icns(Map<String, byte[]> pngs) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
            data.writeBytes(e.getKey());
            data.writeInt(e.getValue().length + 8);
            data.write(e.getValue());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(body.size() + 8);
        body.writeTo(file);
        return file.toByteArray();
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Files.write(target, bytes);
        System.out.println(target + "  " + bytes.length + " bytes");
    }
}
