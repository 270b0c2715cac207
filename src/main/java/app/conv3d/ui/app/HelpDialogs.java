package app.conv3d.ui.app;

import app.conv3d.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Help menu's windows, dressed like the window they belong to. */
final class HelpDialogs {
    private HelpDialogs() {
    }

    /** The list of every keyboard shortcut; Esc or Close shuts it. */
    static Stage shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setId("shortcutTable");
        table.setHgap(24);
        table.setVgap(8);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label keys = new Label(s.displayText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // keys never shrink to "..."
            Label action = new Label(s.action());
            action.setWrapText(true);
            table.addRow(row++, keys, action);
        }
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-scroll");
        return window(owner, Messages.text("help.shortcuts.title"), "shortcutsDialog", scroll);
    }

    static Stage about(Window owner) {
        String version = HelpDialogs.class.getPackage().getImplementationVersion();
        Label title = new Label(Messages.text("app.name") + (version == null ? "" : " " + version));
        title.getStyleClass().add("panel-title");
        Label text = new Label(Messages.text("help.about.text"));
        text.setWrapText(true);
        return window(owner, Messages.text("help.about.title"), "aboutDialog", new VBox(12, title, text));
    }

    static Stage window(Window owner, String title, String id, javafx.scene.Node body) {
        Stage stage = new Stage();
        AppIcon.dress(stage);
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
        }
        Button close = new Button(Messages.text("help.close"));
        close.setId(id + "Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setAccessibleText(Messages.text("help.close.help", title));
        close.setOnAction(e -> stage.hide());
        VBox box = new VBox(16, body, close);
        box.setId(id);
        box.getStyleClass().add("help-dialog");
        box.setPadding(new Insets(20));
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            box.setStyle(owner.getScene().getRoot().getStyle());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        // At 200% the list is taller than a projector's screen: the window stops there and scrolls.
        stage.setMaxHeight(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        return stage;
    }
}
