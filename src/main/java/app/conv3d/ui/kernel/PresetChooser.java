package app.conv3d.ui.kernel;

import app.conv3d.core.KernelPreset;
import app.conv3d.ui.i18n.CoreNames;
import app.conv3d.ui.i18n.Messages;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The preset list with the chosen preset's sentence to read aloud, and the random kernel's seed and std. */
final class PresetChooser extends VBox {
    private final ComboBox<KernelPreset> choice = new ComboBox<>();
    private boolean showing;

    PresetChooser(PresetModel lab) {
        setSpacing(8);
        choice.setId("presetChoice");
        choice.getItems().setAll(KernelPreset.values());
        choice.setVisibleRowCount(KernelPreset.values().length);
        choice.setCellFactory(list -> new PresetCell(null));
        choice.setButtonCell(new PresetCell(Messages.text("lab.preset.edited")));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setTooltip(new Tooltip(Messages.text("lab.preset.tip")));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                lab.choosePreset(now);
            }
        });

        Label explanation = new Label();
        explanation.setId("presetExplanation");
        explanation.getStyleClass().add("explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TextField seed = numberField("seedField", 110, Messages.text("lab.preset.seed.tip"), lab::setSeedText);
        TextField std = numberField("stdField", 90, Messages.text("lab.preset.std.tip"), lab::setStdText);
        HBox random = new HBox(8, new Label(Messages.text("lab.preset.seed")), seed, new Label(Messages.text("lab.preset.std")), std);
        random.setId("randomParameters");
        random.setAlignment(Pos.CENTER_LEFT);
        random.managedProperty().bind(random.visibleProperty());

        getChildren().addAll(choice, explanation, random);

        Runnable refresh = () -> {
            KernelPreset p = lab.presetProperty().get();
            showing = true;
            try {
                choice.setValue(p);
            } finally {
                showing = false;
            }
            explanation.setText(p == null ? Messages.text("lab.preset.edited.note") : CoreNames.explanation(p));
            random.setVisible(p == KernelPreset.RANDOM);
            seed.setText(Long.toString(lab.seedProperty().get()));
            std.setText(Double.toString(lab.stdProperty().get()));
        };
        lab.presetProperty().addListener((obs, old, now) -> refresh.run());
        lab.seedProperty().addListener((obs, old, now) -> refresh.run());
        lab.stdProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
    }

    /** A text field that hands its text to {@code apply} on Enter or when left; refused text is put back. */
    private TextField numberField(String id, double width, String help, Predicate<String> apply) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setPrefWidth(width);
        field.setTooltip(new Tooltip(help));
        String[] shown = new String[1];
        field.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                shown[0] = field.getText();
            } else if (!field.getText().equals(shown[0])) {
                commit(field, apply);
            }
        });
        field.setOnAction(e -> {
            commit(field, apply);
            shown[0] = field.getText();
        });
        return field;
    }

    private void commit(TextField field, Predicate<String> apply) {
        String typed = field.getText();
        if (!apply.test(typed)) {
            field.selectAll();
        }
    }

    /** A preset by its display name; {@code none} is what an empty button shows. */
    private static final class PresetCell extends ListCell<KernelPreset> {
        private final String none;

        PresetCell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(KernelPreset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? none : CoreNames.preset(item));
        }
    }
}
