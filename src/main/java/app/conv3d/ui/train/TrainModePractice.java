package app.conv3d.ui.train;

import java.util.Objects;
import java.util.function.Consumer;
import app.conv3d.core.Axis3;
import app.conv3d.ui.i18n.Messages;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Practice gestures": N synthetic clips per class of wave right, wave left and still at the lesson's training size,
 * so a lesson can be rehearsed, or taught, without a camera. The class's own clips (the training-set pane) take this
 * place in the data column when there are some.
 */
final class TrainModePractice extends VBox {
    static final String ID = "trainPractice";
    static final String MAKE_ID = "trainPracticeMake";
    static final String COUNT_ID = "trainPracticeCount";
    /** Every practice set starts from this seed: the same set in every rehearsal. */
    private static final long SEED = 7;

    private final Spinner<Integer> perClass = new Spinner<>(2, TrainRunPractice.MAX_PER_CLASS,
            TrainRunPractice.DEFAULT_PER_CLASS);

    private Consumer<TrainRunData> use;

    TrainModePractice(TrainRunModel model, Supplier<Axis3> lessonSize) {
        setId(ID);
        getStyleClass().add("panel");
        Label title = new Label(Messages.text("train.practice.title"));
        title.getStyleClass().add("panel-title");
        Label how = new Label(Messages.text("train.practice.how"));
        how.getStyleClass().add("note");
        how.setWrapText(true);
        perClass.setId(COUNT_ID);
        perClass.setPrefWidth(90);
        perClass.setFocusTraversable(false);
        Label perClassLabel = new Label(Messages.text("train.practice.perClass"));
        perClassLabel.setLabelFor(perClass);
        Button make = new Button(Messages.text("train.practice.make"));
        make.setId(MAKE_ID);
        make.setFocusTraversable(false);
        make.setTooltip(new Tooltip(Messages.text("train.practice.make.tip")));
        use = model::setData;
        make.setOnAction(e -> use(TrainRunPractice.make(perClass.getValue(),
                TrainRunPractice.clipSize(lessonSize.get()), SEED)));
        make.disableProperty().bind(model.trainingProperty());
        HBox count = new HBox(8, perClassLabel, perClass);
        count.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, how, count, make);
    }

    /** Where made practice clips go: the run itself, or the class's training set when the window shows one. */
    void onMake(Consumer<TrainRunData> target) {
        use = Objects.requireNonNull(target);
    }

    void use(TrainRunData data) {
        use.accept(data);
    }

    /** Makes the practice set as the button would (the Train mode opens with one, ready to train). */
    static TrainRunData initial(Axis3 lessonSize) {
        return TrainRunPractice.make(TrainRunPractice.DEFAULT_PER_CLASS, TrainRunPractice.clipSize(lessonSize), SEED);
    }
}
