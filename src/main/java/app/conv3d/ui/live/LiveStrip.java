package app.conv3d.ui.live;

import app.conv3d.ui.app.Shortcut;
import app.conv3d.ui.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The row the class sees while live: that it is live (or frozen), the camera's and the features' frame rates, the
 * freeze key on its button, and "Use these frames". It stays in the presentation view, where the top bar goes. It
 * also tells live mode whether the window can be seen: minimised, nothing is grabbed.
 */
public final class LiveStrip extends HBox {
    public static final String ID = "liveStrip";
    public static final String FREEZE_ID = "freezeButton";
    public static final String USE_ID = "useFramesButton";
    public static final String RATES_ID = "liveRates";

    public LiveStrip(LiveMode live) {
        setId(ID);
        getStyleClass().add("live-strip");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        Label badge = new Label();
        badge.getStyleClass().add("live-badge");
        Label rates = new Label();
        rates.setId(RATES_ID);
        String key = Shortcut.FREEZE.displayText();
        Button freeze = new Button();
        freeze.setId(FREEZE_ID);
        freeze.setFocusTraversable(false);
        freeze.setOnAction(e -> live.toggleFreeze());
        Button use = new Button(Messages.text("live.use"));
        use.setId(USE_ID);
        use.setFocusTraversable(false);
        use.setOnAction(e -> live.useFrames());
        Runnable show = () -> {
            boolean held = live.frozenProperty().get();
            badge.setText(Messages.text(held ? "live.frozen" : "live.live"));
            freeze.setText(Messages.text(held ? "live.resume" : "live.freeze", key));
            rates.setText(held ? Messages.text("live.held") : live.ratesProperty().get());
        };
        live.frozenProperty().addListener((obs, old, now) -> show.run());
        live.ratesProperty().addListener((obs, old, now) -> show.run());
        show.run();
        for (Node n : new Node[] {badge, freeze, use}) {
            ((javafx.scene.layout.Region) n).setMinWidth(USE_PREF_SIZE);
        }
        getChildren().addAll(badge, rates, freeze, use);
        visibleProperty().bind(live.activeProperty());
        managedProperty().bind(visibleProperty());
    }
}
