package app.conv3d.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The stage and its side column side by side, with dividers the teacher can drag: the volume view, the feature
 * view, and the {@link SideColumn} while it has something to show. Where the dividers sit is the
 * {@link StageLayoutModel}'s to decide; a drag goes to the model, which clamps it and remembers it.
 */
public final class StagePane extends SplitPane {
    public static final String ID = "stage";

    private final StageLayoutModel model;
    private final Node volume;
    private final Node features;
    private final SideColumn side;
    /** Set while the model's positions are being applied: the dividers moving then is not the teacher. */
    private boolean applying;

    public StagePane(StageLayoutModel model, Node volume, Node features, SideColumn side) {
        this.model = Objects.requireNonNull(model);
        this.volume = volume;
        this.features = features;
        this.side = side;
        setId(ID);
        getStyleClass().add("stage-pane");
        getItems().addAll(volume, features);
        getDividers().addListener((ListChangeListener<Divider>) c -> {
            while (c.next()) {
                for (Divider d : c.getAddedSubList()) {
                    d.positionProperty().addListener((obs, old, now) -> dragged());
                }
            }
        });
        for (Divider d : getDividers()) {
            d.positionProperty().addListener((obs, old, now) -> dragged());
        }
        widthProperty().addListener((obs, old, now) -> model.resize(now.doubleValue()));
        model.sideShownProperty().addListener((obs, old, now) -> apply());
        model.dividersProperty().addListener((obs, old, now) -> apply());
        apply();
    }

    public SideColumn side() {
        return side;
    }

    private void apply() {
        applying = true;
        try {
            List<Node> items = model.sideShownProperty().get() ? List.of(volume, features, side)
                    : List.of(volume, features);
            if (!getItems().equals(items)) {
                getItems().setAll(items);
            }
            List<Double> d = model.dividersProperty().get();
            if (d.size() == getDividers().size()) {
                setDividerPositions(d.stream().mapToDouble(Double::doubleValue).toArray());
            }
        } finally {
            applying = false;
        }
    }

    private void dragged() {
        if (applying || getWidth() <= 0) {
            return;
        }
        List<Double> now = new ArrayList<>();
        for (Divider d : getDividers()) {
            now.add(d.getPosition());
        }
        if (!now.equals(model.dividersProperty().get())) {
            model.drag(now);
            // the model may have clamped the drag: the dividers follow it
            apply();
        }
    }
}
