package app.conv3d.ui.train;

import app.conv3d.core.Volume;
import app.conv3d.ui.FxImages;
import app.conv3d.ui.features.PixelCanvas;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One class of the training set: a line with its name (typed in place), how many clips, Record, the mirror tick with
 * its partner and a button that removes the class; under it a strip of its clips (each as its {@link PosterFrame},
 * enlarged crisply, with a remove button). It shows class {@code index} of the model and forwards gestures to it.
 */
final class ClassRow extends VBox {
    private final TrainingSetModel model;
    private final TextField name = new TextField();
    private final Label count = new Label();
    private final Button record = new Button(Messages.text("trainingSet.record"));
    private final CheckBox mirror = new CheckBox(Messages.text("trainingSet.mirrorPair"));
    private final Label partner = new Label();
    private final Button removeClass = new Button(Messages.text("trainingSet.removeClass"));
    private final HBox strip = new HBox();
    private final Label empty = new Label(Messages.text("trainingSet.noClips"));
    /** The clips the strip shows; null before the first. */
    private List<Volume> shown;
    private int index;

    ClassRow(TrainingSetModel model, IntConsumer recordAction) {
        this.model = model;
        getStyleClass().add("class-row");
        name.getStyleClass().add("class-name");
        name.textProperty().addListener((o, was, now) -> {
            if (index < model.classCount() && !now.equals(model.typedName(index))) {
                model.rename(index, now);
            }
        });
        count.getStyleClass().add("clip-count");
        record.getStyleClass().add("record-clip");
        record.setOnAction(e -> recordAction.accept(index));
        mirror.setOnAction(e -> model.setMirrorTicked(index, mirror.isSelected()));
        partner.getStyleClass().add("mirror-partner");
        removeClass.getStyleClass().add("remove-class");
        removeClass.setTooltip(new Tooltip(Messages.text("trainingSet.removeClass.tip")));
        removeClass.disableProperty().bind(model.canRemoveClassProperty().not());
        removeClass.setOnAction(e -> model.removeClass(index));
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {count, record, mirror, removeClass}) {
            r.setMinWidth(USE_PREF_SIZE); // the name field and the partner give way, never a button's word
        }
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(name, Priority.SOMETIMES);
        HBox top = new HBox(name, count, record, mirror, partner, spacer, removeClass);
        top.getStyleClass().add("class-top");
        top.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("clip-strip");
        strip.setAlignment(Pos.CENTER_LEFT);
        empty.getStyleClass().add("no-clips");
        ScrollPane scroll = new ScrollPane(strip);
        scroll.getStyleClass().add("clip-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        getChildren().addAll(top, scroll);
    }

    /** Shows class {@code i} as the model has it now. */
    void show(int i) {
        index = i;
        setId(TrainingSetPane.rowId(i));
        name.setId(TrainingSetPane.nameId(i));
        count.setId(TrainingSetPane.countId(i));
        record.setId(TrainingSetPane.recordId(i));
        mirror.setId(TrainingSetPane.mirrorId(i));
        removeClass.setId(TrainingSetPane.removeClassId(i));
        strip.setId(TrainingSetPane.stripId(i));
        if (!name.getText().equals(model.typedName(i))) {
            name.setText(model.typedName(i));
        }
        name.setPromptText(model.name(i));
        int n = model.clipCount(i);
        count.setText(Messages.text(n == 0 ? "trainingSet.clipCount.none" : n == 1 ? "trainingSet.clipCount.one"
                : "trainingSet.clipCount.many", n));
        mirror.setSelected(model.mirrorTicked(i));
        int p = model.mirrorPartner(i);
        partner.setText(p >= 0 ? Messages.text("trainingSet.mirrorOf", model.name(p))
                : model.mirrorTicked(i) ? Messages.text("trainingSet.mirrorAlone") : "");
        List<Volume> clips = model.clipsOf(i);
        if (!sameClips(clips)) {
            showClips(clips);
        } else {
            relabelClips();
        }
    }

    private boolean sameClips(List<Volume> clips) {
        if (shown == null || clips.size() != shown.size()) {
            return false;
        }
        for (int k = 0; k < clips.size(); k++) {
            if (clips.get(k) != shown.get(k)) {
                return false;
            }
        }
        return true;
    }

    private void showClips(List<Volume> clips) {
        shown = clips;
        List<StackPane> thumbs = new ArrayList<>();
        for (int k = 0; k < clips.size(); k++) {
            Volume clip = clips.get(k);
            PixelCanvas picture = new PixelCanvas(TrainingSetPane.clipId(index, k));
            picture.getStyleClass().add("clip-thumb");
            picture.setImage(FxImages.frame(clip, PosterFrame.of(clip)));
            Button remove = new Button(Messages.text("trainingSet.removeClip"));
            remove.getStyleClass().add("remove-clip");
            remove.setTooltip(new Tooltip(Messages.text("trainingSet.removeClip.tip")));
            StackPane thumb = new StackPane(picture, remove);
            StackPane.setAlignment(remove, Pos.TOP_RIGHT);
            thumbs.add(thumb);
        }
        strip.getChildren().setAll(thumbs);
        if (thumbs.isEmpty()) {
            strip.getChildren().add(empty);
        }
        relabelClips();
    }

    /** The thumbnails' ids follow the row's index, which changes when a class above is removed. */
    private void relabelClips() {
        for (int k = 0; k < shown.size(); k++) {
            StackPane thumb = (StackPane) strip.getChildren().get(k);
            thumb.getChildren().get(0).setId(TrainingSetPane.clipId(index, k));
            thumb.getChildren().get(1).setId(TrainingSetPane.removeClipId(index, k));
            int clipIndex = k;
            ((Button) thumb.getChildren().get(1)).setOnAction(e -> model.removeClip(index, clipIndex));
        }
    }
}
