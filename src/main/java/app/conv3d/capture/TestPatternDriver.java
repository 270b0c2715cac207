package app.conv3d.capture;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.util.List;

/** The webcam-capture driver that offers one camera, the virtual {@link TestPatternDevice}. */
public final class TestPatternDriver implements WebcamDriver {
    private final List<WebcamDevice> devices;

    public TestPatternDriver() {
        this(new TestPatternDevice());
    }

    public TestPatternDriver(TestPatternDevice device) {
        this.devices = List.of(device);
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return devices;
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    @Override
    public String toString() {
        return "test pattern";
    }
}
