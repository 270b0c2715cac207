package app.conv3d.ui.capture;

import app.conv3d.capture.CameraDriver;
import app.conv3d.capture.CaptureTimeouts;
import app.conv3d.capture.RecordingPlan;
import app.conv3d.core.Volume;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.settings.UserSettings;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.collections.ListChangeListener;

/**
 * Record your own clip: pick a camera, watch the live preview (cropped as the lesson will use it), choose
 * how many frames and how far apart, press Record (or Space), count down 3-2-1, check the filmstrip, then
 * Use or Retake. Nothing changes in the lesson unless the teacher presses Use.
 */
public final class CaptureDialog {
    /**
     * Said where the class can read it before anyone steps in front of the camera; true because the app's code
     * opens no network connection (ArchitectureTest's rule against sockets, URL connections and HTTP clients).
     */
    private static final double PREVIEW_SIDE = 384;
    /** The part of the teacher's settings that remembers the camera last recorded with. */
    public static final String SETTINGS_PART = "capture";

    private final CaptureSession session;
    private final Stage stage;
    private CameraPreviewView preview;
    private Volume chosen;

    private CaptureDialog(Window owner, CaptureSession session) {
        this.session = session;
        this.stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.text("capture.title"));
        stage.setScene(new Scene(layout(), 760, 640));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && session.phase() == CaptureSession.Phase.PREVIEW) {
                session.record();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> session.close());
    }

    /** Shows the dialog for a 256x256 lesson and waits; the recorded clip if the teacher pressed Use. */
    public static Optional<Volume> show(Window owner) {
        return show(owner, 256, 256);
    }

    /** Shows the dialog and waits (call on the FX thread); the clip at the lesson's size if Use was pressed. */
    public static Optional<Volume> show(Window owner, int height, int width) {
        return show(owner, height, width, UserSettings.none());
    }

    /** As above, starting with the camera last recorded with in {@code settings} (and remembering the next). */
    public static Optional<Volume> show(Window owner, int height, int width, UserSettings settings) {
        CaptureSession session = new CaptureSession(height, width, CameraDriver.fromSetting(), CaptureTimeouts.DEFAULT,
                Platform::runLater);
        session.remember(settings.part(SETTINGS_PART));
        return show(owner, session, Messages.text("capture.title"));
    }

    /**
     * Shows the dialog around {@code session} under {@code title} and waits (FX thread): a caller with its own
     * cameras or frame count (recording a training class). The clip if Use was pressed.
     */
    public static Optional<Volume> show(Window owner, CaptureSession session, String title) {
        CaptureDialog dialog = open(owner, session);
        dialog.stage.setTitle(title);
        dialog.stage.showAndWait();
        return Optional.ofNullable(dialog.chosen);
    }

    /** Builds the dialog around {@code session} and starts it, without showing (tests show it themselves). */
    static CaptureDialog open(Window owner, CaptureSession session) {
        CaptureDialog dialog = new CaptureDialog(owner, session);
        session.start(null);
        return dialog;
    }

    Stage stage() {
        return stage;
    }

    /** The live picture as the dialog shows it. */
    WritableImage preview() {
        return preview.picture();
    }

    Optional<Volume> chosen() {
        return Optional.ofNullable(chosen);
    }

    private BorderPane layout() {
        ComboBox<String> cameras = new ComboBox<>(session.cameras());
        cameras.setId("camera-list");
        cameras.setPrefWidth(320);
        session.cameraProperty().addListener((obs, old, now) -> cameras.getSelectionModel().select(now));
        cameras.setOnAction(e -> session.selectCamera(cameras.getValue()));
        Label cameraLabel = new Label(Messages.text("capture.camera"));
        cameraLabel.setLabelFor(cameras);
        HBox cameraRow = new HBox(10, cameraLabel, cameras);
        cameraRow.setAlignment(Pos.CENTER_LEFT);
        Label privacy = new Label(Messages.text("capture.privacy"));
        privacy.setId("privacy");
        privacy.setWrapText(true);
        privacy.setStyle("-fx-font-weight: bold;");
        VBox top = new VBox(8, cameraRow, privacy);

        preview = new CameraPreviewView(session.preview(), PREVIEW_SIDE);
        Label countdown = new Label();
        countdown.setId("countdown");
        countdown.setStyle("-fx-font-size: 120px; -fx-font-weight: bold; -fx-text-fill: white;"
                + " -fx-effect: dropshadow(gaussian, black, 12, 0.5, 0, 0);");
        countdown.textProperty().bind(Bindings.createStringBinding(() -> {
            int left = session.countdownProperty().get();
            return session.phase() == CaptureSession.Phase.COUNTDOWN && left > 0 ? Integer.toString(left) : "";
        }, session.countdownProperty(), session.phaseProperty()));
        Label rec = new Label(Messages.text("capture.rec"));
        rec.setStyle("-fx-font-size: 22px; -fx-text-fill: #e53935; -fx-font-weight: bold;");
        rec.visibleProperty().bind(session.phaseProperty().isEqualTo(CaptureSession.Phase.RECORDING));
        StackPane.setAlignment(rec, Pos.TOP_LEFT);
        StackPane.setMargin(rec, new Insets(8));
        StackPane screen = new StackPane(preview, countdown, rec);
        screen.setStyle("-fx-background-color: #202020;");
        screen.setMinSize(PREVIEW_SIDE, PREVIEW_SIDE);

        Spinner<Integer> frames = new Spinner<>(2, RecordingPlan.MAX_FRAMES, session.framesProperty().get());
        frames.setId("frames");
        app.conv3d.ui.WholeNumberEntry.install(frames);
        frames.valueProperty().addListener((obs, old, now) -> session.setFrames(now));
        Spinner<Integer> interval = new Spinner<>(20, (int) RecordingPlan.MAX_INTERVAL.toMillis(),
                session.intervalMillisProperty().get(), 10);
        interval.setId("interval");
        app.conv3d.ui.WholeNumberEntry.install(interval);
        interval.valueProperty().addListener((obs, old, now) -> session.setIntervalMillis(now));
        VBox settings = new VBox(8, new Label(Messages.text("capture.frames")), frames, new Label(Messages.text("capture.interval")), interval);
        settings.setPrefWidth(180);

        HBox centre = new HBox(16, screen, settings);
        HBox.setHgrow(screen, Priority.ALWAYS);

        HBox strip = new HBox(4);
        strip.setId("filmstrip");
        session.filmstrip().addListener((ListChangeListener<ArgbPicture>) change -> {
            strip.getChildren().clear();
            for (ArgbPicture p : session.filmstrip()) {
                WritableImage thumb = new WritableImage(p.width(), p.height());
                CameraPreviewView.paint(thumb, p);
                strip.getChildren().add(new ImageView(thumb));
            }
        });
        ScrollPane filmstrip = new ScrollPane(strip);
        filmstrip.setPrefHeight(86);
        filmstrip.setFitToHeight(true);

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(session.statusProperty());
        status.styleProperty().bind(Bindings.when(session.phaseProperty().isEqualTo(CaptureSession.Phase.FAILED))
                .then("-fx-text-fill: #c62828; -fx-font-weight: bold;").otherwise(""));

        Button record = new Button(Messages.text("capture.record"));
        record.setId("record");
        record.defaultButtonProperty().bind(session.phaseProperty().isEqualTo(CaptureSession.Phase.PREVIEW));
        record.disableProperty().bind(session.phaseProperty().isNotEqualTo(CaptureSession.Phase.PREVIEW));
        record.setOnAction(e -> session.record());
        Button retake = new Button(Messages.text("capture.retake"));
        retake.setId("retake");
        retake.disableProperty().bind(session.phaseProperty().isEqualTo(CaptureSession.Phase.OPENING)
                .or(session.phaseProperty().isEqualTo(CaptureSession.Phase.PREVIEW)));
        retake.setOnAction(e -> session.retake());
        Button use = new Button(Messages.text("capture.use"));
        use.setId("use");
        use.disableProperty().bind(session.phaseProperty().isNotEqualTo(CaptureSession.Phase.REVIEW));
        use.defaultButtonProperty().bind(session.phaseProperty().isEqualTo(CaptureSession.Phase.REVIEW));
        use.setOnAction(e -> {
            chosen = session.clip().orElse(null);
            stage.close();
        });
        Button cancel = new Button(Messages.text("capture.cancel"));
        cancel.setId("cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : new Button[] {record, retake, use, cancel}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // a long status wraps; the buttons keep their words
        }
        HBox buttons = new HBox(10, status, spacer, record, retake, use, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.SOMETIMES);

        VBox bottom = new VBox(10, filmstrip, buttons);
        BorderPane root = new BorderPane(centre, top, null, bottom, null);
        root.setPadding(new Insets(16));
        BorderPane.setMargin(centre, new Insets(12, 0, 12, 0));
        root.setStyle("-fx-font-size: 16px;");
        return root;
    }
}
