package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ExportProgressTest {
    @Test
    void partsMapOntoTheirShareOfTheWhole() {
        List<Double> seen = new ArrayList<>();
        ExportProgress p = ExportProgress.of(seen::add, () -> false);
        p.part(0, 0.2).step(1, 2);
        p.part(0.2, 1).step(1, 4);
        p.part(0.2, 1).part(0.5, 1).step(3, 3);
        p.step(7, 0);
        assertEquals(List.of(0.1, 0.4, 1.0, 1.0), seen.stream().map(d -> Math.round(d * 1e9) / 1e9).toList());
    }

    @Test
    void stepThrowsOnceCancelled() {
        AtomicBoolean stop = new AtomicBoolean();
        List<Double> seen = new ArrayList<>();
        ExportProgress p = ExportProgress.of(seen::add, stop::get);
        p.step(1, 3);
        stop.set(true);
        assertThrows(CancellationException.class, () -> p.step(2, 3));
        assertThrows(CancellationException.class, p::checkCancelled);
        assertEquals(List.of(1 / 3.0), seen);
    }

    @Test
    void partsMustLieWithinTheWhole() {
        assertThrows(IllegalArgumentException.class, () -> ExportProgress.NONE.part(0.5, 0.4));
        assertThrows(IllegalArgumentException.class, () -> ExportProgress.NONE.part(-0.1, 0.4));
    }
}
