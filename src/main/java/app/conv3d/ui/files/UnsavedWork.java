package app.conv3d.ui.files;

import app.conv3d.ui.i18n.Messages;
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
        return asker.confirm(Messages.text("unsaved.question", action), Messages.text("unsaved.goAhead", action));
    }
}
