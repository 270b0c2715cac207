package app.conv3d.core;

/**
 * The 3D convolution (cross-correlation, as every deep-learning framework computes it):
 * {@code out[n,t,y,x] = bias[n] + sum K[n,a,b,d,c] * Vpad[t*st + a*dt, y*sh + b*dh, x*sw + d*dw, c]}.
 * The work runs on the engine's own threads; with the Vector API module present it uses SIMD.
 */
public final class Conv3d {
    private Conv3d() {
    }

    /** Checks that the bank fits the volume and returns the convolution's shape. */
    public static ConvShape shape(Volume volume, KernelBank bank, ConvSpec spec) {
        if (bank.channels() != volume.channels()) {
            throw new InvalidSpecException(CoreTexts.text("conv.channels", bank.channels(), volume.channels()));
        }
        return spec.shape(volume.size(), bank.size());
    }

    /** "vector" or "scalar": which engine {@link #apply} uses on this JVM (once warmed up). */
    public static String path() {
        return ConvEngines.selected().name();
    }

    /**
     * How to get the fast path, when this JVM cannot take it because it was started without the Vector API module
     * (and the runnable jar could not start itself again with it); empty when the fast path runs or the scalar engine
     * was asked for by name.
     */
    public static java.util.Optional<String> fastPathHint() {
        return ConvEngines.fastPathHint(ConvEngines.vectorModulePresent(), System.getProperty(ConvEngines.PROPERTY));
    }

    /**
     * Starts the engine's warm-up if it has not started yet: the vector engine is compiled on tiny inputs in
     * the background while calls use the scalar engine. An app calls this at start-up.
     */
    public static void warmUp() {
        ConvEngines.selected();
    }

    /**
     * Holds the engine's warm-up back until {@code until} completes (the scalar engine serves meanwhile): an app
     * starting up has better use for the second core than compiling the fast path. Call before the engine's first
     * use; {@code until} should complete in any case (e.g. with a time-out), or the fast path is never taken.
     */
    public static void delayWarmUp(java.util.concurrent.CompletableFuture<?> until) {
        ConvEngines.delayWarmUp(java.util.Objects.requireNonNull(until));
    }

    /**
     * Waits up to {@code timeoutMillis} for the engine to reach full speed (for benchmarks); true when it has.
     */
    public static boolean awaitWarm(long timeoutMillis) throws InterruptedException {
        return ConvEngines.awaitWarm(timeoutMillis);
    }

    /**
     * Every output frame: N x T' x H' x W'. If the calling thread is interrupted while it waits, the call
     * throws {@link java.util.concurrent.CancellationException} (interrupt flag kept): a newest-request-wins
     * caller drops the result anyway.
     */
    public static FeatureVolume apply(Volume volume, KernelBank bank, ConvSpec spec) {
        return run(ConvEngines.current(), volume, bank, spec, 0, -1);
    }

    /**
     * Only output frames {@code [firstOutputFrame, firstOutputFrame + count)}: N x count x H' x W', equal to
     * that slice of {@link #apply} (live mode computes just the newest frame of a rolling window).
     */
    public static FeatureVolume applyFrames(Volume volume, KernelBank bank, ConvSpec spec,
                                            int firstOutputFrame, int count) {
        if (count < 1) {
            throw new InvalidSpecException(CoreTexts.text("conv.noFrames", count));
        }
        return run(ConvEngines.current(), volume, bank, spec, firstOutputFrame, count);
    }

    /** {@code count < 0}: all frames from {@code first}. */
    static FeatureVolume run(ConvEngine engine, Volume volume, KernelBank bank, ConvSpec spec, int first, int count) {
        ConvShape shape = shape(volume, bank, spec);
        int outFrames = shape.output().t();
        int frames = count < 0 ? outFrames - first : count;
        if (first < 0 || first + frames > outFrames) {
            throw new InvalidSpecException(CoreTexts.text("conv.frames", first, first + frames - 1,
                    outFrames - 1));
        }
        ConvJob job = new ConvJob(volume, bank, shape, spec.relu(), first, frames);
        engine.run(job, ConvPool.SHARED);
        return job.result();
    }

    /**
     * One output value by the definition, in plain arithmetic on the caller's thread: for cross-checks
     * (the walkthrough, tests), not for whole volumes.
     */
    public static float value(Volume volume, KernelBank bank, ConvSpec spec, int n, int t, int y, int x) {
        ConvShape shape = shape(volume, bank, spec);
        Axis3 o = shape.output();
        if (n < 0 || n >= bank.count() || t < 0 || t >= o.t() || y < 0 || y >= o.h() || x < 0 || x >= o.w()) {
            throw new InvalidSpecException(CoreTexts.text("conv.position", n, t, y, x,
                    bank.count() + "x" + o));
        }
        Kernel kernel = bank.get(n);
        Axis3 k = shape.kernel();
        Axis3 s = shape.stride();
        Axis3 p = shape.padding();
        Axis3 d = shape.dilation();
        float sum = 0;
        for (int a = 0; a < k.t(); a++) {
            int vt = t * s.t() + a * d.t() - p.t();
            for (int b = 0; b < k.h(); b++) {
                int vy = y * s.h() + b * d.h() - p.h();
                for (int e = 0; e < k.w(); e++) {
                    int vx = x * s.w() + e * d.w() - p.w();
                    if (vt < 0 || vt >= volume.frames() || vy < 0 || vy >= volume.height()
                            || vx < 0 || vx >= volume.width()) {
                        continue;
                    }
                    for (int c = 0; c < volume.channels(); c++) {
                        sum += kernel.get(a, b, e, c) * volume.get(vt, vy, vx, c);
                    }
                }
            }
        }
        sum += kernel.bias();
        return spec.relu() ? Math.max(0f, sum) : sum;
    }
}
