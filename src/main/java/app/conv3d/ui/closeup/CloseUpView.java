package app.conv3d.ui.closeup;

import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.volume.VolumeView;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The receptive-field close-up ({@link CloseUpModel}): one magnified tile per kernel frame, in the clip's own
 * colours, the kernel's outline sliding over a margin of context; the frame the arithmetic shows framed in white and
 * repeated in the channel it shows. Click a frame to show it in the arithmetic, the channel tile for the next
 * channel. Cells are whole screen pixels drawn as flat rectangles, so they stay crisp at any size.
 */
public final class CloseUpView extends Region {
    public static final String ID = "closeUp";
    /** The stage's dark background, as the volume view's. */
    static final Color BACKGROUND = Color.rgb(28, 32, 40);
    static final Color KERNEL = VolumeView.KERNEL_EDGE;
    static final Color HOVER = VolumeView.HOVER_EDGE;
    private static final Color PADDING = Color.rgb(70, 76, 90);
    private static final Color PADDING_HATCH = Color.rgb(110, 118, 134);
    private static final Color SKIPPED = Color.rgb(0, 0, 0, 0.6);
    private static final Color SELECTED = Color.WHITE;
    private static final Color GRID = Color.rgb(0, 0, 0, 0.28);
    private static final Color CAPTION = Color.rgb(200, 206, 216);
    private static final double GAP = 12;
    /** The outlines' thickness in screen pixels: thick enough for the back row. */
    private static final int LINE = 3;

    private final CloseUpModel model;
    private final Canvas canvas = new Canvas();
    private Layout layout;

    public CloseUpView(Lesson lesson) {
        this(new CloseUpModel(lesson));
    }

    public CloseUpView(CloseUpModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("close-up");
        getChildren().add(canvas);
        canvas.setCursor(Cursor.HAND);
        setMinSize(120, 100);
        setPrefSize(300, 250);
        model.pictureProperty().addListener((obs, old, now) -> draw());
        canvas.setOnMouseClicked(e -> {
            int tile = tileAt(e.getX(), e.getY());
            CloseUp p = model.pictureProperty().get();
            if (tile < 0 || p == null) {
                return;
            }
            if (tile < p.frames().size()) {
                model.selectFrame(tile);
            } else {
                model.nextChannel();
            }
        });
    }

    public CloseUpModel model() {
        return model;
    }

    /** The kernel's outline in the tile of the frame the arithmetic shows, in scene coordinates; null if not drawn. */
    public Bounds kernelBoundsInScene() {
        return inScene(layout == null ? null : layout.kernel);
    }

    /** The hovered value's outline in the same tile, in scene coordinates; null when nothing is hovered. */
    public Bounds hoverBoundsInScene() {
        return inScene(layout == null ? null : layout.hover);
    }

    /** Cell (row, column) of tile {@code tile} in this view's coordinates, for tests that read its pixels. */
    Bounds cellBounds(int tile, int row, int column) {
        double[] o = layout.origins[tile];
        return new BoundingBox(canvas.getLayoutX() + o[0] + column * layout.cell,
                canvas.getLayoutY() + o[1] + row * layout.cell, layout.cell, layout.cell);
    }

    private Bounds inScene(Bounds local) {
        return local == null ? null : canvas.localToScene(local);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.setWidth(Math.max(0, w));
        canvas.setHeight(Math.max(0, h));
        canvas.relocate(Math.round(snappedLeftInset()), Math.round(snappedTopInset()));
        draw();
    }

    private int tileAt(double x, double y) {
        if (layout == null) {
            return -1;
        }
        int size = layout.cell;
        for (int i = 0; i < layout.origins.length; i++) {
            double[] o = layout.origins[i];
            if (x >= o[0] && y >= o[1] && x < o[0] + layout.columns * size && y < o[1] + layout.rows * size
                    + layout.captionHeight) {
                return i;
            }
        }
        return -1;
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, w, h);
        CloseUp p = model.pictureProperty().get();
        Font font = Font.font("System", FontWeight.BOLD, Math.max(12, Math.min(20, h / 13)));
        if (p == null || w < 10 || h < 10) {
            layout = null;
            gc.setFill(CAPTION);
            gc.setFont(font);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(Messages.text("closeup.computing"), w / 2, h / 2);
            return;
        }
        layout = Layout.fit(p, w, h, font.getSize() * 1.5);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        List<CloseUp.Tile> tiles = p.tiles();
        for (int i = 0; i < tiles.size(); i++) {
            boolean selected = i == p.selectedFrame() || i == p.frames().size();
            drawTile(gc, tiles.get(i), layout.origins[i], selected, i == p.selectedFrame(), p.hovering());
        }
    }

    private void drawTile(GraphicsContext gc, CloseUp.Tile tile, double[] origin, boolean selected, boolean measured,
            boolean hovering) {
        int cell = layout.cell;
        int rows = layout.rows;
        int columns = layout.columns;
        double x0 = origin[0];
        double y0 = origin[1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                double x = x0 + c * cell;
                double y = y0 + r * cell;
                int argb = tile.cells()[i];
                if (argb == CloseUp.PADDING) {
                    gc.setFill(PADDING);
                    gc.fillRect(x, y, cell, cell);
                    gc.setStroke(PADDING_HATCH);
                    gc.setLineWidth(1);
                    gc.strokeLine(x + 1, y + cell - 1, x + cell - 1, y + 1);
                } else if (argb != CloseUp.BEYOND) {
                    gc.setFill(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF));
                    gc.fillRect(x, y, cell, cell);
                }
                if (tile.skipped()[i]) {
                    gc.setFill(SKIPPED);
                    gc.fillRect(x, y, cell, cell);
                }
            }
        }
        // faint lines between the cells, so the class can count them where neighbours look alike
        if (cell >= 6) {
            gc.setFill(GRID);
            for (int c = 1; c < columns; c++) {
                gc.fillRect(x0 + c * cell, y0, 1, rows * cell);
            }
            for (int r = 1; r < rows; r++) {
                gc.fillRect(x0, y0 + r * cell, columns * cell, 1);
            }
        }
        if (selected) {
            frame(gc, SELECTED, x0, y0, columns * cell, rows * cell, -LINE - 2);
        }
        if (tile.kernel() != null) {
            Bounds b = outline(gc, KERNEL, tile.kernel(), x0, y0, 0);
            if (measured) {
                layout.kernel = b;
            }
        }
        if (tile.hover() != null) {
            // inside the kernel's line where the two fields coincide, so both show
            Bounds b = outline(gc, HOVER, tile.hover(), x0, y0, LINE);
            if (measured) {
                layout.hover = b;
            }
        }
        // in the hover's colour while the tiles show the hovered value's input rather than the kernel's
        gc.setFill(hovering ? HOVER : selected ? SELECTED : CAPTION);
        gc.fillText(tile.label(), x0 + columns * cell / 2.0, y0 + rows * cell + 4);
    }

    private Bounds outline(GraphicsContext gc, Color color, CloseUp.Outline o, double x0, double y0, int inset) {
        int cell = layout.cell;
        double x = x0 + o.column() * cell;
        double y = y0 + o.row() * cell;
        double w = o.columns() * cell;
        double h = o.rows() * cell;
        frame(gc, color, x, y, w, h, inset - 1);
        return new BoundingBox(x, y, w, h);
    }

    /** A {@link #LINE}-pixel frame of filled rectangles (crisp, unlike a stroke) starting {@code inset} inside. */
    private static void frame(GraphicsContext gc, Color color, double x, double y, double w, double h, int inset) {
        gc.setFill(color);
        double l = x + inset;
        double t = y + inset;
        double r = x + w - inset;
        double b = y + h - inset;
        gc.fillRect(l, t, r - l, LINE);
        gc.fillRect(l, b - LINE, r - l, LINE);
        gc.fillRect(l, t, LINE, b - t);
        gc.fillRect(r - LINE, t, LINE, b - t);
    }

    /** Where the tiles go: the arrangement in rows and columns of tiles that gives the largest whole-pixel cells. */
    private static final class Layout {
        final int rows;
        final int columns;
        final int cell;
        final double captionHeight;
        final double[][] origins;
        Bounds kernel;
        Bounds hover;

        private Layout(int rows, int columns, int cell, double captionHeight, double[][] origins) {
            this.rows = rows;
            this.columns = columns;
            this.cell = cell;
            this.captionHeight = captionHeight;
            this.origins = origins;
        }

        static Layout fit(CloseUp p, double fullWidth, double fullHeight, double captionHeight) {
            // room around the tiles for the selected tile's frame
            double border = LINE + 2;
            double width = fullWidth - 2 * border;
            double height = fullHeight - 2 * border;
            int n = p.tiles().size();
            int bestCell = 1;
            int bestAcross = n;
            for (int across = 1; across <= n; across++) {
                int down = (n + across - 1) / across;
                double tileW = (width - (across - 1) * GAP) / across;
                double tileH = (height - down * captionHeight - (down - 1) * GAP) / down;
                int cell = (int) Math.floor(Math.min(tileW / p.columns(), tileH / p.rows()));
                if (cell > bestCell) {
                    bestCell = cell;
                    bestAcross = across;
                }
            }
            int down = (n + bestAcross - 1) / bestAcross;
            double tileW = p.columns() * bestCell;
            double tileH = p.rows() * bestCell + captionHeight;
            double left = border + Math.floor((width - bestAcross * tileW - (bestAcross - 1) * GAP) / 2);
            double top = border + Math.floor((height - down * tileH - (down - 1) * GAP) / 2);
            double[][] origins = new double[n][];
            for (int i = 0; i < n; i++) {
                int row = i / bestAcross;
                int col = i % bestAcross;
                // a last row with fewer tiles is centred under the others
                int inRow = Math.min(bestAcross, n - row * bestAcross);
                double rowLeft = left + Math.floor((bestAcross - inRow) * (tileW + GAP) / 2);
                origins[i] = new double[] {rowLeft + col * (tileW + GAP), top + row * (tileH + GAP)};
            }
            return new Layout(p.rows(), p.columns(), bestCell, captionHeight, origins);
        }
    }
}
