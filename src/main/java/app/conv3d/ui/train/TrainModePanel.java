package app.conv3d.ui.train;

import app.conv3d.ui.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** What the Train mode's four watching panels share: the panel's look, a title, and a note under it that wraps. */
final class TrainModePanel {
    private TrainModePanel() {
    }

    /** Dresses {@code panel} as one of the Train mode's panels and returns its title. */
    static Label dress(Region panel, String id, String titleKey) {
        panel.setId(id);
        panel.getStyleClass().addAll("panel", "train-panel");
        Label title = new Label(Messages.text(titleKey));
        title.getStyleClass().add("panel-title");
        return title;
    }

    /** A note under the panel's picture: it wraps and is never cut to an ellipsis. */
    static Label caption() {
        Label caption = new Label();
        caption.getStyleClass().add("note");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        return caption;
    }
}
