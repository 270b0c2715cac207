package app.conv3d.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text a teacher reads is written into the window's code: every literal with a letter in it in {@code ui}'s
 * sources must be an id, a style, a bundle key or a name for programmers (exceptions for bugs, logs), or the
 * test fails naming file, line and text. Files not converted yet are listed in {@link #NOT_YET}, a list that
 * may only shrink: an entry whose file no longer shows any text fails the test until it is taken off.
 */
class ViewTextScanTest {
    private static final Path UI = Path.of("src/main/java/app/conv3d/ui");

    /** Not yet converted (paths under ui/): still write their texts in English in the code. */
    static final Set<String> NOT_YET = Set.of(); // every package speaks through the bundles now

    /** Code whose texts are not prose for the window: PyTorch code, file formats, lines for a terminal (English). */
    static final Set<String> NOT_VIEW = Set.of(
            // PyTorch code, which a class copies into Python as it stands.
            "math/TorchSnippet.java",
            // The window's regions by name, as `snapshot --layout` writes them into JSON.
            "WindowLayout.java",
            // Benchmarks and start-up measurements: lines for a terminal.
            "StartupBenchmark.java", "StartupProbe.java", "DefaultLessonWindow.java", "WalkthroughBenchmark.java",
            "ClassifyWindowBenchmark.java",
            "WindowLatency.java", "LiveWindowBenchmark.java");

    /** Calls whose literal arguments are never shown: ids, styles, property names, logs, programmers' errors. */
    private static final Set<String> QUIET_CALLS = Set.of("setId", "getPseudoClass", "setStyle", "log", "getLogger",
            "getProperty", "endsWith", "startsWith", "equals", "contains", "matches", "replace", "replaceAll",
            "SuppressWarnings", "IllegalArgumentException", "IllegalStateException", "IndexOutOfBoundsException",
            "UnsupportedOperationException", "NullPointerException", "AssertionError", "requireNonNull",
            "getResource", "getResourceAsStream", "lookup", "font", "Thread", // a thread's name shows in logs only
            "getBoolean"); // a system property's name
    private static final Pattern STYLE_LIST =
            Pattern.compile("getStyleClass\\(\\)\\s*\\.\\s*(add|addAll|setAll|remove|removeAll)$");
    private static final Pattern BEAN = Pattern.compile(".*(Wrapper|Property)");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9-]+)+");
    /** Literals that are no text whatever surrounds them: ids ("menuFile", "kernelSize-"), CSS, file patterns. */
    private static final Pattern NOT_TEXT = Pattern.compile(String.join("|",
            "[a-z]+([A-Z][a-z0-9]*)+-?", // ids: "menuFile", "seedField"
            "[a-z]+([A-Z][a-z0-9]*)*-", // id prefixes: "stride-" + axis
            "[a-z]+(-[a-z]+)+", "\\s*-fx-.*", ".*\\.css", "#[0-9a-fA-F]{3,8}", // style classes and CSS
            "[a-z0-9]+(\\.[a-z0-9]+)+", "[a-z][A-Za-z]*(\\.[A-Za-z]+)*\\.", // dotted names, key prefixes: "preset." + id
            "\\*?\\.[a-z0-9]+", "(/[a-z0-9-]+)+", // file extensions, settings nodes, resources
            "(%[-,.0-9]*[dfs]|[^\\p{L}%])+", // number formats: "%,d", "%.1f"
            "((Shortcut|Shift)\\+)*(Space|Left|Right|Home|End|Page Up|Page Down|Equals|Minus|Tab|F[0-9]+|[A-Z0-9?])"));
            // keys in KeyCombination's syntax: "Shortcut+Shift+O", "Page Down"
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*", Pattern.DOTALL);

    /** Literals with letters that are still no text, per file, each with its reason. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // Names of settings (UserSettings parts and keys), formats (GIF, PNG) and a CSS size.
            Map.entry("i18n/LanguageSetting.java", Set.of("language")),
            Map.entry("app/Appearance.java", Set.of("px;", "appearance", "theme")),
            Map.entry("files/NativeFileChoice.java", Set.of("GIF", "PNG", "files")),
            Map.entry("layout/LayoutMemory.java", Set.of("layout")),
            Map.entry("capture/CaptureDialog.java", Set.of("capture")),
            Map.entry("capture/CaptureSession.java", Set.of("camera")),
            // A language tag.
            Map.entry("i18n/Languages.java", Set.of("es")),
            // The axes' ids ("formula-time"); their names come from CoreNames.axis.
            Map.entry("kernel/GeometryControls.java", Set.of("time", "height", "width")),
            // Pseudo-class names of the lab's message bar.
            Map.entry("kernel/KernelLabPane.java", Set.of("error", "empty")),
            // CSS colours.
            Map.entry("kernel/WeightColors.java", Set.of("transparent", "rgba(214, 69, 47, %.2f)", "rgba(47, 111, 214, %.2f)")),
            // The time coordinate under a close-up tile, as the arithmetic writes it in every language.
            Map.entry("closeup/CloseUpModel.java", Set.of("t=")),
            // The window's regions as JSON for `snapshot --layout`: a file format, not a text.
            Map.entry("layout/ScreenRegion.java", Set.of("\\\": {\\\"x\\\": ", ", \\\"y\\\": ", ", \\\"width\\\": ",
                    ", \\\"height\\\": ")),
            // Cell styles; ReLU is its own name in every language.
            Map.entry("math/MathPanel.java", Set.of("padding", "input", "negative", "positive", "   ReLU \\u2192 ")),
            // Channel names (R, G, B, c0) and a number format.
            Map.entry("math/Numbers.java", Set.of("R", "G", "B", "c", "f")),
            // The kernel frame's index under its sum, as the arithmetic writes it.
            Map.entry("math/PartialSums.java", Set.of("a=")),
            // A control's id.
            Map.entry("app/ControlHints.java", Set.of("scrubber")),
            // A pseudo-class.
            Map.entry("MainWindow.java", Set.of("wide")),
            // The camera preview's id.
            Map.entry("capture/CameraPreviewView.java", Set.of("preview")),
            // The value of conv3d.view that asks for the flat drawing.
            Map.entry("volume/VolumeView.java", Set.of("2d")),
            // The stage's id.
            Map.entry("layout/StagePane.java", Set.of("stage")),
            // The kernel's shape as a key ("4x3x3x3") to notice a reshape; never shown.
            Map.entry("kernel/WeightGrid.java", Set.of("x")));

    private static String relative(Path file) {
        return UI.relativize(file).toString().replace('\\', '/');
    }

    private static boolean listed(String rel, Set<String> list) {
        return list.stream().anyMatch(e -> rel.equals(e) || rel.startsWith(e + "/"));
    }

    private static List<Path> sources() {
        try (Stream<Path> s = Files.walk(UI)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isText(String rel, SourceLiterals.Literal l) {
        String v = l.value();
        if (!LETTER.matcher(ESCAPE.matcher(v).replaceAll("")).matches() || NOT_TEXT.matcher(v).matches()) {
            return false;
        }
        if (QUIET_CALLS.contains(l.callee()) || STYLE_LIST.matcher(l.calleeText()).find()
                || BEAN.matcher(l.callee()).matches()) {
            return false;
        }
        if ((l.callee().equals("text") || l.callee().equals("get")) && l.argument() == 0 && KEY.matcher(v).matches()) {
            return false;
        }
        return !ALLOWED.getOrDefault(rel, Set.of()).contains(v);
    }

    private static List<String> texts(Path file) {
        String rel = relative(file);
        List<String> found = new ArrayList<>();
        try {
            for (SourceLiterals.Literal l : SourceLiterals.of(Files.readString(file))) {
                if (isText(rel, l)) {
                    found.add(rel + ":" + l.line() + "  \"" + l.value() + "\"");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    @Test
    void convertedCodeWritesNoTextOfItsOwn() {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String rel = relative(file);
            if (!listed(rel, NOT_YET) && !listed(rel, NOT_VIEW)) {
                found.addAll(texts(file));
            }
        }
        assertEquals(List.of(), found, "texts written in the code: move them to messages.properties");
    }

    @Test
    void theListOfFilesNotYetConvertedOnlyShrinks() {
        Map<String, Integer> textsPerEntry = new TreeMap<>();
        NOT_YET.forEach(e -> textsPerEntry.put(e, 0));
        for (Path file : sources()) {
            String rel = relative(file);
            NOT_YET.stream().filter(e -> rel.equals(e) || rel.startsWith(e + "/"))
                    .forEach(e -> textsPerEntry.merge(e, texts(file).size(), Integer::sum));
        }
        Set<String> done = new TreeSet<>();
        textsPerEntry.forEach((e, n) -> {
            if (n == 0) {
                done.add(e);
            }
        });
        assertEquals(Set.of(), done, "no text left (or no such file): take these off NOT_YET so they stay clean");
    }

    @Test
    void theScanSeesTextsAndNotIds() {
        List<SourceLiterals.Literal> ls = SourceLiterals.of("""
                class X { // "a comment"
                    static final String T = "Kernel lab"; /* "block" */
                    void f() {
                        b.setId("menuFile"); b.getStyleClass().add("panel-title"); b.setText(Messages.text("menu.file"));
                        l = new Label("bias"); b.setTooltip(new Tooltip("Adds " + n + " kernels"));
                        char q = '"'; throw new IllegalStateException("the lab holds at most 8 kernels");
                    }
                }
                """);
        List<String> texts = ls.stream().filter(l -> isText("x", l)).map(l -> l.line() + " " + l.value()).toList();
        assertEquals(List.of("2 Kernel lab", "5 bias", "5 Adds ", "5  kernels"), texts);
    }

    @Test
    void everyFileOfTheUiIsScannedOrListed() {
        assertTrue(sources().size() > 100, "the scan finds the ui sources from " + UI.toAbsolutePath());
        for (String e : NOT_YET) {
            assertTrue(Files.exists(UI.resolve(e)), "NOT_YET names " + e + ", which does not exist");
        }
    }
}
