package app.conv3d.ui.files;

import app.conv3d.core.ConvSpec;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Lesson;
import app.conv3d.ui.lesson.LessonSize;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether the lesson holds work a teacher would lose: its clip (a recording, a live moment), kernels,
 * geometry or size differ from what was last saved, opened, or started with. Walking through the lesson and
 * changing how it looks are not work to lose, so they never make it unsaved. The window's opening lesson
 * (the sample, loaded after the window appears) counts as saved. No toolkit: tested on any thread.
 */
public final class LessonChanges {
    private final Lesson lesson;
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private Content saved;

    /** The lesson's content as a file keeps it; the clip by identity (a new recording is a new volume). */
    record Content(Volume clip, KernelBank bank, ConvSpec spec, LessonSize size) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && c.clip == clip && Objects.equals(c.bank, bank)
                    && Objects.equals(c.spec, spec) && c.size == size;
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(clip), bank, spec, size);
        }

        boolean complete() {
            return clip != null && bank != null;
        }
    }

    public LessonChanges(Lesson lesson) {
        this.lesson = Objects.requireNonNull(lesson);
        saved = content();
        lesson.sourceClipProperty().addListener((obs, old, now) -> update());
        lesson.bankProperty().addListener((obs, old, now) -> update());
        lesson.specProperty().addListener((obs, old, now) -> update());
        lesson.lessonSizeProperty().addListener((obs, old, now) -> update());
    }

    /** The lesson as it is now. */
    Content content() {
        return new Content(lesson.sourceClipProperty().get(), lesson.bankProperty().get(), lesson.specProperty().get(),
                lesson.lessonSizeProperty().get());
    }

    /** The lesson as it is now is what a file (or the start) holds. */
    public void markSaved() {
        markSaved(content());
    }

    /** {@code content} is what was written (the lesson may have moved on while the file was written). */
    void markSaved(Content content) {
        saved = content;
        update();
    }

    private void update() {
        if (!saved.complete()) { // the opening lesson arriving: nothing to lose yet
            saved = content();
        }
        unsaved.set(!content().equals(saved));
    }

    /** True while the lesson holds changes no file has. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }
}
