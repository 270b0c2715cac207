package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FrameByFrame;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.NumpyRandom;
import app.conv3d.core.Padding;
import app.conv3d.core.Volume;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The kernel lab's state on top of the {@link Lesson}: which kernels the lab holds and where they came from, the
 * preset and random parameters, the 2D/3D choice, which weights the editor shows, and what may be chosen next.
 * Every change goes to the lesson through its commands ({@code setKernelBank}, {@code setSpec},
 * {@code selectKernel}); the lesson recomputes off the FX thread. Uses JavaFX beans only, so it is tested without
 * a toolkit.
 */
public final class KernelLabModel {
    private final Lesson lesson;

    private final ReadOnlyObjectWrapper<LabBank> slots = new ReadOnlyObjectWrapper<>(this, "slots");
    private final ReadOnlyObjectWrapper<GeometryRules> rules = new ReadOnlyObjectWrapper<>(this, "rules");
    private final ReadOnlyBooleanWrapper frameByFrame = new ReadOnlyBooleanWrapper(this, "frameByFrame");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected");
    private final ReadOnlyObjectWrapper<Kernel> shownKernel = new ReadOnlyObjectWrapper<>(this, "shownKernel");
    private final ReadOnlyObjectWrapper<KernelPreset> preset =
            new ReadOnlyObjectWrapper<>(this, "preset", KernelPreset.RANDOM);
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", KernelPreset.DEFAULT_SEED);
    private final ReadOnlyDoubleWrapper std = new ReadOnlyDoubleWrapper(this, "std", KernelPreset.DEFAULT_STD);
    private final ReadOnlyIntegerWrapper editFrame = new ReadOnlyIntegerWrapper(this, "editFrame");
    private final ReadOnlyIntegerWrapper editChannel = new ReadOnlyIntegerWrapper(this, "editChannel");
    private final ReadOnlyStringWrapper geometryNote = new ReadOnlyStringWrapper(this, "geometryNote");
    private final ReadOnlyObjectWrapper<LabMessage> message = new ReadOnlyObjectWrapper<>(this, "message");

    /** The bank this lab last gave the lesson: any other bank arriving there was set by someone else. */
    private KernelBank sent;
    /** A kernel to select once the lesson's result has that many kernels (selectKernel clamps to the result). */
    private int pendingSelection = -1;
    private Drag drag;
    /** What "add" builds while the selected kernel is hand-made (and so shows no preset). */
    private KernelPreset lastChosen = KernelPreset.RANDOM;

    public KernelLabModel(Lesson lesson) {
        this.lesson = Objects.requireNonNull(lesson);
        lesson.bankProperty().addListener((obs, old, now) -> onLessonBank(now));
        lesson.specProperty().addListener((obs, old, now) -> refresh());
        lesson.lessonSizeProperty().addListener((obs, old, now) -> refresh());
        lesson.sourceClipProperty().addListener((obs, old, now) -> refresh());
        lesson.kernelIndexProperty().addListener((obs, old, now) -> {
            if (pendingSelection < 0) {
                select(now.intValue());
            }
        });
        lesson.computedProperty().addListener((obs, old, now) -> onComputed(now));
        onLessonBank(lesson.bankProperty().get());
    }

    // ---- presets ----

    /** The selected kernel becomes {@code p} at the lab's size (random with the current seed and std). */
    public void choosePreset(KernelPreset p) {
        preset.set(Objects.requireNonNull(p));
        lastChosen = p;
        LabBank bank = slots.get();
        if (bank == null) {
            return;
        }
        KernelOrigin origin = origin(p);
        Kernel chosen = origin.build(bank.size(), channels());
        attempt(() -> send(bank.replace(selected.get(), new LabBank.Slot(chosen, origin))));
        if (SignedOutput.of(chosen)) { // "still parts go white" (user guide): show the sign
            lesson.setDisplay(SignedOutput.DISPLAY);
        }
    }

    /** Parses and applies the random kernel's seed (0..2^32-1, as NumPy); refuses anything else with a message. */
    public boolean setSeedText(String text) {
        String s = text == null ? "" : text.trim();
        if (!s.matches("[0-9]{1,10}") || Long.parseLong(s) > NumpyRandom.MAX_SEED) {
            message.set(LabMessage.error("the seed must be a whole number 0.." + NumpyRandom.MAX_SEED + ", not \""
                    + s + "\""));
            return false;
        }
        seed.set(Long.parseLong(s));
        rebuildRandom();
        return true;
    }

    /** Parses and applies the random kernel's standard deviation (0 < std <= 1000). */
    public boolean setStdText(String text) {
        OptionalDouble v = WeightText.parse(text);
        if (v.isEmpty() || v.getAsDouble() <= 0 || v.getAsDouble() > 1000) {
            message.set(LabMessage.error("std must be a positive number up to 1000, not \""
                    + (text == null ? "" : text.trim()) + "\""));
            return false;
        }
        std.set(v.getAsDouble());
        rebuildRandom();
        return true;
    }

    private void rebuildRandom() {
        message.set(null);
        if (preset.get() == KernelPreset.RANDOM) {
            choosePreset(KernelPreset.RANDOM);
        }
    }

    private KernelOrigin origin(KernelPreset p) {
        return p == KernelPreset.RANDOM ? new KernelOrigin(p, seed.get(), std.get()) : KernelOrigin.of(p);
    }

    // ---- geometry: every setter refuses what would give no output, naming the reason ----

    public boolean setKernelSize(int axis, int k) {
        LabBank bank = slots.get();
        GeometryRules r = rules.get();
        if (bank == null || r == null || k == bank.size().get(axis)) {
            return bank != null && r != null;
        }
        if (frameByFrame.get() && axis == 0) {
            return refuse("the 2D kernel has one frame: switch to 3D to change the time size");
        }
        Optional<String> why = rulesFor(GeometryRules.with(bank.size(), axis, k)).kernelSizeRefusal(axis, k);
        if (why.isPresent()) {
            return refuse(why.get());
        }
        geometryNote.set(null);
        return attempt(() -> send(bank.resized(GeometryRules.with(bank.size(), axis, k))));
    }

    public boolean setStride(int axis, int s) {
        return applySpec(r -> r.strideRefusal(axis, s), sp -> sp.withStride(GeometryRules.with(sp.stride(), axis, s)));
    }

    public boolean setDilation(int axis, int d) {
        return applySpec(r -> r.dilationRefusal(axis, d),
                sp -> sp.withDilation(GeometryRules.with(sp.dilation(), axis, d)));
    }

    public boolean setPaddingMode(Padding.Mode mode) {
        GeometryRules r = rules.get();
        return r != null && applySpec(x -> x.paddingModeRefusal(mode), sp -> sp.withPadding(r.paddingFor(mode)));
    }

    public boolean setCustomPadding(int axis, int p) {
        GeometryRules r = rules.get();
        return r != null && applySpec(x -> x.customPaddingRefusal(axis, p), sp -> sp.withPadding(
                new Padding(Padding.Mode.CUSTOM, GeometryRules.with(r.customAmounts(), axis, p))));
    }

    public void setRelu(boolean relu) {
        lesson.setSpec(lesson.specProperty().get().withRelu(relu));
    }

    private boolean applySpec(java.util.function.Function<GeometryRules, Optional<String>> check,
            UnaryOperator<ConvSpec> change) {
        GeometryRules r = rules.get();
        if (r == null) {
            return false;
        }
        Optional<String> why = check.apply(r);
        if (why.isPresent()) {
            return refuse(why.get());
        }
        ConvSpec next = change.apply(lesson.specProperty().get());
        if (frameByFrame.get()) {
            // The geometry must also hold for the 3D kernels the 2D ones stand for, or switching back would break.
            Optional<String> in3d = new GeometryRules(r.input(), slots.get().size(), next).problem();
            if (in3d.isPresent()) {
                return refuse("refused, because back in 3D " + in3d.get());
            }
        }
        geometryNote.set(null);
        clearError();
        if (!next.equals(lesson.specProperty().get())) {
            lesson.setSpec(next);
        }
        return true;
    }

    private boolean refuse(String why) {
        geometryNote.set(why);
        return false;
    }

    // ---- the selected kernel's weights and bias ----

    public boolean setWeightText(int a, int b, int d, int c, String text) {
        OptionalDouble v = WeightText.parse(text);
        if (v.isEmpty()) {
            message.set(LabMessage.error("\"" + (text == null ? "" : text.trim()) + "\" is not a number: type a"
                    + " weight such as 0.25 or \u22121"));
            return false;
        }
        return setWeight(a, b, d, c, (float) v.getAsDouble());
    }

    public boolean setWeight(int a, int b, int d, int c, float value) {
        return editSelected(k -> WeightEdits.set(k, a, b, d, c, value));
    }

    public boolean setBiasText(String text) {
        OptionalDouble v = WeightText.parse(text);
        if (v.isEmpty()) {
            message.set(LabMessage.error("the bias must be a number, not \"" + (text == null ? "" : text.trim())
                    + "\""));
            return false;
        }
        LabBank bank = slots.get();
        if (bank == null) {
            return false;
        }
        int n = selected.get();
        LabBank.Slot s = bank.slot(n);
        message.set(null);
        // The bias leaves the weights alone, so a preset stays that preset.
        return attempt(() -> send(bank.replace(n, new LabBank.Slot(s.kernel().withBias((float) v.getAsDouble()),
                s.origin()))));
    }

    public boolean negate() {
        return editSelected(WeightEdits::negate);
    }

    public boolean flipTime() {
        return editSelected(WeightEdits::flipTime);
    }

    public boolean normalise() {
        Kernel k = selectedKernel();
        if (k != null && !WeightEdits.canNormalise(k)) {
            message.set(LabMessage.error("every weight is zero: there is nothing to normalise"));
            return false;
        }
        return editSelected(WeightEdits::normalise);
    }

    /**
     * Starts dragging weight (a, b, d, c) of the shown frame and channel: the step is fixed now, from the kernel's
     * scale, so it does not change under the mouse as the weight grows.
     */
    public void beginDrag(int a, int b, int d, int c) {
        Kernel k = selectedKernel();
        drag = k == null || frameByFrame.get() ? null
                : new Drag(a, b, d, c, k.get(a, b, d, c), WeightEdits.dragStep(k));
    }

    /** The dragged weight follows the mouse: {@code pixelsDown} from where the drag began (negative is up). */
    public boolean dragTo(double pixelsDown) {
        Drag g = drag;
        if (g == null) {
            return false;
        }
        float value = WeightEdits.dragged(g.start(), pixelsDown, g.step());
        Kernel k = selectedKernel();
        if (k == null || k.get(g.a(), g.b(), g.d(), g.c()) == value) {
            return false;
        }
        return setWeight(g.a(), g.b(), g.d(), g.c(), value);
    }

    public void endDrag() {
        drag = null;
    }

    private record Drag(int a, int b, int d, int c, float start, float step) {
    }

    private boolean editSelected(UnaryOperator<Kernel> edit) {
        LabBank bank = slots.get();
        if (bank == null) {
            return false;
        }
        if (frameByFrame.get()) {
            message.set(LabMessage.error("the 2D kernel is the 3D one summed over time: switch to 3D to edit"));
            return false;
        }
        int n = selected.get();
        message.set(null);
        boolean done = attempt(() -> send(bank.replace(n, new LabBank.Slot(edit.apply(bank.kernel(n)), null))));
        if (done) {
            preset.set(null);
        }
        return done;
    }

    public void selectEditFrame(int a) {
        Kernel k = shownKernel.get();
        editFrame.set(k == null ? 0 : clamp(a, k.depth()));
    }

    public void selectEditChannel(int c) {
        Kernel k = shownKernel.get();
        editChannel.set(k == null ? 0 : clamp(c, k.channels()));
    }

    // ---- the bank ----

    /** Adds the current preset as a new kernel and selects it; refused beyond {@link LabBank#MAX_KERNELS}. */
    public boolean addKernel() {
        LabBank bank = slots.get();
        if (bank == null) {
            return false;
        }
        if (!bank.canAdd()) {
            message.set(LabMessage.error("the lab holds at most " + LabBank.MAX_KERNELS + " kernels: remove one first"));
            return false;
        }
        KernelOrigin origin = origin(preset.get() != null ? preset.get() : lastChosen);
        message.set(null);
        return attempt(() -> {
            LabBank next = bank.add(new LabBank.Slot(origin.build(bank.size(), channels()), origin));
            pendingSelection = next.count() - 1;
            selected.set(pendingSelection);
            send(next);
        });
    }

    /** Removes the selected kernel; the last one stays. */
    public boolean removeKernel() {
        LabBank bank = slots.get();
        if (bank == null || bank.count() < 2) {
            message.set(LabMessage.error("the lab keeps at least one kernel"));
            return false;
        }
        int n = selected.get();
        message.set(null);
        return attempt(() -> {
            LabBank next = bank.remove(n);
            pendingSelection = Math.min(n, next.count() - 1);
            selected.set(pendingSelection);
            send(next);
        });
    }

    /** Selects kernel {@code n} for the editor and the lesson's walkthrough. */
    public void select(int n) {
        LabBank bank = slots.get();
        if (bank == null) {
            return;
        }
        int index = clamp(n, bank.count());
        selected.set(index);
        show(shownKernel());
        LabBank.Slot s = bank.slot(index);
        preset.set(s.origin() == null ? null : s.origin().preset());
        if (s.origin() != null) {
            lastChosen = s.origin().preset();
            if (s.origin().preset() == KernelPreset.RANDOM) {
                seed.set(s.origin().seed());
                std.set(s.origin().std());
            }
        }
        if (lesson.kernelIndexProperty().get() != index) {
            lesson.selectKernel(index);
        }
    }

    // ---- 2D versus 3D ----

    /** Shows the depth-1 kernels (each 3D kernel summed over time) applied frame by frame, or the true 3D ones. */
    public void setFrameByFrame(boolean flat) {
        if (frameByFrame.get() == flat) {
            return;
        }
        LabBank current = slots.get();
        if (!flat && current != null) {
            Optional<String> why = rulesFor(current.size()).problem();
            if (why.isPresent()) {
                geometryNote.set("the 3D kernels give no output with this geometry: " + why.get());
                return;
            }
        }
        frameByFrame.set(flat);
        geometryNote.set(null);
        LabBank bank = slots.get();
        if (bank != null) {
            attempt(() -> send(bank));
        }
    }

    // ---- files ----

    /** Replaces the lab's kernels with those of a .npy or .json file; problems become one-line messages. */
    public boolean load(Path file) {
        try {
            KernelBank bank = LabFiles.read(file, channels());
            GeometryRules r = rulesFor(frameByFrame.get() ? new Axis3(1, bank.size().h(), bank.size().w()) : bank.size());
            Optional<String> why = r.problem();
            if (why.isPresent()) {
                message.set(LabMessage.error(file.getFileName() + ": its " + bank.size()
                        + " kernels give no output with this geometry (" + why.get() + ")"));
                return false;
            }
            LabBank adopted = LabBank.adopt(bank);
            pendingSelection = 0;
            selected.set(0);
            send(adopted);
            message.set(LabMessage.info("Loaded " + count(bank.count()) + " of " + bank.size() + " from "
                    + file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            message.set(LabMessage.error(LabFiles.readable(file, e)));
            return false;
        }
    }

    /** Saves the selected 3D kernel. */
    public boolean saveKernel(Path file) {
        LabBank bank = slots.get();
        return bank != null && save(file, KernelBank.of(bank.kernel(selected.get())), "kernel " + selected.get());
    }

    /** Saves every 3D kernel of the lab. */
    public boolean saveBank(Path file) {
        LabBank bank = slots.get();
        return bank != null && save(file, bank.bank(), "the bank of " + count(bank.count()));
    }

    private boolean save(Path requested, KernelBank bank, String what) {
        Path file = LabFiles.withExtension(requested);
        try {
            LabFiles.write(file, bank);
            boolean biasesLost = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".npy")
                    && bank.kernels().stream().anyMatch(k -> k.bias() != 0);
            message.set(LabMessage.info("Saved " + what + " to " + file.getFileName()
                    + (biasesLost ? " (weights only: .npy has no place for biases; use .json to keep them)" : "")));
            return true;
        } catch (IOException | RuntimeException e) {
            message.set(LabMessage.error(LabFiles.readable(file, e)));
            return false;
        }
    }

    public void dismissMessage() {
        message.set(null);
    }

    /** A problem stays until the next change that works; a confirmation stays until dismissed or replaced. */
    private void clearError() {
        LabMessage m = message.get();
        if (m != null && m.error()) {
            message.set(null);
        }
    }

    // ---- keeping up with the lesson ----

    /** Gives the lesson the lab's kernels (their 2D counterparts in frame-by-frame mode). */
    private void send(LabBank bank) {
        KernelBank out = frameByFrame.get() ? bank.frameByFrame() : bank.bank();
        clearError();
        slots.set(bank);
        sent = out;
        refresh();
        lesson.setKernelBank(out);
    }

    private void onLessonBank(KernelBank now) {
        if (now != null && now == sent) {
            return;
        }
        // Someone else (the window's loader, a test) set the kernels: take them as they are, in 3D.
        sent = null;
        pendingSelection = -1;
        frameByFrame.set(false);
        slots.set(now == null ? null : LabBank.adopt(now));
        refresh();
        select(lesson.kernelIndexProperty().get());
    }

    private void onComputed(Computed now) {
        if (now != null && pendingSelection >= 0 && now.bank().count() > pendingSelection) {
            int n = pendingSelection;
            pendingSelection = -1;
            lesson.selectKernel(n);
            select(n);
        }
    }

    private void refresh() {
        LabBank bank = slots.get();
        if (bank == null) {
            rules.set(null);
            shownKernel.set(null);
            return;
        }
        Axis3 size = frameByFrame.get() ? new Axis3(1, bank.size().h(), bank.size().w()) : bank.size();
        rules.set(rulesFor(size));
        selected.set(clamp(selected.get(), bank.count()));
        show(shownKernel());
    }

    private GeometryRules rulesFor(Axis3 kernelSize) {
        return new GeometryRules(lesson.lessonSizeProperty().get().size(), kernelSize, lesson.specProperty().get());
    }

    private Kernel shownKernel() {
        Kernel k = selectedKernel();
        return k == null || !frameByFrame.get() ? k : FrameByFrame.flatten(k);
    }

    private Kernel selectedKernel() {
        LabBank bank = slots.get();
        return bank == null ? null : bank.kernel(clamp(selected.get(), bank.count()));
    }

    /** The editor's frame and channel are brought into {@code k} first, so no view ever sees them outside it. */
    private void show(Kernel k) {
        if (k != null) {
            editFrame.set(clamp(editFrame.get(), k.depth()));
            editChannel.set(clamp(editChannel.get(), k.channels()));
        }
        shownKernel.set(k);
    }

    /** The clip's channel count (the kernels must match it); the kernels' own before a clip is loaded. */
    public int channels() {
        Volume clip = lesson.sourceClipProperty().get();
        if (clip != null) {
            return clip.channels();
        }
        LabBank bank = slots.get();
        return bank == null ? 3 : bank.channels();
    }

    /** Runs a change that builds kernels; a refusal from core becomes the lab's message, never an exception. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) { // core's InvalidSpecException included
            pendingSelection = -1;
            message.set(LabMessage.error(e.getMessage()));
            return false;
        }
    }

    private static String count(int n) {
        return n + (n == 1 ? " kernel" : " kernels");
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    // ---- properties ----

    /** The lab's 3D kernels with their origins; null until the lesson has kernels. */
    public ReadOnlyObjectProperty<LabBank> slotsProperty() {
        return slots.getReadOnlyProperty();
    }

    /** What the geometry controls may offer now; null until the lesson has kernels. */
    public ReadOnlyObjectProperty<GeometryRules> rulesProperty() {
        return rules.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty frameByFrameProperty() {
        return frameByFrame.getReadOnlyProperty();
    }

    /** The kernel the editor shows (index into the lab's bank); follows the lesson's selection. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected kernel as the lesson applies it: the 3D kernel, or its 2D counterpart. */
    public ReadOnlyObjectProperty<Kernel> shownKernelProperty() {
        return shownKernel.getReadOnlyProperty();
    }

    /** The selected kernel's preset; null when it was edited by hand or loaded from a file. */
    public ReadOnlyObjectProperty<KernelPreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty stdProperty() {
        return std.getReadOnlyProperty();
    }

    /** The kernel frame (time slice) the weight grid shows. */
    public ReadOnlyIntegerProperty editFrameProperty() {
        return editFrame.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty editChannelProperty() {
        return editChannel.getReadOnlyProperty();
    }

    /** Why the last geometry change was refused; null after one that worked. */
    public ReadOnlyStringProperty geometryNoteProperty() {
        return geometryNote.getReadOnlyProperty();
    }

    /** The last file or edit outcome worth a line; null when there is nothing to say. */
    public ReadOnlyObjectProperty<LabMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
