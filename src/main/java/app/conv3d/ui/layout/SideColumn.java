package app.conv3d.ui.layout;

import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The column beside the stage: a slot for the receptive field's close-up at the top, and under it the detail the
 * teacher asked for (the arithmetic, or the kernel lab in its place), which takes the rest of the height and
 * scrolls on its own.
 */
public final class SideColumn extends VBox {
    public static final String ID = "sideColumn";
    public static final String CLOSE_UP_ID = "closeUpSlot";
    public static final String DETAIL_ID = "detailSlot";
    /** The share of the column's height the close-up keeps. */
    static final double CLOSE_UP_SHARE = 0.4;

    private final StackPane closeUp = new StackPane();
    private final StackPane detail = new StackPane();

    public SideColumn() {
        setId(ID);
        getStyleClass().add("side-column");
        closeUp.setId(CLOSE_UP_ID);
        detail.setId(DETAIL_ID);
        // An empty slot takes no room: the column is the arithmetic's until a close-up arrives.
        closeUp.managedProperty().bind(closeUp.visibleProperty());
        closeUp.setVisible(false);
        // The close-up is the stage's magnifier: the class must read its cells from the back row, so it keeps a
        // fixed share of the column's height and the arithmetic under it scrolls.
        closeUp.minHeightProperty().bind(heightProperty().multiply(CLOSE_UP_SHARE));
        closeUp.prefHeightProperty().bind(heightProperty().multiply(CLOSE_UP_SHARE));
        detail.managedProperty().bind(detail.visibleProperty());
        detail.setVisible(false);
        // narrow is fine: what is inside scrolls
        setMinWidth(0);
        detail.setMinSize(0, 0);
        VBox.setVgrow(detail, Priority.ALWAYS);
        // alone in the column (the arithmetic folded away, or presenting) the close-up takes all its height
        detail.visibleProperty().addListener((obs, was, shown) ->
                VBox.setVgrow(closeUp, shown ? Priority.NEVER : Priority.ALWAYS));
        getChildren().addAll(closeUp, detail);
    }

    /** Puts {@code node} at the top of the column (null empties the slot). */
    public void setCloseUp(Node node) {
        closeUp.getChildren().setAll(node == null ? java.util.List.of() : java.util.List.of(node));
        closeUp.setVisible(node != null);
    }

    /** Shows {@code node} under the close-up, in the rest of the column (null: nothing). */
    public void setDetail(Node node) {
        if (node == null) {
            detail.getChildren().clear();
        } else if (detail.getChildren().size() != 1 || detail.getChildren().get(0) != node) {
            detail.getChildren().setAll(node);
        }
        detail.setVisible(node != null);
    }

    /** Whether the close-up slot holds something. */
    public boolean hasCloseUp() {
        return closeUp.isVisible();
    }
}
