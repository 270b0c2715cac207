package app.conv3d.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the teaching window. */
public final class ExplorerApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Conv3D Explorer");
        stage.setScene(new Scene(new StackPane(new Label("Conv3D Explorer")), 1280, 720));
        stage.show();
    }
}
