package app.conv3d.ui.kernel;

import java.util.function.IntPredicate;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;

/**
 * A spinner for one axis of one geometry setting. Every value the user steps to goes to the model first; a value
 * the model refuses springs back at once (the model says why), so the spinner never shows a geometry that is not
 * in use. Not editable: arrows and the Up/Down keys only, so no text can be half-typed or malformed.
 */
final class AxisSpinner extends Spinner<Integer> {
    private final SpinnerValueFactory.IntegerSpinnerValueFactory values;
    private final Tooltip tip = new Tooltip();
    private boolean showing;

    AxisSpinner(String id, int min, int max, IntPredicate apply) {
        this.values = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min);
        setValueFactory(values);
        setId(id);
        setEditable(false);
        getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        setTooltip(tip);
        values.valueProperty().addListener((obs, old, now) -> {
            if (showing || now == null || now.equals(old)) {
                return;
            }
            if (!apply.test(now)) {
                show(old);
            }
        });
    }

    /** Shows the model's value without applying it; widens the range for a loaded kernel beyond the lab's own. */
    void show(int value) {
        showing = true;
        try {
            if (value > values.getMax()) {
                values.setMax(value);
            }
            values.setValue(value);
        } finally {
            showing = false;
        }
    }

    void explain(String text) {
        tip.setText(text);
    }
}
