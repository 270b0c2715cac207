package app.conv3d.ui.math;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** A captioned kh x kw table of numbers: one of the receptive field, the weights or the products. */
final class ValueGrid extends VBox {

    /** The text and look of one cell. */
    record Cell(String text, String styleClass) {
    }

    interface Cells {
        Cell at(int row, int column);
    }

    private final GridPane grid = new GridPane();
    private Label[][] labels = new Label[0][0];

    ValueGrid(String id, String caption) {
        setId(id);
        getStyleClass().add("value-grid");
        Label title = new Label(caption);
        title.getStyleClass().add("grid-caption");
        grid.getStyleClass().add("grid-cells");
        getChildren().addAll(title, grid);
        setAlignment(Pos.TOP_CENTER);
    }

    /** Shows {@code rows x columns} cells; labels are reused while the size stays the same. */
    void show(int rows, int columns, Cells cells) {
        if (labels.length != rows || labels[0].length != columns) {
            grid.getChildren().clear();
            labels = new Label[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Label l = new Label();
                    l.setMaxWidth(Double.MAX_VALUE);
                    l.setAlignment(Pos.CENTER_RIGHT);
                    labels[r][c] = l;
                    grid.add(l, c, r);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Cell cell = cells.at(r, c);
                Label l = labels[r][c];
                l.setText(cell.text());
                // Only when it changes: setting the same classes again still restyles the label.
                if (!cell.styleClass().equals(l.getStyleClass().get(l.getStyleClass().size() - 1))) {
                    l.getStyleClass().setAll("label", "cell", cell.styleClass());
                }
            }
        }
    }

    /** The text of cell (row, column), for tests and tooltips. */
    String text(int row, int column) {
        return labels[row][column].getText();
    }
}
