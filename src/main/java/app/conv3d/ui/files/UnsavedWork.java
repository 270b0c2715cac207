package app.conv3d.ui.files;

import java.util.Objects;

/**
 * The question before anything that would throw away unsaved work (quit, open, record, reset all): asked only
 * when {@link LessonChanges} says there is some.
 */
public final class UnsavedWork {
    private final LessonChanges changes;
    private final Asker asker;

    public UnsavedWork(LessonChanges changes, Asker asker) {
        this.changes = Objects.requireNonNull(changes);
        this.asker = Objects.requireNonNull(asker);
    }

    /**
     * @param action what is about to happen, as a button says it: "Quit", "Open another lesson"
     * @return true when nothing is unsaved or the teacher chose to go ahead
     */
    public boolean mayDiscard(String action) {
        if (!changes.unsavedProperty().get()) {
            return true;
        }
        return asker.confirm("The lesson has changes that are not saved (its clip, kernels, geometry or size). "
                + action + " without saving them?", action + " without saving");
    }
}
