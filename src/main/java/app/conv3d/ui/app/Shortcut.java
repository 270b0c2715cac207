package app.conv3d.ui.app;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;

/**
 * Every key the window answers to, in the order a lesson uses them: the one table the menus take their
 * accelerators from, F1 lists, and docs/classroom.md's shortcut table repeats (ShortcutTableTest compares them).
 * A key may stand in one entry only (ShortcutTableTest again). Menu items and the window's own accelerators take
 * their key from {@link #combination()}; the walkthrough's keys (Space, the arrows, Home / End) are read by its key
 * filter, "?" by the classroom, Tab and F10 by JavaFX itself.
 */
public enum Shortcut {
    PLAY("Play or pause the walkthrough.", "Space"),
    STEP("Step the kernel back or forward (by the chosen step size).", "Left", "Right"),
    JUMP("Jump to the first or last kernel position.", "Home", "End"),
    NEXT_KERNEL("Next kernel of the bank.", "Shortcut+Page Down"),
    PREVIOUS_KERNEL("Previous kernel of the bank.", "Shortcut+Page Up"),
    SHOW_ALL("Show the whole feature volume, or only what the kernel has computed so far.", "Shortcut+A"),
    KERNEL_LAB("Show or hide the kernel lab: presets, weights, geometry, banks.", "Shortcut+K"),
    ARITHMETIC("Show or fold away the arithmetic beside the stage.", "Shortcut+M"),
    PRESENTATION("Presentation view: only the clip, the close-up, the features and the play controls, full screen "
            + "(F5 or Esc leaves).", "F5"),
    FREEZE("Live mode: freeze the 16 frames and their features for discussion, or go on.", "F"),
    OPEN_CLIP("Open a clip: an animated GIF or a .npy file.", "Shortcut+O"),
    OPEN_CLIP_FOLDER("Open a clip from a folder of frames.", "Shortcut+Shift+O"),
    RECORD("Record a clip from the camera.", "Shortcut+R"),
    OPEN_LESSON("Open a saved lesson.", "Shortcut+L"),
    SAVE_LESSON("Save the lesson: clip, kernels, geometry, display and position.", "Shortcut+S"),
    EXPORT("Export a GIF, PNG or .npy of the lesson.", "Shortcut+E"),
    FULL_SCREEN("Full screen on or off (Esc also leaves it).", "F11"),
    LARGER("Larger text.", "Shortcut+Equals"),
    SMALLER("Smaller text.", "Shortcut+Minus"),
    ACTUAL_SIZE("Text back to 100%.", "Shortcut+0"),
    SWITCH_THEME("Switch between the projector and the dark theme.", "Shortcut+T"),
    RESET_ALL("Reset all: the sample clip, default kernel and settings, first position.", "Shortcut+Shift+R"),
    HELP("Show this list of shortcuts.", "F1", "?"),
    FOCUS("Move between controls; Space or Enter presses the focused one.", "Tab", "Shift+Tab"),
    MENU_BAR("Go to the menu bar: the Lesson menu reaches every control of the window.", "F10"),
    QUIT("Quit.", "Shortcut+Q");

    private final String action;
    /** The keys as written above, in KeyCombination's syntax. */
    private final List<String> written;
    private final List<KeyCombination> keys;

    Shortcut(String action, String... keys) {
        this.action = action;
        this.written = List.of(keys);
        this.keys = written.stream().map(KeyCombination::keyCombination).toList();
    }

    /** What the keys do, in one sentence. */
    public String action() {
        return action;
    }

    /** Every key combination of this entry (two for pairs such as Left / Right). */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** The key a menu item shows and answers to: the first (F1 for help; "?" is typed, see Classroom). */
    public KeyCombination combination() {
        return keys.get(0);
    }

    /** The keys as this platform writes them ("Ctrl+K", "⌘K"), pairs joined by " / ". */
    public String displayText() {
        return keys.stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" / "));
    }

    /** The keys as the docs write them, whatever the platform: "Ctrl+K", "Ctrl+Shift+O", "Left / Right". */
    public String docsText() {
        return written.stream().map(k -> k.replace("Shortcut+", "Ctrl+").replace("Equals", "=").replace("Minus", "-"))
                .collect(Collectors.joining(" / "));
    }

    /** The entry that answers to {@code key}, if any. */
    public static java.util.Optional<Shortcut> of(KeyCombination key) {
        for (Shortcut s : values()) {
            if (s.keys.contains(key)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
