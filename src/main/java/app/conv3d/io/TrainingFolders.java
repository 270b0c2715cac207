package app.conv3d.io;

import app.conv3d.core.Volume;
import app.conv3d.train.LabeledClip;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A training set on disk: {@code DIR/<class name>/} holds one clip per entry, in any form {@link ClipReader}
 * reads (a folder of frames, an animated GIF, a .npy file, an image). Classes are the folders in natural name
 * order; hidden entries are left out. Every clip is fitted to one frame size and must then match the first clip's
 * frames and size, so every problem names the file or folder it is in.
 */
public final class TrainingFolders {
    /** The classes in their order and the clips with their labels; {@code files.get(i)} is clip i's entry. */
    public record TrainingSet(List<String> classes, List<LabeledClip> clips, List<Path> files) {
    }

    private TrainingFolders() {
    }

    /** Reads {@code dir} with at least two classes, each with at least one clip. */
    public static TrainingSet read(Path dir, int frames, FrameSize size) throws IOException {
        List<Path> classFolders = classFolders(dir);
        if (classFolders.size() < 2) {
            throw new BadInputException(dir, classFolders.isEmpty()
                    ? IoTexts.text("training.twoClasses", 0)
                    : IoTexts.text("training.twoClassesFound", classFolders.size(), classFolders.get(0).getFileName()));
        }
        List<String> classes = new ArrayList<>();
        for (Path folder : classFolders) {
            classes.add(folder.getFileName().toString());
        }
        return readWith(classFolders, classes, frames, size, null, null, dir);
    }

    /**
     * Reads {@code dir} for a model of {@code classes} (a held-out set): each class folder must be one of them;
     * clips must match {@code reference}'s size (the training clips').
     */
    public static TrainingSet readHeldOut(Path dir, List<String> classes, int frames, FrameSize size,
                                          Path referenceFile, Volume reference) throws IOException {
        return readWith(classFolders(dir), classes, frames, size, referenceFile, reference, dir);
    }

    /** The clips of {@code classFolders} (listed once, by the caller) as {@code classes}. */
    private static TrainingSet readWith(List<Path> classFolders, List<String> classes, int frames, FrameSize size,
                                        Path referenceFile, Volume reference, Path dir) throws IOException {
        List<LabeledClip> clips = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Path firstFile = referenceFile;
        Volume first = reference;
        for (Path folder : classFolders) {
            String name = folder.getFileName().toString();
            int label = classes.indexOf(name);
            if (label < 0) {
                throw new BadInputException(folder, IoTexts.text("training.notAClass", String.join(", ", classes)));
            }
            List<Path> entries = entries(folder);
            if (entries.isEmpty()) {
                throw new BadInputException(folder, IoTexts.text("training.noClips"));
            }
            for (Path entry : entries) {
                Volume clip = ClipReader.read(entry, frames, size);
                if (first == null) {
                    first = clip;
                    firstFile = entry;
                } else if (!clip.size().equals(first.size()) || clip.channels() != first.channels()) {
                    throw new BadInputException(entry, IoTexts.text("training.otherSize", describe(clip), firstFile,
                            describe(first)));
                }
                clips.add(new LabeledClip(clip, label));
                files.add(entry);
            }
        }
        if (clips.isEmpty()) {
            throw new BadInputException(dir, IoTexts.text("training.noClassFolders"));
        }
        return new TrainingSet(List.copyOf(classes), clips, files);
    }

    private static String describe(Volume clip) {
        return IoTexts.text(clip.frames() == 1 ? "training.size.one" : "training.size.many", clip.frames(), clip.height(),
                clip.width());
    }

    private static List<Path> classFolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, IoTexts.text(Files.exists(dir) ? "training.notFolder" : "training.noFolder"));
        }
        List<Path> folders = new ArrayList<>();
        for (Path p : entries(dir)) {
            if (Files.isDirectory(p)) {
                folders.add(p);
            }
        }
        return folders;
    }

    /** The visible entries of {@code folder} in natural name order. */
    private static List<Path> entries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                if (!p.getFileName().toString().startsWith(".")) {
                    entries.add(p);
                }
            }
        } catch (IOException e) {
            throw BadInputException.of(folder, e);
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE));
        return entries;
    }
}
