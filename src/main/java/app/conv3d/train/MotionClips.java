package app.conv3d.train;

import app.conv3d.core.NumpyRandom;
import app.conv3d.core.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic gestures for rehearsing a lesson and for tests: a textured blob moving right, moving left or standing
 * still over a textured background, at a random place, speed, size and colours. One frame alone cannot tell right
 * from left (the blob looks the same whichever way it goes); only time can.
 */
public final class MotionClips {
    /** Which way the blob goes; {@code step} is the sign of its movement along the width. */
    public enum Motion {
        RIGHT(1), LEFT(-1), STILL(0);

        public final int step;

        Motion(int step) {
            this.step = step;
        }

        /** As a class name: right, left, still. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final NumpyRandom random;

    public MotionClips(long seed) {
        this.random = new NumpyRandom(seed);
    }

    /**
     * {@code perClass} new clips of each motion, labelled by the motion's place in {@code motions}, the motions taking
     * turns (a training set for benchmarks, tests and a rehearsed lesson).
     */
    public List<LabeledClip> labeled(List<Motion> motions, int perClass, int frames, int height, int width) {
        List<LabeledClip> clips = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int label = 0; label < motions.size(); label++) {
                clips.add(new LabeledClip(next(motions.get(label), frames, height, width), label));
            }
        }
        return clips;
    }

    /** A new clip of {@code frames} x {@code height} x {@code width} x 3, values 0..255. */
    public Volume next(Motion motion, int frames, int height, int width) {
        double[] background = colour();
        double[] blob = contrasting(background);
        double waveX = 0.3 + random.nextDouble() * 0.9;
        double waveY = 0.3 + random.nextDouble() * 0.9;
        double phase = random.nextDouble() * 2 * Math.PI;
        double radius = Math.min(height, width) * (0.2 + 0.1 * random.nextDouble());
        double speed = motion.step * (1 + random.nextDouble() * 1.5);
        double travel = Math.abs(speed) * (frames - 1);
        double room = Math.max(0, width - 2 * radius - travel);
        double start = radius + random.nextDouble() * room;
        double x0 = motion.step < 0 ? width - start : start;
        double y0 = radius + random.nextDouble() * Math.max(0, height - 2 * radius);
        double stripes = 0.8 + random.nextDouble() * 0.8;
        float[] data = new float[frames * height * width * 3];
        int i = 0;
        for (int t = 0; t < frames; t++) {
            double cx = x0 + speed * t;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double texture = 1 + 0.25 * Math.sin(waveX * x + phase) * Math.sin(waveY * y);
                    double dx = x - cx;
                    double dy = y - y0;
                    double inside = Math.max(0, Math.min(1, radius + 0.5 - Math.sqrt(dx * dx + dy * dy)));
                    double pattern = 1 + 0.35 * Math.sin(stripes * (dx + dy));
                    for (int c = 0; c < 3; c++) {
                        double v = background[c] * texture * (1 - inside) + blob[c] * pattern * inside;
                        data[i++] = (float) Math.max(0, Math.min(255, v));
                    }
                }
            }
        }
        return new Volume(frames, height, width, 3, data);
    }

    private double[] colour() {
        return new double[] {40 + 175 * random.nextDouble(), 40 + 175 * random.nextDouble(),
                40 + 175 * random.nextDouble()};
    }

    /** A colour at least 80 levels from {@code other} in brightness, so the blob stands out. */
    private double[] contrasting(double[] other) {
        double brightness = (other[0] + other[1] + other[2]) / 3;
        double[] c = colour();
        double shift = brightness > 127 ? -1 : 1;
        double mean = (c[0] + c[1] + c[2]) / 3;
        double needed = Math.max(0, 80 - Math.abs(mean - brightness));
        for (int k = 0; k < 3; k++) {
            c[k] = Math.max(0, Math.min(255, c[k] + shift * needed));
        }
        return c;
    }
}
