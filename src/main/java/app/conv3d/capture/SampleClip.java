package app.conv3d.capture;

import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Volume;
import java.util.stream.IntStream;

/**
 * The built-in sample clip: a hand waving in front of a classroom wall, drawn by code so it is the same on
 * every machine and needs no files. The hand is a union of signed distance fields (palm, four fingers, a
 * two-part thumb) rotated about the wrist; edges are anti-aliased over one pixel, the skin is shaded as a
 * soft bevel lit from the upper left, and the hand casts a blurred shadow on the wall.
 *
 * <p>Time is a phase: one full wave (left, right, back) per {@link #WAVE_FRAMES} frames, so frame {@code t}
 * of {@link #generate} is {@code frame(t / 16.0, ...)} and the virtual camera can ask for any moment.
 */
public final class SampleClip {
    /** Frames in one full wave of the hand. */
    public static final int WAVE_FRAMES = 16;
    /** The clip's default size: frames, height, width. */
    public static final int FRAMES = 16;
    public static final int HEIGHT = 256;
    public static final int WIDTH = 256;
    public static final int MAX_SIDE = 4096;

    /** Swing of the hand either side of upright, radians. */
    private static final double SWING = Math.toRadians(24);
    /** The fingers lag behind the palm a little, as a relaxed hand does. */
    private static final double FINGER_LAG = 0.07;
    private static final double FINGER_FLEX = Math.toRadians(6);

    /** Wrist pivot, in units of the shorter image side, relative to the image centre (y down). */
    private static final double PIVOT_X = 0.0;
    private static final double PIVOT_Y = 0.40;
    /** Hand-space units per image unit: the hand is drawn in a 0.5-tall box and scaled up to fill the frame. */
    private static final double SCALE = 1.3;

    private SampleClip() {
    }

    /** The default 16 x 256 x 256 RGB clip. */
    public static Volume generate() {
        return generate(FRAMES, HEIGHT, WIDTH);
    }

    /** {@code frames} frames of the wave, RGB, integral values 0..255; frame {@code t} is at phase t / 16. */
    public static Volume generate(int frames, int height, int width) {
        checkSize(height, width);
        if (frames < 1 || frames > 4096) {
            throw new InvalidSpecException(CaptureTexts.text("sample.frames", frames));
        }
        int frameSize = height * width * 3;
        float[] background = wall(height, width);
        float[] data = new float[frames * frameSize];
        // frames are independent: draw them on all cores (each writes only its own range)
        IntStream.range(0, frames).parallel()
                .forEach(t -> drawHand((double) t / WAVE_FRAMES, height, width, background, data, null, t * frameSize));
        return new Volume(frames, height, width, 3, data);
    }

    /** One frame at {@code phase} (in waves: 0.5 is half a wave, 1.0 is the start again), as a 1-frame volume. */
    public static Volume frame(double phase, int height, int width) {
        checkSize(height, width);
        float[] data = new float[height * width * 3];
        drawHand(phase, height, width, wall(height, width), data, null, 0);
        return new Volume(1, height, width, 3, data);
    }

    /** One frame at {@code phase} as opaque ARGB pixels, row-major: what a camera would deliver. */
    public static int[] frameArgb(double phase, int height, int width) {
        checkSize(height, width);
        int[] out = new int[height * width];
        drawHand(phase, height, width, wall(height, width), null, out, 0);
        return out;
    }

    private static void checkSize(int height, int width) {
        if (height < 8 || width < 8 || height > MAX_SIDE || width > MAX_SIDE) {
            throw new InvalidSpecException(CaptureTexts.text("sample.size", MAX_SIDE, height + "x" + width));
        }
    }

    // ---- the wall ---------------------------------------------------------------------------------------

    /** The last wall drawn, reused while the size stays the same (the virtual camera asks 30 times a second). */
    private static volatile Wall lastWall;

    private record Wall(int height, int width, float[] rgb) {
    }

    private static float[] wall(int height, int width) {
        Wall w = lastWall;
        if (w == null || w.height != height || w.width != width) {
            w = new Wall(height, width, background(height, width));
            lastWall = w;
        }
        return w.rgb;
    }

    /** The static classroom wall: painted wall with faint wallpaper stripes, a chalkboard, a wooden dado rail. */
    static float[] background(int height, int width) {
        double s = Math.min(height, width);
        float[] out = new float[height * width * 3];
        double px = 1.0 / s;
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5 - height / 2.0) / s;
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5 - width / 2.0) / s;
                // wall: warm cream fading to a pale sage at the top
                double g = clamp01((v + 0.5));
                double r = mix(196, 226, g);
                double gr = mix(208, 216, g);
                double b = mix(190, 190, g);
                // wallpaper: soft vertical stripes, luminance only
                double stripe = 1.0 + 0.035 * smoothstep(-0.3, 0.3, Math.sin(u * Math.PI * 2 * 14));
                // plaster: low-amplitude smooth value noise, luminance only
                double plaster = 1.0 + 0.03 * (valueNoise(u * 18, v * 18) - 0.5) + 0.02 * (valueNoise(u * 55 + 7, v * 55) - 0.5);
                double lum = stripe * plaster;
                r *= lum;
                gr *= lum;
                b *= lum;

                // chalkboard in the upper left, with a wooden frame and faint chalk dust
                double board = sdBox(u + 0.30, v + 0.27, 0.22, 0.16);
                double frame = sdBox(u + 0.30, v + 0.27, 0.235, 0.175);
                double frameA = coverage(frame, px);
                if (frameA > 0) {
                    double grain = 0.9 + 0.1 * Math.sin(u * 260 + 3 * valueNoise(u * 20, v * 80));
                    r = mix(r, 142 * grain, frameA);
                    gr = mix(gr, 98 * grain, frameA);
                    b = mix(b, 62 * grain, frameA);
                }
                double boardA = coverage(board, px);
                if (boardA > 0) {
                    double dust = 0.9 + 0.25 * valueNoise(u * 9 + 3, v * 9 + 1) + chalk(u + 0.30, v + 0.27, px);
                    r = mix(r, 46 * dust, boardA);
                    gr = mix(gr, 84 * dust, boardA);
                    b = mix(b, 66 * dust, boardA);
                }

                // lower wall: darker painted panel below a wooden dado rail
                double railTop = 0.30;
                double rail = Math.abs(v - railTop) - 0.018;
                if (v > railTop) {
                    double panel = smoothstep(railTop, railTop + 2 * px, v);
                    r = mix(r, 150 * lum, panel);
                    gr = mix(gr, 170 * lum, panel);
                    b = mix(b, 164 * lum, panel);
                }
                double railA = coverage(rail, px);
                if (railA > 0) {
                    double lit = 1.0 + 0.25 * clamp01((railTop - v) / 0.018);
                    r = mix(r, 128 * lit, railA);
                    gr = mix(gr, 88 * lit, railA);
                    b = mix(b, 58 * lit, railA);
                }

                // soft vignette, as a real lens would give
                double vig = 1.0 - 0.35 * (u * u + v * v);
                int i = (y * width + x) * 3;
                out[i] = (float) (r * vig);
                out[i + 1] = (float) (gr * vig);
                out[i + 2] = (float) (b * vig);
            }
        }
        return out;
    }

    /** A few chalk strokes: a small sine wave and an underline, as a teacher might have left. */
    private static double chalk(double u, double v, double px) {
        double wave = Math.abs(v + 0.05 - 0.035 * Math.sin(u * 38)) - 0.004;
        wave = Math.max(wave, Math.abs(u) - 0.16);
        double line = sdBox(u + 0.02, v - 0.07, 0.13, 0.003);
        return 1.6 * (coverage(wave, px) + coverage(line, px) * 0.8);
    }

    // ---- the hand ---------------------------------------------------------------------------------------

    /** Draws one frame into {@code rgb} (floats from {@code offset}) or, when that is null, into {@code argb}. */
    private static void drawHand(double phase, int height, int width, float[] background, float[] rgb, int[] argb,
            int offset) {
        drawHand(waving(phase), height, width, background, rgb, argb, offset);
    }

    /** The hand at {@code phase} of its wave, the wrist in the middle. */
    private static Hand waving(double phase) {
        return new Hand(SWING * Math.sin(2 * Math.PI * phase), FINGER_FLEX * Math.sin(2 * Math.PI * (phase - FINGER_LAG)),
                PIVOT_X);
    }

    /**
     * One frame of the hand held upright, its wrist {@code wristX} (in units of the picture's shorter side) right of
     * the centre, as opaque ARGB pixels: the virtual camera's acted gestures move it across the picture.
     */
    static int[] uprightArgb(double wristX, int height, int width) {
        checkSize(height, width);
        int[] out = new int[height * width];
        drawHand(new Hand(0, 0, wristX), height, width, wall(height, width), null, out, 0);
        return out;
    }

    private static void drawHand(Hand hand, int height, int width, float[] background, float[] rgb, int[] argb,
            int offset) {
        double s = Math.min(height, width);
        double px = 1.0 / s;
        // the shadow falls down and to the right (light from the upper left): it is the hand's distance
        // field shifted by a few pixels, so one field, padded by the shift, serves hand, shading and shadow
        int shiftX = (int) Math.round(0.035 * s);
        int shiftY = (int) Math.round(0.03 * s);
        int pad = Math.max(shiftX, shiftY) + 1;
        int gw = width + 2 * pad;
        double[] field = distanceField(hand, height, width, pad, s);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 3;
                double r = background[i];
                double g = background[i + 1];
                double b = background[i + 2];
                double shadow = 0.30 * (1 - smoothstep(-0.03, 0.05, field[(y + pad - shiftY) * gw + x + pad - shiftX]));
                r *= 1 - shadow;
                g *= 1 - shadow;
                b *= 1 - shadow;
                int f = (y + pad) * gw + x + pad;
                double d = field[f];
                double a = coverage(d, px);
                if (a > 0) {
                    double u = (x + 0.5 - width / 2.0) / s;
                    double v = (y + 0.5 - height / 2.0) / s;
                    double k = skinLight(hand, u, v, d, field[f + 1] - field[f - 1], field[f + gw] - field[f - gw], px);
                    r = mix(r, SKIN_R * k, a);
                    g = mix(g, SKIN_G * k, a);
                    b = mix(b, SKIN_B * k, a);
                }
                int ri = (int) Math.rint(clamp(r, 0, 255));
                int gi = (int) Math.rint(clamp(g, 0, 255));
                int bi = (int) Math.rint(clamp(b, 0, 255));
                if (rgb != null) {
                    rgb[offset + i] = ri;
                    rgb[offset + i + 1] = gi;
                    rgb[offset + i + 2] = bi;
                } else {
                    argb[y * width + x] = 0xFF000000 | ri << 16 | gi << 8 | bi;
                }
            }
        }
    }

    /**
     * The hand's signed distance (image units) at every pixel centre, with {@code pad} extra pixels round.
     * Exact on a coarse grid, and interpolated inside a coarse cell whose corners are all outside the hand
     * (only the soft shadow reads it there) or all deep inside it (lit flat there); exact everywhere else. That keeps
     * a virtual-camera frame cheap enough for live mode.
     */
    private static double[] distanceField(Hand hand, int height, int width, int pad, double s) {
        int gw = width + 2 * pad;
        int gh = height + 2 * pad;
        double[] field = new double[gw * gh];
        int[] xs = coarseNodes(gw);
        int[] ys = coarseNodes(gh);
        for (int gy : ys) {
            for (int gx : xs) {
                field[gy * gw + gx] = exactDistance(hand, gx, gy, height, width, pad, s);
            }
        }
        // a cell can hold part of the outline only if a corner is within the cell's diagonal of it
        double safe = (COARSE * Math.sqrt(2) + 2) / s;
        for (int j = 0; j + 1 < ys.length; j++) {
            int y0 = ys[j], y1 = ys[j + 1];
            for (int i = 0; i + 1 < xs.length; i++) {
                int x0 = xs[i], x1 = xs[i + 1];
                double d00 = field[y0 * gw + x0], d01 = field[y0 * gw + x1];
                double d10 = field[y1 * gw + x0], d11 = field[y1 * gw + x1];
                double nearest = Math.min(Math.min(Math.abs(d00), Math.abs(d01)), Math.min(Math.abs(d10), Math.abs(d11)));
                // the shading reads the field's slope within BEVEL of the outline, so it stays exact there;
                // outside (only the soft shadow reads it) and deep inside (lit flat) interpolation is enough
                boolean outside = d00 > 0 && d01 > 0 && d10 > 0 && d11 > 0;
                double deep = -(BEVEL + safe);
                boolean inside = d00 < deep && d01 < deep && d10 < deep && d11 < deep;
                boolean smooth = nearest > safe && (outside || inside);
                for (int gy = y0; gy <= y1; gy++) {
                    double ty = (double) (gy - y0) / (y1 - y0);
                    for (int gx = x0; gx <= x1; gx++) {
                        if ((gy == y0 || gy == y1) && (gx == x0 || gx == x1)) {
                            continue; // a node, already exact
                        }
                        double tx = (double) (gx - x0) / (x1 - x0);
                        field[gy * gw + gx] = smooth
                                ? mix(mix(d00, d01, tx), mix(d10, d11, tx), ty)
                                : exactDistance(hand, gx, gy, height, width, pad, s);
                    }
                }
            }
        }
        return field;
    }

    private static final int COARSE = 4;

    /** 0, 4, 8, ... and the last index. */
    private static int[] coarseNodes(int size) {
        int n = (size - 1 + COARSE - 1) / COARSE + 1;
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = Math.min(i * COARSE, size - 1);
        }
        return nodes;
    }

    private static double exactDistance(Hand hand, int gx, int gy, int height, int width, int pad, double s) {
        double u = (gx - pad + 0.5 - width / 2.0) / s;
        double v = (gy - pad + 0.5 - height / 2.0) / s;
        // far from the hand the exact value does not matter: beyond the shadow's blur is enough
        return hand.nearby(u, v, FAR) ? hand.distance(u, v) : FAR;
    }

    private static final double FAR = 0.06;
    private static final double SKIN_R = 228;
    private static final double SKIN_G = 174;
    private static final double SKIN_B = 140;

    /**
     * Brightness of the skin at a point inside the hand, given the distance field's slope there: a rounded
     * bevel lit from the upper left, darker in the folds between fingers and along the outline.
     */
    private static double skinLight(Hand hand, double u, double v, double d, double dx, double dy, double px) {
        double len = Math.sqrt(dx * dx + dy * dy);
        double nx = len > 0 ? dx / len : 0;
        double ny = len > 0 ? dy / len : 0;
        // treat the silhouette as a pillow of radius BEVEL: the surface tilts outwards near the edge
        double depth = clamp01(-d / BEVEL);
        // the tilt eases to zero with zero slope, so the lit flat middle shows no ring where the bevel ends
        double tilt = 0.92 * (1 - depth) * (1 - depth);
        double lx = -0.55, ly = -0.65, lz = 0.52;
        double nz = Math.sqrt(Math.max(0, 1 - tilt * tilt));
        double diffuse = clamp01(nx * tilt * lx + ny * tilt * ly + nz * lz);
        double light = 0.62 + 0.48 * diffuse;
        // creases where two fingers (or finger and thumb) meet
        // the folds lie along the outline between digits: deep inside the palm there are none
        double crease = d > -CREASE_DEPTH ? 1 - 0.22 * hand.crease(u, v) : 1;
        double rim = 1 - 0.18 * (1 - smoothstep(0, 2.5 * px, -d));
        return light * crease * rim;
    }

    private static final double BEVEL = 0.05;
    private static final double CREASE_DEPTH = 0.04;

    /** The hand's geometry for one moment: a distance field in image units, palm toward the camera. */
    private static final class Hand {
        private final double cos;
        private final double sin;
        private final double[][] fingers;
        private final double[] radii;
        /** Where the wrist is across the picture, in units of the shorter side from the centre. */
        private final double pivotX;

        Hand(double angle, double flex, double pivotX) {
            this.pivotX = pivotX;
            cos = Math.cos(angle);
            sin = Math.sin(angle);
            // finger segments in hand space (x right, y up from the wrist): base x, base y, tip x, tip y
            double[][] base = {
                {-0.088, 0.262, -0.128, 0.432},
                {-0.030, 0.285, -0.036, 0.480},
                {0.027, 0.280, 0.044, 0.465},
                {0.080, 0.250, 0.116, 0.392},
                // thumb: two segments, out to the side and up
                {-0.095, 0.095, -0.170, 0.180},
                {-0.170, 0.180, -0.205, 0.262},
            };
            radii = new double[] {0.027, 0.029, 0.028, 0.023, 0.034, 0.030};
            fingers = new double[base.length][];
            for (int f = 0; f < base.length; f++) {
                double[] seg = base[f].clone();
                // fingers bend at their base with the lag; the thumb stays with the palm
                if (f < 4) {
                    double c = Math.cos(flex), sn = Math.sin(flex);
                    double tx = seg[2] - seg[0], ty = seg[3] - seg[1];
                    seg[2] = seg[0] + tx * c - ty * sn;
                    seg[3] = seg[1] + tx * sn + ty * c;
                }
                fingers[f] = seg;
            }
        }

        /** Cheap reject: could the point be within {@code margin} (image units) of the hand or forearm? */
        boolean nearby(double u, double v, double margin) {
            double wx = (u - pivotX) / SCALE;
            double wy = (PIVOT_Y - v) / SCALE;
            double m = margin / SCALE;
            if (wy < 0.1 && Math.abs(wx) < 0.1 + m) {
                return true; // the forearm, reaching down out of the picture
            }
            // the hand fits in a circle of radius 0.3 round (0, 0.24) in hand space, whatever its rotation
            double hx = wx * cos - wy * sin;
            double hy = wx * sin + wy * cos - 0.24;
            return hx * hx + hy * hy < sq(0.30 + m);
        }

        double distance(double u, double v) {
            // image (y down) to hand space (y up from the wrist), then undo the hand's rotation
            double wx = (u - pivotX) / SCALE;
            double wy = (PIVOT_Y - v) / SCALE;
            double forearm = sdCapsule(wx, wy, 0, -0.6, 0, 0.04, 0.074 + 0.01 * clamp01(-wy * 3));
            double hx = wx * cos - wy * sin;
            double hy = wx * sin + wy * cos;
            double palm = sdRoundedTrapezoid(hx, hy);
            double d = smin(forearm, palm, 0.04);
            double fingersD = Double.MAX_VALUE;
            for (int f = 0; f < fingers.length; f++) {
                double[] s = fingers[f];
                fingersD = Math.min(fingersD, sdCapsule(hx, hy, s[0], s[1], s[2], s[3], radii[f]));
            }
            return smin(d, fingersD, 0.025) * SCALE;
        }

        /** 0..1: how deep in the fold between two neighbouring digits the point is. */
        double crease(double u, double v) {
            double wx = (u - pivotX) / SCALE;
            double wy = (PIVOT_Y - v) / SCALE;
            double hx = wx * cos - wy * sin;
            double hy = wx * sin + wy * cos;
            double first = Double.MAX_VALUE, second = Double.MAX_VALUE;
            // five digits: four fingers and the thumb, whose two segments are one digit
            for (int f = 0; f < 5; f++) {
                double d = digit(f, hx, hy);
                if (f == 4) {
                    d = Math.min(d, digit(5, hx, hy));
                }
                if (d < first) {
                    second = first;
                    first = d;
                } else if (d < second) {
                    second = d;
                }
            }
            // where the two nearest digits are about equally near and both close, we are in the fold
            double balance = 1 - smoothstep(0, 0.008, Math.abs(first - second));
            double close = 1 - smoothstep(-0.01, 0.006, Math.max(first, second));
            return balance * close;
        }

        private double digit(int f, double hx, double hy) {
            double[] s = fingers[f];
            return sdCapsule(hx, hy, s[0], s[1], s[2], s[3], radii[f]);
        }

        /** Palm: a rounded box a little wider at the knuckles than at the wrist. */
        private static double sdRoundedTrapezoid(double x, double y) {
            double cy = 0.175;
            double halfH = 0.105;
            double t = clamp01((y - (cy - halfH)) / (2 * halfH));
            double halfW = mix(0.088, 0.118, t);
            double round = 0.045;
            return sdBox(x, y - cy, halfW - round, halfH - round) - round;
        }
    }

    // ---- small shape and blend helpers ------------------------------------------------------------------

    private static double sdBox(double x, double y, double hw, double hh) {
        double qx = Math.abs(x) - hw;
        double qy = Math.abs(y) - hh;
        double ox = Math.max(qx, 0), oy = Math.max(qy, 0);
        return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0);
    }

    private static double sdCapsule(double x, double y, double ax, double ay, double bx, double by, double r) {
        double pax = x - ax, pay = y - ay, bax = bx - ax, bay = by - ay;
        double h = clamp01((pax * bax + pay * bay) / (bax * bax + bay * bay));
        double dx = pax - bax * h, dy = pay - bay * h;
        return Math.sqrt(dx * dx + dy * dy) - r;
    }

    /** Polynomial smooth minimum: joins two shapes with a fillet of size k, as flesh does. */
    private static double smin(double a, double b, double k) {
        double h = clamp01(0.5 + 0.5 * (b - a) / k);
        return mix(b, a, h) - k * h * (1 - h);
    }

    /** Fraction of a pixel of size {@code px} covered by the shape with signed distance {@code d}. */
    private static double coverage(double d, double px) {
        return clamp01(0.5 - d / px);
    }

    /** Smooth lattice noise in 0..1, deterministic. */
    private static double valueNoise(double x, double y) {
        double fx = Math.floor(x), fy = Math.floor(y);
        int ix = (int) fx, iy = (int) fy;
        double tx = x - fx, ty = y - fy;
        tx = tx * tx * (3 - 2 * tx);
        ty = ty * ty * (3 - 2 * ty);
        double a = hash(ix, iy), b = hash(ix + 1, iy), c = hash(ix, iy + 1), d = hash(ix + 1, iy + 1);
        return mix(mix(a, b, tx), mix(c, d, tx), ty);
    }

    private static double hash(int x, int y) {
        int h = x * 374761393 + y * 668265263;
        h = (h ^ (h >>> 13)) * 1274126177;
        h ^= h >>> 16;
        return (h & 0xFFFFFF) / (double) 0xFFFFFF;
    }

    private static double smoothstep(double e0, double e1, double x) {
        double t = clamp01((x - e0) / (e1 - e0));
        return t * t * (3 - 2 * t);
    }

    private static double mix(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double clamp01(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    private static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    private static double sq(double x) {
        return x * x;
    }
}
