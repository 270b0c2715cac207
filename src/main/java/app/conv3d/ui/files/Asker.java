package app.conv3d.ui.files;

/**
 * Asks the teacher a yes/no question before something that cannot be taken back. The window asks through
 * this (an {@link AlertAsker}), so tests can answer.
 */
@FunctionalInterface
public interface Asker {
    /**
     * @param question the whole question, e.g. "The lesson has unsaved changes. Quit without saving?"
     * @param goAhead  the words on the button that goes ahead, e.g. "Quit without saving"
     * @return true to go ahead, false to keep things as they are
     */
    boolean confirm(String question, String goAhead);
}
