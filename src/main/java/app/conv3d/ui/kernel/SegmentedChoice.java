package app.conv3d.ui.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * A row of joined toggle buttons of which exactly one is on, like a radio group a class can see from afar.
 * {@link #show} sets the shown choice without reporting it, so a view can follow its model without echoing back.
 */
final class SegmentedChoice<T> extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();
    private boolean showing;

    SegmentedChoice(String id, List<T> items, Function<T, String> text, Consumer<T> chosen) {
        setId(id);
        getStyleClass().add("segmented");
        for (T item : items) {
            ToggleButton b = new ToggleButton(text.apply(item));
            b.setId(id + "-" + items.indexOf(item));
            b.setToggleGroup(group);
            b.setUserData(item);
            b.setFocusTraversable(false);
            buttons.put(item, b);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // Clicking the chosen button again must not leave nothing chosen.
                if (old != null) {
                    group.selectToggle(old);
                }
                return;
            }
            if (!showing) {
                @SuppressWarnings("unchecked")
                T item = (T) now.getUserData();
                chosen.accept(item);
            }
        });
    }

    /** Shows {@code item} as chosen without reporting it. */
    void show(T item) {
        showing = true;
        try {
            ToggleButton b = buttons.get(item);
            if (b != null && !b.isSelected()) {
                b.setSelected(true);
            }
        } finally {
            showing = false;
        }
    }

    ToggleButton button(T item) {
        return buttons.get(item);
    }
}
