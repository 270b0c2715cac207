package app.conv3d.io;

import app.conv3d.core.Volume;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a clip as a folder of PNGs named {@code frame1.png .. frameN.png}, the layout {@link ClipReader}
 * reads back. Each file is written atomically, and the whole clip (frames, the folder if new, the removal of
 * older extra frames) appears together or not at all: in the caller's {@link OutputTransaction}, else in
 * its own.
 */
public final class ClipWriter {
    private static final Pattern FRAME = Pattern.compile("frame(\\d+)\\.png");

    private ClipWriter() {
    }

    /**
     * Creates {@code folder} if it is missing (its parent must exist) and writes every frame. PNGs named
     * {@code frameK.png} with K beyond the clip, left by an earlier longer clip, are deleted so the folder
     * reads back as exactly this clip; other files are left alone.
     */
    public static void write(Path folder, Volume clip) throws IOException {
        ClipFolder.checkWritable(folder);
        if (OutputTransaction.current() != null) {
            writeFrames(folder, clip);
            return;
        }
        try (OutputTransaction tx = OutputTransaction.begin()) {
            writeFrames(folder, clip);
            tx.commit();
        }
    }

    private static void writeFrames(Path folder, Volume clip) throws IOException {
        OutputTransaction.createDirectories(folder);
        for (int t = 0; t < clip.frames(); t++) {
            PngFiles.write(folder.resolve("frame" + (t + 1) + ".png"), FrameImages.toImage(clip, t));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                Matcher m = FRAME.matcher(p.getFileName().toString());
                if (m.matches() && (m.group(1).length() > 9 || Integer.parseInt(m.group(1)) > clip.frames())) {
                    OutputTransaction.delete(p);
                }
            }
        }
    }
}
