package app.conv3d.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDiscoverySupport;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.ArrayList;
import java.util.List;

/**
 * Tries drivers in order and keeps the first that loads and finds a camera, so a machine without the
 * default driver's native library still works through the native driver. Reports itself not thread-safe
 * so webcam-capture serialises calls, which every driver tolerates; scans for unplugged cameras the way the
 * chosen driver does.
 */
final class FallbackDriver implements WebcamDriver, WebcamDiscoverySupport {
    private final List<CameraDriver.Candidate> candidates;
    private WebcamDriver chosen;
    private final List<String> failures = new ArrayList<>();

    FallbackDriver(CameraDriver.Candidate... candidates) {
        this.candidates = List.of(candidates);
    }

    @Override
    public synchronized List<WebcamDevice> getDevices() {
        if (chosen != null) {
            return chosen.getDevices();
        }
        failures.clear();
        LinkageError lastLinkError = null;
        for (CameraDriver.Candidate candidate : candidates) {
            try {
                WebcamDriver driver = candidate.factory().get();
                List<WebcamDevice> devices = driver.getDevices();
                if (!devices.isEmpty()) {
                    chosen = driver;
                    return devices;
                }
            } catch (LinkageError e) {
                // a missing native library: note it and try the next driver
                lastLinkError = e;
                failures.add(candidate.name() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failures.add(candidate.name() + ": " + e.getMessage());
            }
        }
        if (lastLinkError != null && failures.size() == candidates.size()) {
            throw lastLinkError; // no driver could even load: that is the message the user needs
        }
        return List.of();
    }

    @Override
    public synchronized long getScanInterval() {
        return chosen instanceof WebcamDiscoverySupport s ? s.getScanInterval() : DEFAULT_SCAN_INTERVAL;
    }

    /** Asked when webcam-capture starts scanning, after the first discovery has chosen a driver. */
    @Override
    public synchronized boolean isScanPossible() {
        return chosen instanceof WebcamDiscoverySupport s && s.isScanPossible();
    }

    @Override
    public boolean isThreadSafe() {
        return false;
    }

    @Override
    public String toString() {
        return "auto";
    }
}
