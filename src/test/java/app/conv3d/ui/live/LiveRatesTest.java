package app.conv3d.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveRatesTest {
    private static final long MS = 1_000_000L;

    @Test
    void countsOverAboutASecondThenSaysBothRates() {
        LiveRates rates = new LiveRates();
        assertFalse(rates.sample(0, 100, 40));
        assertFalse(rates.sample(500 * MS, 115, 52), "half a second is too soon to say");
        assertEquals("camera \u2013 fps \u00b7 features \u2013 fps", LiveRates.describe(rates.camera(), rates.slices()));
        assertTrue(rates.sample(1000 * MS, 130, 65));
        assertEquals(30, rates.camera(), 1e-9);
        assertEquals(25, rates.slices(), 1e-9);
        assertEquals("camera 30 fps \u00b7 features 25 fps", LiveRates.describe(rates.camera(), rates.slices()));
    }

    @Test
    void aRestartForgetsTheTimeSpentPaused() {
        LiveRates rates = new LiveRates();
        rates.sample(0, 0, 0);
        rates.sample(1000 * MS, 30, 20);
        rates.restart();
        assertEquals(-1, rates.camera());
        assertFalse(rates.sample(60_000 * MS, 30, 20), "a minute frozen is no measure");
        assertTrue(rates.sample(61_000 * MS, 45, 30));
        assertEquals(15, rates.camera(), 1e-9);
        assertEquals(10, rates.slices(), 1e-9);
    }
}
