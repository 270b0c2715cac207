package app.conv3d.ui.files;

import app.conv3d.ui.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/** {@link Asker} as a modal dialog over the window, dressed in the window's theme; Cancel is the default. */
public final class AlertAsker implements Asker {
    private final Window owner;

    public AlertAsker(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String question, String goAhead) {
        ButtonType yes = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.text("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, no);
        alert.setTitle(Messages.text("unsaved.title"));
        alert.setHeaderText(null);
        // the whole question, wrapped: the dialog's own content line is cut with an ellipsis
        Label text = new Label(question);
        text.setWrapText(true);
        text.setMaxWidth(Region.USE_PREF_SIZE);
        text.setPrefWidth(440);
        text.setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("unsavedChangesDialog");
        if (owner != null) {
            alert.initOwner(owner);
            alert.initModality(Modality.WINDOW_MODAL);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
                alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        // Cancel is the default button: Enter must not throw work away
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().orElse(no) == yes;
    }
}
