package app.conv3d.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FallbackDriverTest {

    private static CameraDriver.Candidate missingLibrary(String name) {
        return new CameraDriver.Candidate(name, () -> {
            throw new UnsatisfiedLinkError("lib" + name + ".so: cannot open shared object file");
        });
    }

    private static CameraDriver.Candidate finding(String name, SyntheticDevice... devices) {
        return new CameraDriver.Candidate(name, () -> new SyntheticDriver(true, devices));
    }

    @Test
    void aDriverWhoseLibraryIsMissingFallsBackToTheNext() {
        FallbackDriver driver = new FallbackDriver(missingLibrary("v4l"), finding("native", SyntheticDevice.healthy("cam")));
        List<WebcamDevice> devices = driver.getDevices();
        assertEquals(1, devices.size());
        assertEquals("cam", devices.get(0).getName());
        assertTrue(driver.isScanPossible(), "scans like the driver it chose");
    }

    @Test
    void aDriverThatFindsNothingFallsBackToTheNext() {
        FallbackDriver driver = new FallbackDriver(finding("default"), finding("native", SyntheticDevice.healthy("cam")));
        assertEquals(1, driver.getDevices().size());
    }

    @Test
    void theChosenDriverIsKept() {
        AtomicInteger made = new AtomicInteger();
        FallbackDriver driver = new FallbackDriver(new CameraDriver.Candidate("default", () -> {
            made.incrementAndGet();
            return new SyntheticDriver(true, SyntheticDevice.healthy("cam"));
        }));
        driver.getDevices();
        driver.getDevices();
        assertEquals(1, made.get());
    }

    @Test
    void whenNoDriverLoadsTheLinkErrorComesThrough() {
        FallbackDriver driver = new FallbackDriver(missingLibrary("v4l"), missingLibrary("cnokhwa"));
        assertThrows(LinkageError.class, driver::getDevices);
        assertFalse(driver.isScanPossible());
    }

    @Test
    void noCamerasAnywhereIsAnEmptyList() {
        WebcamDriver driver = new FallbackDriver(finding("default"), missingLibrary("cnokhwa"));
        assertTrue(driver.getDevices().isEmpty());
    }
}
