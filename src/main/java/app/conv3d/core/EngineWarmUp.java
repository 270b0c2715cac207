package app.conv3d.core;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Gets the Vector API engine compiled before it meets real work. Until C2 has compiled its blocks, Vector
 * API code runs boxed in the interpreter: the first full-size call took 10-12 s here, while the scalar
 * engine, which the JIT handles at once, took about 1.5 s cold. So the vector engine is exercised on tiny
 * inputs (one channel, few taps, so each slow early call is cheap) on one low-priority thread, while
 * {@link Conv3d} uses the scalar engine; once every block has become fast the vector engine takes over.
 */
final class EngineWarmUp {
    /** Give up waiting for the compiler after this long: the vector engine is then used regardless. */
    private static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** A round counts as compiled once it runs this many times faster than the first. */
    private static final int SPEED_UP = 15;
    private static final int STABLE_ROUNDS = 20;

    private final ConvEngine engine;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile long tookNanos = -1;

    private EngineWarmUp(ConvEngine engine) {
        this.engine = engine;
    }

    /** Starts warming {@code engine} on a daemon thread of its own. */
    static EngineWarmUp start(ConvEngine engine) {
        EngineWarmUp warmUp = new EngineWarmUp(engine);
        // An engine thread runs the pool's tasks inline: the warm-up occupies one core, never the pool.
        Thread thread = ConvPool.engineThread(warmUp::run, "conv3d-engine-warm-up");
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return warmUp;
    }

    boolean isDone() {
        return done.getCount() == 0;
    }

    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    /** How long the warm-up took, or -1 while it runs. */
    long tookMillis() {
        return tookNanos < 0 ? -1 : TimeUnit.NANOSECONDS.toMillis(tookNanos);
    }

    private void run() {
        ConvEngines.warmUpGate().join(); // an app may hold the warm-up back while it starts (Conv3d.delayWarmUp)
        long start = System.nanoTime();
        try {
            List<ConvJob> jobs = jobs();
            long first = -1;
            int fastRounds = 0;
            while (fastRounds < STABLE_ROUNDS && System.nanoTime() - start < LIMIT_NANOS) {
                long t = System.nanoTime();
                for (ConvJob job : jobs) {
                    engine.run(job, ConvPool.SHARED);
                }
                long round = System.nanoTime() - t;
                if (first < 0) {
                    first = round;
                }
                fastRounds = round * SPEED_UP < first ? fastRounds + 1 : 0;
            }
        } finally {
            tookNanos = System.nanoTime() - start;
            done.countDown();
        }
    }

    /** One small job per block shape the vector engine has: 5-row and 3-row reuse, 4-row, banks, Winograd, one row. */
    private static List<ConvJob> jobs() {
        return List.of(
                job(1, 12, 40, 1, 5, 5),   // 5-row kernels, 8 output rows
                job(1, 10, 38, 1, 3, 3),   // 3-row kernels
                job(1, 5, 70, 1, 2, 2),    // any other height: 4 rows x 4 vectors
                job(1, 1, 70, 10, 1, 1),   // banks: six, then four kernels at once
                job(2, 12, 70, 10, 5, 5),  // banks of taller kernels: Winograd rows
                job(1, 1, 20, 1, 1, 1));   // narrow rows, one vector
    }

    private static ConvJob job(int frames, int height, int width, int kernels, int kh, int kw) {
        float[] voxels = new float[frames * height * width];
        for (int i = 0; i < voxels.length; i++) {
            voxels[i] = i % 7;
        }
        Volume volume = new Volume(frames, height, width, 1, voxels);
        Kernel[] bank = new Kernel[kernels];
        for (int n = 0; n < kernels; n++) {
            float[] w = new float[kh * kw];
            for (int i = 0; i < w.length; i++) {
                w[i] = (i + n) % 3 - 1;
            }
            bank[n] = new Kernel(1, kh, kw, 1, w);
        }
        KernelBank kernelBank = new KernelBank(List.of(bank));
        ConvShape shape = Conv3d.shape(volume, kernelBank, ConvSpec.VALID);
        return new ConvJob(volume, kernelBank, shape, false, 0, shape.output().t());
    }
}
