package app.conv3d.core;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A quick speed check while tuning the engine (not a test, not the official benchmark, which is JMH):
 * the three reference workloads, 10 s of warm-up each (C2 compiles the big blocks late on a busy
 * machine), then the median of 50 calls, in wall time and in CPU time
 * summed over all threads (on a busy shared machine the wall time mostly measures the neighbours). Run from the worktree after
 * {@code ./mvnw -q -B test-compile}:
 * {@code java --add-modules=jdk.incubator.vector -cp target/classes:target/test-classes
 * app.conv3d.core.EngineSpeedCheck [scalar|vector]}.
 */
public final class EngineSpeedCheck {
    private EngineSpeedCheck() {
    }

    public static void main(String[] args) {
        ConvEngine engine = args.length > 0 && args[0].equals("scalar") ? ConvEngines.scalar() : ConvEngines.selected();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        SplittableRandom random = new SplittableRandom(1);
        Volume volume = RandomConv.volume(random, 16, 256, 256, 3);
        volume.planar();
        System.out.println("engine " + engine.name() + ", " + ConvPool.SHARED.threads() + " threads");
        measure(engine, "seed 5x5x5x3", volume, RandomConv.bank(random, 1, Axis3.all(5), 3, true), runs);
        measure(engine, "3x3x3x3", volume, RandomConv.bank(random, 1, Axis3.all(3), 3, true), runs);
        measure(engine, "bank 16x5x5x5x3", volume, RandomConv.bank(random, 16, Axis3.all(5), 3, true), runs);
        measure(engine, "live: 1 frame 5x5x5x3", volume, RandomConv.bank(random, 1, Axis3.all(5), 3, true), runs);
    }

    private static void measure(ConvEngine engine, String name, Volume volume, KernelBank bank, int runs) {
        boolean live = name.startsWith("live");
        ConvSpec spec = ConvSpec.VALID;
        int last = Conv3d.shape(volume, bank, spec).output().t() - 1;
        long warmUpEnd = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            call(engine, volume, bank, spec, live, last);
        }
        long allocatedBefore = allocated();
        call(engine, volume, bank, spec, live, last);
        long allocatedBytes = allocated() - allocatedBefore;
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = cpu();
            long start = System.nanoTime();
            call(engine, volume, bank, spec, live, last);
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMs[i] = (cpu() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf("%-24s wall median %7.2f ms, min %7.2f ms; CPU median %7.2f ms (all threads);"
                        + " %.1f MB allocated per call%n",
                name, ms[runs / 2], ms[0], cpuMs[runs / 2], allocatedBytes / 1e6);
    }

    /** CPU time of every thread: on a shared machine, wall time measures the neighbours too. */
    private static long cpu() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            total += Math.max(0, threads.getThreadCpuTime(id));
        }
        return total;
    }

    private static long allocated() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static void call(ConvEngine engine, Volume volume, KernelBank bank, ConvSpec spec, boolean live, int last) {
        if (live) {
            Conv3d.run(engine, volume, bank, spec, last, 1);
        } else {
            Conv3d.run(engine, volume, bank, spec, 0, -1);
        }
    }
}
