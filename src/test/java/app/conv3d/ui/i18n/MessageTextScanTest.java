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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Messages that {@code core}, {@code io} and {@code capture} make for people come from their bundles
 * ({@code CoreTexts}, {@code IoTexts}, {@code CaptureTexts}), not from English written into the code: a literal with a
 * letter in it, given to a {@code BadInputException}, {@code CaptureException}, {@code InvalidSpecException} or a
 * JSON {@code SyntaxException} (or a helper that makes one), fails this test. Files that still hold some are
 * counted in {@link #NOT_YET}: a number that may only go down (a new English message in such a file fails too; a
 * file with fewer must have its number lowered).
 */
class MessageTextScanTest {
    private static final Path MAIN = Path.of("src/main/java/app/conv3d");
    private static final List<String> ROOMS = List.of("core", "io", "capture");

    /** Calls whose arguments are a message for people. */
    private static final Set<String> MESSAGE_CALLS = Set.of("BadInputException", "CaptureException",
            "InvalidSpecException", "SyntaxException", "badSize", "driverMissing");
    private static final Pattern LETTER = Pattern.compile(".*\\p{L}.*", Pattern.DOTALL);

    /** Files (under app/conv3d/) still writing English messages, and how many literals: may only go down. */
    static final Map<String, Integer> NOT_YET = Map.of();

    private static List<Path> sources() {
        List<Path> all = new ArrayList<>();
        for (String room : ROOMS) {
            try (Stream<Path> s = Files.walk(MAIN.resolve(room))) {
                s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static List<String> messages(String source) {
        List<String> found = new ArrayList<>();
        for (SourceLiterals.Literal l : SourceLiterals.of(source)) {
            if (MESSAGE_CALLS.contains(l.callee()) && LETTER.matcher(l.value()).matches()) {
                found.add(l.line() + "  \"" + l.value() + "\"");
            }
        }
        return found;
    }

    @Test
    void messagesForPeopleComeFromTheBundles() throws IOException {
        Map<String, Integer> counted = new TreeMap<>();
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String rel = MAIN.relativize(file).toString().replace('\\', '/');
            List<String> texts = messages(Files.readString(file));
            if (NOT_YET.containsKey(rel)) {
                counted.put(rel, texts.size());
            } else {
                texts.forEach(t -> found.add(rel + ":" + t));
            }
        }
        assertEquals(List.of(), found, "English written into a message: give it a key in the room's messages.properties");
        StringBuilder table = new StringBuilder();
        counted.forEach((f, n) -> table.append("\n            Map.entry(\"").append(f).append("\", ").append(n).append("),"));
        assertEquals(new TreeMap<>(NOT_YET), counted, "NOT_YET counts English messages per file and may only go down;"
                + " now:" + table);
    }

    @Test
    void theScanSeesMessagesAndNothingElse() {
        List<String> found = messages("""
                class X {
                    void f() {
                        throw new BadInputException(file, "not a lesson file: " + why);
                        throw new CaptureException(Reason.NO_CAMERA, IoTexts.text("camera.none"));
                        throw new IllegalStateException("a bug, for programmers");
                        String k = json.get("format");
                    }
                }
                """);
        assertEquals(List.of("3  \"not a lesson file: \""), found);
    }

    @Test
    void everyRoomIsScanned() {
        assertTrue(sources().size() > 100, "the scan finds the sources from " + MAIN.toAbsolutePath());
    }
}
