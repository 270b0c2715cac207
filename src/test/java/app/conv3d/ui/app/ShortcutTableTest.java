package app.conv3d.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** The one table of shortcuts: no key in it twice, and the docs' table says what it says. No toolkit needed. */
class ShortcutTableTest {
    private static final Path DOCS = Path.of("docs", "classroom.md");

    @Test
    void noKeyIsBoundTwice() {
        Map<KeyCombination, Shortcut> seen = new HashMap<>();
        for (Shortcut s : Shortcut.values()) {
            for (KeyCombination k : s.keys()) {
                Shortcut before = seen.put(k, s);
                assertTrue(before == null, () -> k.getName() + " is bound to both " + before + " and " + s);
            }
        }
    }

    @Test
    void ctrlKIsTheKernelLabAndTheKernelsHaveKeysOfTheirOwn() {
        assertEquals(Shortcut.KERNEL_LAB, Shortcut.of(KeyCombination.keyCombination("Shortcut+K")).orElseThrow());
        assertFalse(Shortcut.NEXT_KERNEL.combination().equals(Shortcut.KERNEL_LAB.combination()));
        assertFalse(Shortcut.PREVIOUS_KERNEL.combination().equals(Shortcut.KERNEL_LAB.combination()));
    }

    @Test
    void theDocsTableIsTheTable() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Shortcut s : Shortcut.values()) {
            expected.add("| " + s.docsText() + " | " + s.action() + " |");
        }
        assertEquals(expected, docsRows(), "docs/classroom.md's shortcut table and ui.app.Shortcut differ");
    }

    @Test
    void docsTextIsWrittenForAPcKeyboard() {
        assertEquals("Ctrl+K", Shortcut.KERNEL_LAB.docsText());
        assertEquals("Ctrl+=", Shortcut.LARGER.docsText());
        assertEquals("Left / Right", Shortcut.STEP.docsText());
        assertEquals("F1 / ?", Shortcut.HELP.docsText());
    }

    /** The rows of the table under "## Keyboard shortcuts", header and rule left out. */
    private static List<String> docsRows() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(DOCS)) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Keyboard shortcuts");
            } else if (inSection && line.startsWith("|") && !line.startsWith("| Keys ") && !line.startsWith("|---")) {
                rows.add(line.strip());
            }
        }
        return rows;
    }
}
