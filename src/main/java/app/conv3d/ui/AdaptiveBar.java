package app.conv3d.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A bar of two groups, actions on the left and settings on the right, in the roomiest arrangement that still
 * shows every word whole: one row, shortening labels one at a time in the order they were registered until the
 * row fits; failing that, two rows (settings under the actions), again shortening only as many labels as needed.
 * A shortened control keeps its full wording as its tooltip and accessible name, so nothing is lost to a screen
 * reader or to a pointing student.
 */
public class AdaptiveBar extends Region {
    /** How the bar is arranged: on two rows or one, with the first {@code shortened} shortenable labels short. */
    record Arrangement(boolean twoRows, int shortened) {
    }

    private final HBox leading = new HBox();
    private final HBox trailing = new HBox();
    private final List<Shortenable> shortenable = new ArrayList<>();
    private final Text probe = new Text();
    /** Never shown: its font is the window's text font, for those who lay out by it. */
    private final Label textSize = new Label();
    private final List<Reserved> reserved = new ArrayList<>();
    private Arrangement arrangement = new Arrangement(false, 0);
    private Arrangement applied;

    public AdaptiveBar() {
        leading.getStyleClass().add("bar-group");
        trailing.getStyleClass().add("bar-group");
        leading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        trailing.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        textSize.setManaged(false);
        textSize.setVisible(false);
        getChildren().addAll(leading, trailing, textSize);
    }

    /** The window's text font (its size is the root's font size), followed as the text size setting changes. */
    ReadOnlyObjectProperty<Font> textFontProperty() {
        return textSize.fontProperty();
    }

    /** The space between neighbours in a group and between the two rows. */
    public void setSpacing(double spacing) {
        leading.setSpacing(spacing);
        trailing.setSpacing(spacing);
    }

    /** The left group (the first row when there are two). */
    public HBox leading() {
        return leading;
    }

    /** The right group (right-aligned on the second row when there are two). */
    public HBox trailing() {
        return trailing;
    }

    /**
     * {@code control} reads {@code shortText} when the bar is short of room; its current text is its full wording.
     * Call after the control's text is set and before it is shown; the first registered is the first shortened.
     */
    void shortens(Labeled control, String shortText) {
        Shortenable s = new Shortenable(control, control.getText(), shortText);
        shortenable.add(s);
        control.setAccessibleText(s.full);
        control.setMinWidth(Region.USE_PREF_SIZE);
    }

    /**
     * {@code control}'s text changes while the lesson runs; it keeps the width of {@code widest}, so the bar
     * does not rearrange itself every time a number in it grows a digit.
     */
    void reserves(Labeled control, String widest) {
        reserved.add(new Reserved(control, widest));
    }

    Arrangement arrangement() {
        return arrangement;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Two rows of the shortest words: narrower than that, words are cut. */
    @Override
    protected double computeMinWidth(double height) {
        int n = shortenable.size();
        return snappedLeftInset() + snappedRightInset() + Math.max(groupWidth(leading, n), groupWidth(trailing, n));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + groupWidth(leading, 0) + gap() + groupWidth(trailing, 0);
    }

    @Override
    protected double computePrefHeight(double width) {
        Arrangement a = width < 0 ? arrangement : choose(width - snappedLeftInset() - snappedRightInset());
        double rows = a.twoRows()
                ? leading.prefHeight(-1) + gap() + trailing.prefHeight(-1)
                : Math.max(leading.prefHeight(-1), trailing.prefHeight(-1));
        return snappedTopInset() + snappedBottomInset() + rows;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        apply(choose(w));
        if (arrangement.twoRows()) {
            double top = leading.prefHeight(-1);
            double bottom = trailing.prefHeight(-1);
            layoutInArea(leading, x, y, w, top, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(trailing, x, y + top + gap(), w, bottom, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double right = Math.min(w, trailing.prefWidth(-1));
            layoutInArea(leading, x, y, Math.max(0, w - right - gap()), h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(trailing, x + w - right, y, right, h, 0, HPos.RIGHT, VPos.CENTER);
        }
    }

    /** The first arrangement, roomiest first, in which both groups show every word whole. */
    private Arrangement choose(double width) {
        reserveWidths();
        int n = shortenable.size();
        for (int k = 0; k <= n; k++) {
            if (groupWidth(leading, k) + gap() + groupWidth(trailing, k) <= width) {
                return new Arrangement(false, k);
            }
        }
        for (int k = 0; k <= n; k++) {
            if (Math.max(groupWidth(leading, k), groupWidth(trailing, k)) <= width) {
                return new Arrangement(true, k);
            }
        }
        return new Arrangement(true, n);
    }

    private void reserveWidths() {
        for (Reserved r : reserved) {
            double w = textWidth(r.control, r.widest) + r.control.snappedLeftInset() + r.control.snappedRightInset();
            if (Math.abs(r.control.getMinWidth() - w) > 0.5) {
                r.control.setMinWidth(w);
            }
        }
    }

    private void apply(Arrangement next) {
        if (next.equals(applied)) {
            return;
        }
        applied = next;
        arrangement = next;
        for (int i = 0; i < shortenable.size(); i++) {
            Shortenable s = shortenable.get(i);
            boolean shortLabel = i < next.shortened();
            s.control.setText(s.text(shortLabel));
            s.control.setTooltip(shortLabel ? s.tooltip : s.ownTooltip);
        }
    }

    /** The group's preferred width were the first {@code shortened} shortenable labels to read short. */
    private double groupWidth(HBox group, int shortened) {
        double width = group.prefWidth(-1);
        for (int i = 0; i < shortenable.size(); i++) {
            Shortenable s = shortenable.get(i);
            if (s.control.getParent() == group && s.control.isManaged()) {
                width += textWidth(s.control, s.text(i < shortened)) - textWidth(s.control, s.control.getText());
            }
        }
        return width;
    }

    private double textWidth(Labeled control, String text) {
        probe.setFont(control.getFont());
        probe.setText(text);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    private double gap() {
        return snapSpaceX(Math.max(leading.getSpacing(), 12));
    }

    private record Reserved(Labeled control, String widest) {
    }

    private static final class Shortenable {
        final Labeled control;
        final String full;
        final String shortText;
        final Tooltip tooltip;
        /** The control's tooltip before the bar shortened it, given back with its full label. */
        final Tooltip ownTooltip;

        Shortenable(Labeled control, String full, String shortText) {
            this.control = control;
            this.full = full;
            this.shortText = shortText;
            this.tooltip = new Tooltip(full);
            this.ownTooltip = control.getTooltip();
        }

        String text(boolean shortLabels) {
            return shortLabels ? shortText : full;
        }
    }

    /** For the bar's nodes that must never be squeezed below their own width. */
    static void keepWhole(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
