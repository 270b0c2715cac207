package app.conv3d.ui;

import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The last problem in one readable line, in the window where the teacher looks; hidden when all is well. */
final class ErrorBanner extends HBox {

    ErrorBanner(Lesson lesson) {
        setId("errorBanner");
        getStyleClass().add("error-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label message = new Label();
        message.setId("errorMessage");
        message.setWrapText(true);
        message.textProperty().bind(lesson.errorMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button(Messages.text("error.dismiss"));
        dismiss.setFocusTraversable(false);
        dismiss.setOnAction(e -> lesson.dismissError());
        getChildren().addAll(message, dismiss);
        visibleProperty().bind(lesson.errorMessageProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
