package app.conv3d.ui;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Typing into a whole-number spinner: only digits get into its field, and an empty field keeps the value it had.
 * JavaFX's own converter throws NumberFormatException out of the key handler for anything else ("x0-" + Enter).
 */
public final class WholeNumberEntry {
    private WholeNumberEntry() {
    }

    /** Makes {@code spinner} editable, taking digits only. */
    public static void install(Spinner<Integer> spinner) {
        SpinnerValueFactory<Integer> values = spinner.getValueFactory();
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : text.strip();
                return digits.isEmpty() ? values.getValue() : Integer.valueOf(digits);
            }
        });
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().strip().matches("\\d{0,9}") ? change : null));
        spinner.setEditable(true);
    }
}
