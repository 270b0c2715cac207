package app.conv3d.ui.walkthrough;

import app.conv3d.core.Axis3;
import app.conv3d.core.StepSize;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.Speed;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Play, step, speed, step size, a scrubber over every output position, and reset. */
public final class WalkthroughControls extends VBox {
    private final Lesson lesson;
    private final Slider scrubber = new Slider(0, 1, 0);
    private final Label positionLabel = new Label();
    private boolean updatingScrubber;

    public WalkthroughControls(Lesson lesson) {
        this.lesson = lesson;
        setId("walkthroughControls");
        getStyleClass().add("walkthrough-controls");

        Button reset = button("resetButton", Messages.text("walk.reset"), Messages.text("walk.reset.tip"), lesson::reset);
        Button back = button("stepBack", Messages.text("walk.back"), Messages.text("walk.back.tip"), () -> lesson.step(-1));
        Button play = button("playButton", Messages.text("walk.play"), Messages.text("walk.play.tip"), lesson::togglePlay);
        play.getStyleClass().add("primary");
        Button forward = button("stepForward", Messages.text("walk.forward"), Messages.text("walk.forward.tip"), () -> lesson.step(1));
        back.disableProperty().bind(lesson.playingProperty());
        forward.disableProperty().bind(lesson.playingProperty());
        lesson.playingProperty().addListener((obs, old, now) -> play.setText(Messages.text(now ? "walk.pause" : "walk.play")));

        ChoiceBox<Speed> speed = new ChoiceBox<>();
        speed.setId("speedChoice");
        speed.setFocusTraversable(false);
        speed.getItems().setAll(Speed.values());
        speed.setValue(lesson.speedProperty().get());
        speed.setOnAction(e -> lesson.setSpeed(speed.getValue()));
        lesson.speedProperty().addListener((obs, old, now) -> speed.setValue(now)); // the menu, an opened lesson
        ChoiceBox<StepSize> step = new ChoiceBox<>();
        step.setId("stepSizeChoice");
        step.setFocusTraversable(false);
        step.getItems().setAll(StepSize.values());
        step.setConverter(new StringConverter<>() {
            @Override
            public String toString(StepSize s) {
                return s == null ? "" : CoreNames.stepSize(s);
            }

            @Override
            public StepSize fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        step.setValue(lesson.stepSizeProperty().get());
        step.setOnAction(e -> lesson.setStepSize(step.getValue()));
        lesson.stepSizeProperty().addListener((obs, old, now) -> step.setValue(now));
        // a pace in time moves position by position, as many a frame as the time needs: no step size to choose
        step.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> lesson.speedProperty().get().timed(), lesson.speedProperty()));

        scrubber.setId("scrubber");
        scrubber.setFocusTraversable(false);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.valueProperty().addListener((obs, old, now) -> {
            if (!updatingScrubber) {
                lesson.pause();
                lesson.moveTo((int) Math.round(now.doubleValue()));
            }
        });
        positionLabel.setId("positionLabel");
        positionLabel.getStyleClass().add("position-label");

        // At a large text size on a small screen the row wraps rather than pushing the window wider than the screen.
        FlowPane buttons = new FlowPane(10, 8, reset, back, play, forward, labelled(Messages.text("walk.speed"), speed),
                labelled(Messages.text("walk.step"), step));
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox scrub = new HBox(12, scrubber, positionLabel);
        scrub.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, scrub);
        setSpacing(8);

        lesson.positionProperty().addListener((obs, old, now) -> refresh());
        lesson.positionCountProperty().addListener((obs, old, now) -> refresh());
        lesson.computedProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private static HBox labelled(String text, ChoiceBox<?> choice) {
        Label label = new Label(text);
        label.setLabelFor(choice);
        HBox box = new HBox(10, label, choice);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false); // keys go to the walkthrough, not to whichever button was clicked last
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh() {
        int count = lesson.positionCountProperty().get();
        int index = lesson.positionProperty().get();
        updatingScrubber = true;
        scrubber.setMax(Math.max(1, count - 1));
        scrubber.setValue(index);
        scrubber.setBlockIncrement(Math.max(1, count / 100.0));
        updatingScrubber = false;
        Axis3 p = lesson.positions().at(index);
        positionLabel.setText(Messages.text("walk.position", Messages.count(index + 1L), Messages.count(count), p.t(), p.h(), p.w()));
    }
}
