package app.conv3d.cli;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.Cameras;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.Recorder;
import app.conv3d.capture.Recording;
import app.conv3d.capture.RecordingListener;
import app.conv3d.capture.RecordingPlan;
import app.conv3d.capture.RecordingTask;
import app.conv3d.capture.WebcamSource;
import app.conv3d.io.ClipFolder;
import app.conv3d.io.ClipWriter;
import app.conv3d.io.OutputTransaction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code capture --out DIR}: records a clip from a camera into frame1.png ... frameN.png (io's clip layout,
 * written atomically, older extra frames removed). The folder is checked before recording, and the
 * frames appear all together or, when writing fails, not at all (the old clip stays whole).
 */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = "Record a clip from a camera into DIR/frame1.png ... frameN.png.")
final class CaptureCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the frames (created if missing).")
    Path out;

    @Option(names = "--frames", defaultValue = "16", description = "Frames to record (default ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--interval-ms", defaultValue = "120", description = "Milliseconds between frames (default ${DEFAULT-VALUE}).")
    long intervalMillis;

    @Option(names = "--countdown", defaultValue = "3", description = "Seconds of countdown before recording (default ${DEFAULT-VALUE}).")
    int countdown;

    @Option(names = "--camera", paramLabel = "NAME",
            description = "Camera name or a unique part of it; 'test-pattern' is the built-in virtual camera. Default: the first camera.")
    String camera;

    @Option(names = "--driver", paramLabel = "DRIVER",
            description = "Camera driver: auto, default, native or test-pattern (default: the conv3d.camera.driver setting, else auto).")
    String driver;

    @Override
    public Integer call() throws Exception {
        RecordingPlan plan = new RecordingPlan(frames, Duration.ofMillis(intervalMillis), countdown, Duration.ofSeconds(1));
        ClipFolder.checkWritable(out); // before the recording, which the user would lose
        CameraDriver chosen = driver == null ? CameraDriver.fromSetting() : CameraDriver.parse(driver);
        PrintWriter stdout = spec.commandLine().getOut();
        Recording recording;
        try (WebcamSource source = Cameras.open(chosen, camera, CaptureTimeouts.DEFAULT)) {
            stdout.println("camera: " + source.name());
            stdout.flush();
            RecordingTask task = Recorder.start(source, plan, new RecordingListener() {
                @Override
                public void countdown(int left) {
                    stdout.println(left > 0 ? left + "..." : "recording " + frames + " frames");
                    stdout.flush();
                }
            });
            // the recorder reports every failure itself within its timeouts; this bound is a last resort
            long bound = countdown * 1000L + frames * (intervalMillis + CaptureTimeouts.DEFAULT.grab().toMillis()) + 10_000;
            try {
                recording = task.await(bound);
            } finally {
                task.cancel();
            }
        }
        // frames at the camera's own size: the lesson crops and resizes when it loads the folder
        try (OutputTransaction tx = OutputTransaction.begin()) {
            ClipWriter.write(out, recording.toCameraSizeVolume());
            tx.commit();
        }
        stdout.println("wrote " + recording.size() + " frames to " + out);
        stdout.flush();
        return 0;
    }
}
