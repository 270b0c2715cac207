package app.conv3d.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentLessonsTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesAtMostEight() {
        RecentLessons recent = new RecentLessons(dir.resolve("config/conv3d-explorer/recent.txt"));
        assertEquals(List.of(), recent.list());
        List<Path> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Path p = dir.resolve("lesson" + i + ".c3dlesson");
            assertTrue(recent.add(p));
            expected.add(0, p);
        }
        assertEquals(expected.subList(0, 8), recent.list());
        assertTrue(recent.add(dir.resolve("sub/../lesson5.c3dlesson")));
        List<Path> list = recent.list();
        assertEquals(dir.resolve("lesson5.c3dlesson"), list.get(0));
        assertEquals(8, list.size());
        assertEquals(1, list.stream().filter(p -> p.endsWith("lesson5.c3dlesson")).count());
    }

    @Test
    void persistsAcrossInstancesAndRemoves() {
        Path store = dir.resolve("recent.txt");
        new RecentLessons(store).add(dir.resolve("a.c3dlesson"));
        new RecentLessons(store).add(dir.resolve("b.c3dlesson"));
        RecentLessons again = new RecentLessons(store);
        assertEquals(List.of(dir.resolve("b.c3dlesson"), dir.resolve("a.c3dlesson")), again.list());
        assertTrue(again.remove(dir.resolve("b.c3dlesson")));
        assertEquals(List.of(dir.resolve("a.c3dlesson")), new RecentLessons(store).list());
        assertTrue(again.clear());
        assertEquals(List.of(), again.list());
    }

    @Test
    void corruptFileReadsAsEmptyOrSkipsBadLines() throws IOException {
        Path store = dir.resolve("recent.txt");
        RecentLessons recent = new RecentLessons(store);
        Files.write(store, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        assertEquals(List.of(), recent.list());
        Files.write(store, new byte[(int) RecentLessons.MAX_FILE_BYTES + 1]);
        assertEquals(List.of(), recent.list());
        Path good = dir.resolve("ok.c3dlesson");
        Files.writeString(store, "relative/path\n\n" + good + "\r\n   \n" + good + "\n");
        assertEquals(List.of(good), recent.list());
        Files.createDirectory(dir.resolve("folder.txt"));
        assertEquals(List.of(), new RecentLessons(dir.resolve("folder.txt")).list());
        assertTrue(recent.add(dir.resolve("new.c3dlesson")));
        assertEquals(List.of(dir.resolve("new.c3dlesson"), good), recent.list());
    }

    @Test
    void aStoreThatCannotBeWrittenIsNotAnError() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        RecentLessons recent = new RecentLessons(blocker.resolve("sub/recent.txt"));
        assertFalse(recent.add(dir.resolve("a.c3dlesson")));
        assertEquals(List.of(), recent.list());
    }

    @Test
    void defaultStoreIsInTheUsersConfigFolder() {
        Path store = RecentLessons.defaultStore();
        assertTrue(store.endsWith(Path.of("conv3d-explorer", "recent.txt")), store.toString());
        assertTrue(store.isAbsolute(), store.toString());
        assertEquals(SettingsFolder.forThisUser().resolve("recent.txt"), store);
    }
}
