package app.conv3d.ui.train;

import app.conv3d.capture.TestPatternAct;
import app.conv3d.core.Axis3;
import app.conv3d.core.Volume;
import app.conv3d.core.VolumeResize;
import app.conv3d.io.FrameSize;
import app.conv3d.io.TrainingFolders;
import app.conv3d.io.TrainingFolders.TrainingSet;
import app.conv3d.train.Augmentation;
import app.conv3d.train.LabeledClip;
import app.conv3d.train.GestureNames;
import app.conv3d.ui.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The class's own training set: 2 to 4 named classes, the clips recorded or imported for each (all at one clip
 * size, the training lesson's), which classes are mirror images of each other, and the augmentation chosen.
 * Toolkit-free: every change bumps {@link #revisionProperty()}; a folder is read on the work executor and applied
 * on the FX executor, so nothing changes until it has been read whole.
 */
public final class TrainingSetModel {
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 4;
    /** A training lesson's clips: 16 frames of 32x32, small enough for 50 epochs in a few seconds. */
    public static final Axis3 TRAINING_SIZE = new Axis3(16, 32, 32);
    /** The augmented copies are drawn from this seed: the same set trains the same way every time. */
    public static final long AUGMENTATION_SEED = 0;

    private static final Executor READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conv3d-training-import");
        t.setDaemon(true);
        return t;
    });

    /** One class: its name as typed, its clips, and the teacher's mirror tick (null until ticked or unticked). */
    private static final class Entry {
        String name;
        final List<Volume> clips = new ArrayList<>();
        Boolean mirrorTick;

        Entry(String name) {
            this.name = name;
        }
    }

    private final Axis3 clipSize;
    private final Executor work;
    private final Executor fx;
    private final List<Entry> entries = new ArrayList<>();

    // ---- properties
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAddClass = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRemoveClass = new ReadOnlyBooleanWrapper();
    private final BooleanProperty mirror = new SimpleBooleanProperty(this, "mirror");
    private final BooleanProperty shift = new SimpleBooleanProperty(this, "shift");
    private final BooleanProperty brightness = new SimpleBooleanProperty(this, "brightness");

    /** The default classes (wave right, wave left, still), clips of {@link #TRAINING_SIZE}, folders read in the background. */
    public TrainingSetModel(Executor fx) {
        this(TRAINING_SIZE, READER, fx);
    }

    /**
     * @param clipSize frames x height x width every clip is resized to (the training lesson's size)
     * @param work     reads imported folders ({@code Runnable::run} in tests)
     * @param fx       applies what was read ({@code Platform::runLater})
     */
    public TrainingSetModel(Axis3 clipSize, Executor work, Executor fx) {
        this.clipSize = clipSize;
        this.work = work;
        this.fx = fx;
        entries.add(new Entry(Messages.text("trainingSet.class.waveRight")));
        entries.add(new Entry(Messages.text("trainingSet.class.waveLeft")));
        entries.add(new Entry(Messages.text("trainingSet.class.still")));
        mirror.addListener((o, was, now) -> changed());
        shift.addListener((o, was, now) -> changed());
        brightness.addListener((o, was, now) -> changed());
        changed();
    }

    // ---- properties

    /** Goes up by at least one after every change of classes, clips, mirror ticks or augmentation. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The outcome of the last import ("" for none yet): what was added, or what is wrong with the folder. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} says something went wrong. */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** Why the set cannot be trained on yet ("" when it can): a class without clips, or two classes of one name. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Every class has a distinct name and at least one clip. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** A folder is being read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddClassProperty() {
        return canAddClass.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemoveClassProperty() {
        return canRemoveClass.getReadOnlyProperty();
    }

    /** Augmentation: add every clip mirrored left-right, with its mirror class's label. */
    public BooleanProperty mirrorProperty() {
        return mirror;
    }

    /** Augmentation: add every clip once more moved by a few pixels. */
    public BooleanProperty shiftProperty() {
        return shift;
    }

    /** Augmentation: add every clip once more brighter or darker (with the shift when both are chosen). */
    public BooleanProperty brightnessProperty() {
        return brightness;
    }

    // ---- queries

    /** Frames x height x width of every clip. */
    public Axis3 clipSize() {
        return clipSize;
    }

    /** The class names in order (a blank name reads as "class N"). */
    public List<String> classes() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            names.add(name(i));
        }
        return List.copyOf(names);
    }

    public int classCount() {
        return entries.size();
    }

    /** Class {@code i}'s name, trimmed; "class N" while blank. */
    public String name(int i) {
        String n = entries.get(i).name.trim();
        return n.isEmpty() ? Messages.text("trainingSet.class.unnamed", i + 1) : n;
    }

    /** Class {@code i}'s name as typed. */
    public String typedName(int i) {
        return entries.get(i).name;
    }

    /** Class {@code i}'s clips, in the order they came. */
    public List<Volume> clipsOf(int i) {
        return List.copyOf(entries.get(i).clips);
    }

    public int clipCount(int i) {
        return entries.get(i).clips.size();
    }

    /** The clips as recorded or imported, class by class, labelled with their class's index. */
    public List<LabeledClip> clips() {
        List<LabeledClip> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (Volume v : entries.get(i).clips) {
                out.add(new LabeledClip(v, i));
            }
        }
        return List.copyOf(out);
    }

    /** The chosen augmentation. */
    public Augmentation augmentation() {
        return new Augmentation(mirror.get(), shift.get(), brightness.get());
    }

    /** The clips to train on: {@link #clips()} and the augmented copies. */
    public List<LabeledClip> trainingClips() {
        return List.copyOf(augmentation().apply(clips(), mirrorLabels(), AUGMENTATION_SEED));
    }

    /** Whether class {@code i} takes part in mirroring as one of a pair: the teacher's tick, else its name's. */
    public boolean mirrorTicked(int i) {
        Boolean tick = entries.get(i).mirrorTick;
        return tick != null ? tick : GestureNames.partners(classes())[i] >= 0;
    }

    /**
     * Class {@code i}'s mirror class, or -1: ticked classes whose names are mirrors pair up; the ticked ones left
     * pair in order (a class ticked alone has none).
     */
    public int mirrorPartner(int i) {
        return partners()[i];
    }

    /** The label a mirrored clip of each class gets: its mirror class's, or its own. */
    public int[] mirrorLabels() {
        int[] partner = partners();
        int[] label = new int[partner.length];
        for (int i = 0; i < label.length; i++) {
            label[i] = partner[i] >= 0 ? partner[i] : i;
        }
        return label;
    }

    /** What the virtual camera acts while recording class {@code i}. */
    public TestPatternAct act(int i) {
        return ClassActs.of(classes(), partners()).get(i);
    }

    private int[] partners() {
        List<String> names = classes();
        int[] byName = GestureNames.partners(names);
        int[] partner = new int[names.size()];
        Arrays.fill(partner, -1);
        for (int i = 0; i < partner.length; i++) {
            int j = byName[i];
            if (j >= 0 && mirrorTicked(i) && mirrorTicked(j)) {
                partner[i] = j;
            }
        }
        int waiting = -1;
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] < 0 && mirrorTicked(i)) {
                if (waiting < 0) {
                    waiting = i;
                } else {
                    partner[i] = waiting;
                    partner[waiting] = i;
                    waiting = -1;
                }
            }
        }
        return partner;
    }

    // ---- commands

    /** Adds a class "class N" at the end; false at {@value #MAX_CLASSES}. */
    public boolean addClass() {
        if (entries.size() >= MAX_CLASSES) {
            return false;
        }
        int n = entries.size() + 1;
        while (classes().contains(Messages.text("trainingSet.class.unnamed", n))) {
            n++;
        }
        entries.add(new Entry(Messages.text("trainingSet.class.unnamed", n)));
        changed();
        return true;
    }

    /** Removes class {@code i} with its clips; false at {@value #MIN_CLASSES}. */
    public boolean removeClass(int i) {
        if (entries.size() <= MIN_CLASSES || i < 0 || i >= entries.size()) {
            return false;
        }
        entries.remove(i);
        changed();
        return true;
    }

    /** Renames class {@code i} (as typed; see {@link #name}). */
    public void rename(int i, String name) {
        if (!entries.get(i).name.equals(name)) {
            entries.get(i).name = name;
            changed();
        }
    }

    /** Ticks or unticks class {@code i} as one of a mirror pair, whatever its name says. */
    public void setMirrorTicked(int i, boolean ticked) {
        entries.get(i).mirrorTick = ticked;
        changed();
    }

    /** Adds a clip to class {@code i}, resized to {@link #clipSize()} as the lesson resizes a clip. */
    public void addClip(int i, Volume clip) {
        entries.get(i).clips.add(VolumeResize.to(clip, clipSize));
        changed();
    }

    /** Removes class {@code i}'s clip {@code k}. */
    public void removeClip(int i, int k) {
        entries.get(i).clips.remove(k);
        changed();
    }

    /**
     * Loads a saved set: the classes and their clips (resized to {@link #clipSize()}); the mirror ticks go back to
     * what the names say, the augmentation stays as chosen.
     *
     * @throws IllegalArgumentException for fewer than 2 or more than 4 classes, or a label that names none
     */
    public void restore(List<String> classes, List<LabeledClip> clips) {
        if (classes.size() < MIN_CLASSES || classes.size() > MAX_CLASSES) {
            throw new IllegalArgumentException("a training set has " + MIN_CLASSES + " to " + MAX_CLASSES
                    + " classes, got " + classes.size());
        }
        List<Entry> restored = new ArrayList<>();
        for (String c : classes) {
            restored.add(new Entry(c));
        }
        for (LabeledClip c : clips) {
            if (c.label() < 0 || c.label() >= classes.size()) {
                throw new IllegalArgumentException("a clip's label " + c.label() + " names no class of " + classes);
            }
            restored.get(c.label()).clips.add(VolumeResize.to(c.clip(), clipSize));
        }
        entries.clear();
        entries.addAll(restored);
        message.set("");
        messageIsError.set(false);
        changed();
    }

    /**
     * Reads {@code dir} ({@code DIR/<class>/<clip>}, as {@code train --data}) in the background and adds its clips:
     * to the classes of the same name, new classes for the others (into an empty set, its classes replace the
     * defaults). A folder that cannot be read, or would make more than {@value #MAX_CLASSES} classes, changes
     * nothing and says why in one line.
     */
    public void importFolder(Path dir) {
        busy.set(true);
        work.execute(() -> {
            TrainingSet read;
            try {
                read = TrainingFolders.read(dir, clipSize.t(), FrameSize.of(clipSize.h(), clipSize.w()));
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fx.execute(() -> finishImport(Messages.text("trainingSet.import.failed", why), true));
                return;
            }
            fx.execute(() -> {
                String refused = merge(dir, read);
                finishImport(refused != null ? refused
                        : Messages.text("trainingSet.import.done", read.clips().size(), read.classes().size(), dir),
                        refused != null);
            });
        });
    }

    private void finishImport(String outcome, boolean error) {
        busy.set(false);
        message.set(outcome);
        messageIsError.set(error);
        changed();
    }

    /** Adds {@code read}; or changes nothing and says why. */
    private String merge(Path dir, TrainingSet read) {
        boolean empty = entries.stream().allMatch(e -> e.clips.isEmpty());
        List<String> names = empty ? new ArrayList<>() : new ArrayList<>(lowerNames());
        List<String> shown = empty ? new ArrayList<>() : new ArrayList<>(classes());
        int[] target = new int[read.classes().size()];
        for (int c = 0; c < target.length; c++) {
            String name = read.classes().get(c);
            int at = names.indexOf(name.toLowerCase(Locale.ROOT).trim());
            if (at < 0) {
                names.add(name.toLowerCase(Locale.ROOT).trim());
                shown.add(name);
                at = names.size() - 1;
            }
            target[c] = at;
        }
        if (names.size() > MAX_CLASSES) {
            return Messages.text("trainingSet.import.failed", Messages.text("trainingSet.import.tooMany", dir, names.size(),
                    MAX_CLASSES));
        }
        if (empty) {
            entries.clear();
        }
        for (int i = entries.size(); i < shown.size(); i++) {
            entries.add(new Entry(shown.get(i)));
        }
        for (LabeledClip c : read.clips()) {
            entries.get(target[c.label()]).clips.add(VolumeResize.to(c.clip(), clipSize));
        }
        return null;
    }

    private List<String> lowerNames() {
        return classes().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private void changed() {
        canAddClass.set(entries.size() < MAX_CLASSES);
        canRemoveClass.set(entries.size() > MIN_CLASSES);
        problem.set(findProblem());
        ready.set(problem.get().isEmpty());
        revision.set(revision.get() + 1);
    }

    private String findProblem() {
        List<String> lower = lowerNames();
        for (int i = 0; i < entries.size(); i++) {
            if (lower.indexOf(lower.get(i)) != i) {
                return Messages.text("trainingSet.problem.sameName", name(i));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).clips.isEmpty()) {
                return Messages.text("trainingSet.problem.noClips", name(i));
            }
        }
        return "";
    }
}
