package app.conv3d.ui.app;

import java.util.List;
import javafx.scene.input.KeyCombination;

/** One keyboard shortcut as the help lists it: the keys, and what they do in one sentence. */
public record Shortcut(String keys, String action) {

    /** The menus' accelerators: one place, so the menu and the help never disagree. */
    public static final KeyCombination OPEN_CLIP = KeyCombination.keyCombination("Shortcut+O");
    public static final KeyCombination OPEN_CLIP_FOLDER = KeyCombination.keyCombination("Shortcut+Shift+O");
    public static final KeyCombination RECORD = KeyCombination.keyCombination("Shortcut+R");
    public static final KeyCombination OPEN_LESSON = KeyCombination.keyCombination("Shortcut+L");
    public static final KeyCombination SAVE_LESSON = KeyCombination.keyCombination("Shortcut+S");
    public static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");
    public static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    public static final KeyCombination FULL_SCREEN = KeyCombination.keyCombination("F11");
    public static final KeyCombination LARGER = KeyCombination.keyCombination("Shortcut+Equals");
    public static final KeyCombination SMALLER = KeyCombination.keyCombination("Shortcut+Minus");
    public static final KeyCombination ACTUAL_SIZE = KeyCombination.keyCombination("Shortcut+0");
    public static final KeyCombination SWITCH_THEME = KeyCombination.keyCombination("Shortcut+T");
    public static final KeyCombination RESET_ALL = KeyCombination.keyCombination("Shortcut+Shift+R");
    public static final KeyCombination HELP = KeyCombination.keyCombination("F1");
    public static final KeyCombination KERNEL_LAB = KeyCombination.keyCombination("Shortcut+K");
    public static final KeyCombination ARITHMETIC = KeyCombination.keyCombination("Shortcut+M");
    public static final KeyCombination PRESENTATION = KeyCombination.keyCombination("F5");

    /** Everything the keyboard does in the window, in the order a lesson uses it. */
    public static List<Shortcut> all() {
        return List.of(
                new Shortcut("Space", "Play or pause the walkthrough."),
                new Shortcut("Left / Right", "Step the kernel back or forward (by the chosen step size)."),
                new Shortcut("Home / End", "Jump to the first or last kernel position."),
                new Shortcut(LessonMenu.NEXT_KERNEL.getDisplayText() + " / "
                        + LessonMenu.PREVIOUS_KERNEL.getDisplayText(), "Next or previous kernel of the bank."),
                new Shortcut(LessonMenu.SHOW_ALL.getDisplayText(), "Show the whole feature volume, or only what the kernel has computed so far."),
                of(KERNEL_LAB, "Show or hide the kernel lab: presets, weights, geometry, banks."),
                of(ARITHMETIC, "Show or fold away the arithmetic beside the stage."),
                of(PRESENTATION, "Presentation view: only the clip, the features and the play controls, full screen (Esc leaves)."),
                of(OPEN_CLIP, "Open a clip: an animated GIF or a .npy file."),
                of(OPEN_CLIP_FOLDER, "Open a clip from a folder of frames."),
                of(RECORD, "Record a clip from the camera."),
                of(OPEN_LESSON, "Open a saved lesson."),
                of(SAVE_LESSON, "Save the lesson: clip, kernels, geometry, display and position."),
                of(EXPORT, "Export a GIF, PNG or .npy of the lesson."),
                of(FULL_SCREEN, "Full screen on or off (Esc also leaves it)."),
                of(LARGER, "Larger text."),
                of(SMALLER, "Smaller text."),
                of(ACTUAL_SIZE, "Text back to 100%."),
                of(SWITCH_THEME, "Switch between the projector and the dark theme."),
                of(RESET_ALL, "Reset all: the sample clip, default kernel and settings, first position."),
                new Shortcut(HELP.getDisplayText() + " or ?", "Show this list of shortcuts."),
                new Shortcut("Tab / Shift+Tab", "Move between controls; Space or Enter presses the focused one."),
                new Shortcut("F10", "Go to the menu bar: the Lesson menu reaches every control of the window."),
                of(QUIT, "Quit."));
    }

    private static Shortcut of(KeyCombination keys, String action) {
        return new Shortcut(keys.getDisplayText(), action);
    }
}
