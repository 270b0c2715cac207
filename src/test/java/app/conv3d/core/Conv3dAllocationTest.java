package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A warmed-up call allocates little beyond its output array. On JDK 17 a Vector API value that C2
 * cannot keep in a register is boxed on every operation (gigabytes per call, fifty times slower);
 * this is the test that notices.
 */
class Conv3dAllocationTest {

    @Test
    void aWarmedUpVectorCallAllocatesLittleMoreThanItsOutput() {
        assumeTrue(ConvEngines.vector().isPresent(), "the Vector API module is absent");
        ConvEngine engine = ConvEngines.vector().orElseThrow();
        SplittableRandom random = new SplittableRandom(17);
        Volume volume = RandomConv.volume(random, 10, 40, 100, 3);
        // One kernel (row blocks), five (Winograd: a group of four, plus one direct) and six (a group of six).
        for (int kernels : new int[] {1, 5, 6}) {
            KernelBank bank = RandomConv.bank(random, kernels, Axis3.all(5), 3, true);
            ConvSpec spec = ConvSpec.VALID.withPadding(Padding.SAME).withRelu(true);
            long outputBytes = 4L * kernels * Conv3d.shape(volume, bank, spec).output().product();
            long limit = 10 * outputBytes + (1 << 20);
            long best = Long.MAX_VALUE;
            // Until C2 has compiled the blocks, the interpreter boxes every vector; give it time to.
            long giveUp = System.nanoTime() + 60_000_000_000L;
            for (int call = 0; call < 400 && best > limit && System.nanoTime() < giveUp; call++) {
                long before = allocatedByAllThreads();
                Conv3d.run(engine, volume, bank, spec, 0, -1);
                best = Math.min(best, allocatedByAllThreads() - before);
            }
            assertTrue(best <= limit, kernels + " kernel(s): a warmed-up call allocated " + best
                    + " bytes; its output is " + outputBytes + " bytes");
        }
    }

    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, allocated);
        }
        return total;
    }
}
