package app.conv3d.ui.app;

import app.conv3d.ui.i18n.Messages;
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
    PLAY("Space"),
    STEP("Left", "Right"),
    JUMP("Home", "End"),
    NEXT_KERNEL("Shortcut+Page Down"),
    PREVIOUS_KERNEL("Shortcut+Page Up"),
    SHOW_ALL("Shortcut+A"),
    KERNEL_LAB("Shortcut+K"),
    ARITHMETIC("Shortcut+M"),
    PRESENTATION("F5"),
    FREEZE("F"),
    TRAIN("Shortcut+Shift+T"),
    OPEN_CLIP("Shortcut+O"),
    OPEN_CLIP_FOLDER("Shortcut+Shift+O"),
    RECORD("Shortcut+R"),
    OPEN_LESSON("Shortcut+L"),
    SAVE_LESSON("Shortcut+S"),
    EXPORT("Shortcut+E"),
    FULL_SCREEN("F11"),
    LARGER("Shortcut+Equals"),
    SMALLER("Shortcut+Minus"),
    ACTUAL_SIZE("Shortcut+0"),
    SWITCH_THEME("Shortcut+T"),
    RESET_ALL("Shortcut+Shift+R"),
    HELP("F1", "?"),
    FOCUS("Tab", "Shift+Tab"),
    MENU_BAR("F10"),
    QUIT("Shortcut+Q");

    /** The keys as written above, in KeyCombination's syntax. */
    private final List<String> written;
    private final List<KeyCombination> keys;

    Shortcut(String... keys) {
        this.written = List.of(keys);
        this.keys = written.stream().map(KeyCombination::keyCombination).toList();
    }

    /** What the keys do, in one sentence. */
    public String action() {
        return Messages.text("shortcut." + name());
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
