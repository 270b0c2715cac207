package app.conv3d.ui.lesson;

import app.conv3d.core.Axis3;
import app.conv3d.core.ReceptiveField;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyFloatProperty;
import javafx.beans.property.ReadOnlyFloatWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The output value under the mouse, as CNN Explainer links it: which position it is, the input region it reads
 * (its receptive field, which the volume view and the close-up outline) and its value. The feature view reports the
 * mouse over the slice it shows; every other view only binds. Follows the lesson: a new result, another kernel or
 * the kernel moving on update the value and whether the kernel has computed it yet, another slice moves the
 * position into it, and a result that no longer has the position clears it.
 */
public final class HoverModel {
    private final Lesson lesson;
    private final ReadOnlyObjectWrapper<Axis3> position = new ReadOnlyObjectWrapper<>(this, "position");
    private final ReadOnlyObjectWrapper<ReceptiveField> field = new ReadOnlyObjectWrapper<>(this, "field");
    private final ReadOnlyFloatWrapper value = new ReadOnlyFloatWrapper(this, "value", Float.NaN);
    private final ReadOnlyBooleanWrapper reached = new ReadOnlyBooleanWrapper(this, "reached");

    HoverModel(Lesson lesson) {
        this.lesson = lesson;
        lesson.computedProperty().addListener((obs, old, now) -> update());
        lesson.kernelIndexProperty().addListener((obs, old, now) -> update());
        lesson.positionProperty().addListener((obs, old, now) -> update());
        lesson.showAllProperty().addListener((obs, old, now) -> update());
        // The mouse stays on its pixel while the feature view turns to another slice: it now points into that one.
        lesson.viewSliceProperty().addListener((obs, old, now) -> {
            Axis3 p = position.get();
            if (p != null) {
                hover(now.intValue(), p.h(), p.w());
            }
        });
    }

    // ---- commands ----

    /** The mouse is over output position (t, y, x); a position outside the output clears the hover. */
    public void hover(int t, int y, int x) {
        position.set(new Axis3(t, y, x));
        update();
    }

    /** The mouse has left the output. */
    public void clear() {
        position.set(null);
        update();
    }

    private void update() {
        Computed c = lesson.computedProperty().get();
        Axis3 p = position.get();
        if (p != null && (c == null || !inside(p, c.shape().output()))) {
            position.set(null);
            p = null;
        }
        if (p == null) {
            field.set(null);
            value.set(Float.NaN);
            reached.set(false);
            return;
        }
        field.set(ReceptiveField.at(c.shape(), p.t(), p.h(), p.w()));
        value.set(c.features().get(lesson.kernelIndexProperty().get(), p.t(), p.h(), p.w()));
        reached.set(p.h() * c.shape().output().w() + p.w() < lesson.revealedPixels(p.t()));
    }

    private static boolean inside(Axis3 p, Axis3 size) {
        return p.t() >= 0 && p.h() >= 0 && p.w() >= 0 && p.t() < size.t() && p.h() < size.h() && p.w() < size.w();
    }

    // ---- properties ----

    /** The output position (t, y, x) under the mouse; null when the mouse is elsewhere. */
    public ReadOnlyObjectProperty<Axis3> positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The input region the hovered value reads; null when nothing is hovered. */
    public ReadOnlyObjectProperty<ReceptiveField> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    /** The engine's value at the hovered position for the selected kernel; NaN when nothing is hovered. */
    public ReadOnlyFloatProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Whether the walkthrough has computed the hovered value yet (the feature view shows it). */
    public ReadOnlyBooleanProperty reachedProperty() {
        return reached.getReadOnlyProperty();
    }
}
