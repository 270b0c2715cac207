package app.conv3d.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDiscoverySupport;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A webcam-capture driver for tests: its devices are {@link SyntheticDevice}s that can be unplugged, and
 * discovery itself can be made to fail or hang. Scans every 50 ms, so webcam-capture notices unplugging fast.
 */
final class SyntheticDriver implements WebcamDriver, WebcamDiscoverySupport {
    final List<WebcamDevice> devices = new CopyOnWriteArrayList<>();
    volatile Error discoveryError;
    volatile CountDownLatch discoveryGate;
    private final boolean threadSafe;

    SyntheticDriver(boolean threadSafe, SyntheticDevice... devices) {
        this.threadSafe = threadSafe;
        for (SyntheticDevice d : devices) {
            d.driver = this;
            this.devices.add(d);
        }
    }

    @Override
    public List<WebcamDevice> getDevices() {
        if (discoveryError != null) {
            throw discoveryError;
        }
        CountDownLatch gate = discoveryGate;
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.copyOf(devices);
    }

    @Override
    public boolean isThreadSafe() {
        return threadSafe;
    }

    @Override
    public long getScanInterval() {
        return 50;
    }

    @Override
    public boolean isScanPossible() {
        return true;
    }

    @Override
    public String toString() {
        return "synthetic";
    }
}
