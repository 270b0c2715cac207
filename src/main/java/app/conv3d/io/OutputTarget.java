package app.conv3d.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a write to a path really lands. A symbolic link is followed to its target, so the target gets the
 * new bytes and the link stays a link (moving a temp file over the link would replace it by a plain file);
 * a device, pipe or socket is refused, because replacing {@code /dev/null} by a regular file is never what
 * the user meant.
 */
final class OutputTarget {
    private static final int MAX_LINKS = 40;

    private OutputTarget() {
    }

    /** The absolute path of the regular file (existing or not) that writing {@code target} replaces. */
    static Path resolve(Path target) throws IOException {
        Path path = target.toAbsolutePath();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new BadInputException(target, IoTexts.text("output.links"));
            }
            Path link = Files.readSymbolicLink(path);
            path = path.getParent().resolve(link).normalize();
        }
        Path folder = path.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException(folder == null ? target : folder, IoTexts.text("folder.missing"));
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(target, IoTexts.text("output.isFolder"));
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(target, IoTexts.text("output.device"));
        }
        return path;
    }
}
