package app.conv3d.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LatestWinsTest {
    /** An executor that runs nothing until told to: lets the test decide what overlaps. */
    private final Queue<Runnable> backgroundQueue = new ArrayDeque<>();
    private final List<String> ran = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final LatestWins<String> wins = new LatestWins<>(backgroundQueue::add, Runnable::run);

    private void submit(String name) {
        wins.submit(() -> {
            ran.add(name);
            return name;
        }, delivered::add, e -> delivered.add("failed " + e.getMessage()));
    }

    @Test
    void jobsSubmittedWhileOneIsQueuedCollapseIntoTheNewest() {
        submit("a");
        submit("b");
        submit("c");
        assertTrue(wins.busy());
        assertEquals(1, backgroundQueue.size(), "one worker, not three");
        backgroundQueue.poll().run();
        assertEquals(List.of("c"), ran);
        assertEquals(List.of("c"), delivered);
        assertFalse(wins.busy());
    }

    @Test
    void aResultOvertakenByANewerRequestIsDropped() {
        List<Runnable> inFlight = new ArrayList<>();
        LatestWins<String> slow = new LatestWins<>(inFlight::add, Runnable::run);
        slow.submit(() -> {
            // while "old" computes, the user asks for "new"
            slow.submit(() -> "new", delivered::add, e -> { });
            return "old";
        }, delivered::add, e -> { });
        inFlight.get(0).run();
        assertEquals(List.of("new"), delivered);
        assertEquals(1, inFlight.size(), "the newer job ran on the same worker");
    }

    @Test
    void aJobForAWorkerThatWasShutDownIsDroppedNotThrown() {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        worker.shutdown();
        LatestWins<String> closing = new LatestWins<>(worker, Runnable::run);
        closing.submit(() -> "late", delivered::add, e -> delivered.add("failed"));
        assertFalse(closing.busy());
        assertEquals(List.of(), delivered);
    }

    @Test
    void failuresAreDeliveredNotThrown() {
        wins.submit(() -> {
            throw new IllegalStateException("boom");
        }, delivered::add, e -> delivered.add("failed " + e.getMessage()));
        backgroundQueue.poll().run();
        assertEquals(List.of("failed boom"), delivered);
        assertFalse(wins.busy());
    }

    private void submitInSteps(String name) {
        wins.submit(() -> {
            ran.add(name + " first");
            return name + " first";
        }, delivered::add, first -> {
            ran.add(name + " then");
            return name;
        }, delivered::add, e -> delivered.add("failed " + e.getMessage()));
    }

    @Test
    void aJobInTwoStepsDeliversItsFirstAnswerThenItsResult() {
        submitInSteps("a");
        backgroundQueue.poll().run();
        assertEquals(List.of("a first", "a"), delivered);
        assertFalse(wins.busy());
    }

    @Test
    void aNewerJobBetweenTheStepsSkipsTheSecondStep() {
        List<Runnable> inFlight = new ArrayList<>();
        LatestWins<String> slow = new LatestWins<>(inFlight::add, Runnable::run);
        slow.submit(() -> "old first", first -> {
            delivered.add(first);
            // the teacher drags on while the first answer is shown
            slow.submit(() -> "new first", delivered::add, f -> "new", delivered::add, e -> { });
        }, first -> {
            ran.add("old then");
            return "old";
        }, delivered::add, e -> { });
        inFlight.get(0).run();
        assertEquals(List.of(), ran, "the old job's second step never ran");
        assertEquals(List.of("old first", "new first", "new"), delivered);
    }

    @Test
    void aFailureInTheSecondStepIsDelivered() {
        wins.submit(() -> "first", delivered::add, first -> {
            throw new IllegalStateException("boom");
        }, delivered::add, e -> delivered.add("failed " + e.getMessage()));
        backgroundQueue.poll().run();
        assertEquals(List.of("first", "failed boom"), delivered);
    }
}
