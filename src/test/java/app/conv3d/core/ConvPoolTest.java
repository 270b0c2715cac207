package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ConvPoolTest {

    @Test
    void everyTaskRunsOnceOnThePoolsOwnDaemonThreads() {
        ConvPool pool = new ConvPool(3);
        AtomicIntegerArray runs = new AtomicIntegerArray(100);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        pool.parallelFor(100, i -> {
            runs.incrementAndGet(i);
            threads.add(Thread.currentThread());
        });
        for (int i = 0; i < 100; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        assertFalse(threads.contains(Thread.currentThread()), "the caller only waits");
        assertTrue(threads.stream().allMatch(Thread::isDaemon));
    }

    @Test
    void aFailingTaskFailsTheCall() {
        ConvPool pool = new ConvPool(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.parallelFor(10, i -> {
            if (i == 7) {
                throw new IllegalStateException("task 7");
            }
        }));
        assertEquals("task 7", e.getMessage());
        // The pool still works afterwards.
        AtomicIntegerArray runs = new AtomicIntegerArray(5);
        pool.parallelFor(5, runs::incrementAndGet);
        assertEquals(1, runs.get(4));
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsInterrupt() {
        SplittableRandom random = new SplittableRandom(2);
        Volume volume = RandomConv.volume(random, 16, 128, 128, 3);
        KernelBank bank = RandomConv.bank(random, 8, Axis3.all(5), 3, false);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Conv3d.apply(volume, bank, ConvSpec.VALID));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
        // The next call is unaffected.
        assertEquals(8, Conv3d.apply(volume, bank, ConvSpec.VALID).kernels());
    }
}
