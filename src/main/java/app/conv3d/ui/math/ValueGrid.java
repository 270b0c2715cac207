package app.conv3d.ui.math;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** A captioned kh x kw table of numbers: one of the receptive field, the weights or the products. */
final class ValueGrid extends VBox {

    /** The text and look of one cell; the look is a pseudo-class name of the window's stylesheets. */
    record Cell(String text, String styleClass) {
    }

    interface Cells {
        Cell at(int row, int column);
    }

    private final GridPane grid = new GridPane();
    private Label[][] labels = new Label[0][0];
    private PseudoClass[][] looks = new PseudoClass[0][0];

    ValueGrid(String id, String caption) {
        setId(id);
        getStyleClass().add("value-grid");
        Label title = new Label(caption);
        title.getStyleClass().add("grid-caption");
        grid.getStyleClass().add("grid-cells");
        getChildren().addAll(title, grid);
        setAlignment(Pos.TOP_CENTER);
    }

    /**
     * Shows {@code rows x columns} cells. Labels are reused while the size stays the same, and a cell's look is a
     * pseudo-class (:input, :padding, :negative, :positive): a kernel edit flips the sign of many cells, and a
     * changed style class makes JavaFX match every selector against the label again, a pseudo-class does not.
     */
    void show(int rows, int columns, Cells cells) {
        if (labels.length != rows || labels[0].length != columns) {
            grid.getChildren().clear();
            labels = new Label[rows][columns];
            looks = new PseudoClass[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Label l = new Label();
                    l.getStyleClass().add("cell");
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
                PseudoClass look = PseudoClass.getPseudoClass(cell.styleClass());
                if (look != looks[r][c]) {
                    if (looks[r][c] != null) {
                        l.pseudoClassStateChanged(looks[r][c], false);
                    }
                    l.pseudoClassStateChanged(look, true);
                    looks[r][c] = look;
                }
            }
        }
    }

    /** The look of cell (row, column): input, padding, negative or positive. */
    String look(int row, int column) {
        return looks[row][column].getPseudoClassName();
    }

    /** The text of cell (row, column), for tests and tooltips. */
    String text(int row, int column) {
        return labels[row][column].getText();
    }
}
