package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.FrameByFrame;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import app.conv3d.ui.i18n.Messages;
import app.conv3d.ui.lesson.Computed;
import app.conv3d.ui.lesson.Lesson;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The kernel lab's shared state on top of the {@link Lesson}: the kernels the lab holds and where they came from,
 * which one is selected, the 2D/3D choice, what the geometry allows, and the lab's one-line message; the bank's
 * commands (select, add, remove, 2D/3D). The lab's other concerns are models of their own on this one:
 * {@link PresetModel}, {@link GeometryModel}, {@link WeightEditModel} and {@link KernelFilesModel}. Every change goes
 * to the lesson through its commands ({@code setKernelBank}, {@code setSpec}, {@code selectKernel}); the lesson
 * recomputes off the FX thread. Uses JavaFX beans only, so it is tested without a toolkit.
 */
public final class KernelLabModel {
    private final Lesson lesson;
    private final PresetModel presets;
    private final GeometryModel geometry;
    private final WeightEditModel weights;
    private final KernelFilesModel files;

    private final ReadOnlyObjectWrapper<LabBank> slots = new ReadOnlyObjectWrapper<>(this, "slots");
    private final ReadOnlyObjectWrapper<GeometryRules> rules = new ReadOnlyObjectWrapper<>(this, "rules");
    private final ReadOnlyBooleanWrapper frameByFrame = new ReadOnlyBooleanWrapper(this, "frameByFrame");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected");
    private final ReadOnlyObjectWrapper<Kernel> shownKernel = new ReadOnlyObjectWrapper<>(this, "shownKernel");
    private final ReadOnlyObjectWrapper<LabMessage> message = new ReadOnlyObjectWrapper<>(this, "message");

    /** The bank this lab last gave the lesson: any other bank arriving there was set by someone else. */
    private KernelBank sent;
    /** A kernel to select once the lesson's result has that many kernels (selectKernel clamps to the result). */
    private int pendingSelection = -1;

    public KernelLabModel(Lesson lesson) {
        this.lesson = Objects.requireNonNull(lesson);
        this.presets = new PresetModel(this);
        this.geometry = new GeometryModel(this);
        this.weights = new WeightEditModel(this);
        this.files = new KernelFilesModel(this);
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

    // ---- the lab's parts ----

    public PresetModel presets() {
        return presets;
    }

    public GeometryModel geometry() {
        return geometry;
    }

    public WeightEditModel weights() {
        return weights;
    }

    public KernelFilesModel files() {
        return files;
    }

    // ---- commands: the bank ----

    /** Adds the current preset as a new kernel and selects it; refused beyond {@link LabBank#MAX_KERNELS}. */
    public boolean addKernel() {
        LabBank bank = slots.get();
        if (bank == null) {
            return false;
        }
        if (!bank.canAdd()) {
            say(LabMessage.error(Messages.text("lab.bank.full", LabBank.MAX_KERNELS)));
            return false;
        }
        KernelOrigin origin = presets.originToAdd();
        message.set(null);
        return attempt(() -> {
            LabBank next = bank.add(new LabBank.Slot(origin.build(bank.size(), channels()), origin));
            sendSelecting(next, next.count() - 1);
        });
    }

    /** Removes the selected kernel; the last one stays. */
    public boolean removeKernel() {
        LabBank bank = slots.get();
        if (bank == null || bank.count() < 2) {
            say(LabMessage.error(Messages.text("lab.bank.last")));
            return false;
        }
        int n = selected.get();
        message.set(null);
        return attempt(() -> {
            LabBank next = bank.remove(n);
            sendSelecting(next, Math.min(n, next.count() - 1));
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
        presets.follow(bank.slot(index).origin());
        if (lesson.kernelIndexProperty().get() != index) {
            lesson.selectKernel(index);
        }
    }

    /** Shows the depth-1 kernels (each 3D kernel summed over time) applied frame by frame, or the true 3D ones. */
    public void setFrameByFrame(boolean flat) {
        if (frameByFrame.get() == flat) {
            return;
        }
        LabBank current = slots.get();
        if (!flat && current != null) {
            Optional<String> why = rulesFor(current.size()).problem();
            if (why.isPresent()) {
                geometry.refuse(Messages.text("lab.geometry.noOutputIn3d", why.get()));
                return;
            }
        }
        frameByFrame.set(flat);
        geometry.clearRefusal();
        LabBank bank = slots.get();
        if (bank != null) {
            attempt(() -> send(bank));
        }
    }

    public void dismissMessage() {
        message.set(null);
    }

    // ---- for the lab's parts: the shared state and the way to the lesson ----

    Lesson lesson() {
        return lesson;
    }

    /** The lab's kernels, null until the lesson has some. */
    LabBank bank() {
        return slots.get();
    }

    int selectedIndex() {
        return selected.get();
    }

    boolean flat() {
        return frameByFrame.get();
    }

    GeometryRules rules() {
        return rules.get();
    }

    /** The selected 3D kernel; null until the lesson has kernels. */
    Kernel selectedKernel() {
        LabBank bank = slots.get();
        return bank == null ? null : bank.kernel(clamp(selected.get(), bank.count()));
    }

    GeometryRules rulesFor(Axis3 kernelSize) {
        return new GeometryRules(lesson.lessonSizeProperty().get().size(), kernelSize, lesson.specProperty().get());
    }

    void say(LabMessage m) {
        message.set(m);
    }

    /** A problem stays until the next change that works; a confirmation stays until dismissed or replaced. */
    void clearError() {
        LabMessage m = message.get();
        if (m != null && m.error()) {
            message.set(null);
        }
    }

    /** Gives the lesson the lab's kernels (their 2D counterparts in frame-by-frame mode). */
    void send(LabBank bank) {
        KernelBank out = frameByFrame.get() ? bank.frameByFrame() : bank.bank();
        clearError();
        slots.set(bank);
        sent = out;
        refresh();
        lesson.setKernelBank(out);
    }

    /** Sends {@code bank} and selects kernel {@code n} of it once the lesson has computed it. */
    void sendSelecting(LabBank bank, int n) {
        pendingSelection = n;
        selected.set(n);
        send(bank);
    }

    /** Runs a change that builds kernels; a refusal from core becomes the lab's message, never an exception. */
    boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (IllegalStateException | IllegalArgumentException e) { // core's InvalidSpecException included
            pendingSelection = -1;
            message.set(LabMessage.error(e.getMessage()));
            return false;
        }
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

    // ---- keeping up with the lesson ----

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

    private Kernel shownKernel() {
        Kernel k = selectedKernel();
        return k == null || !frameByFrame.get() ? k : FrameByFrame.flatten(k);
    }

    /** The editor's frame and channel are brought into {@code k} first, so no view ever sees them outside it. */
    private void show(Kernel k) {
        if (k != null) {
            weights.bringInto(k);
        }
        shownKernel.set(k);
    }

    static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    static String count(int n) {
        return Messages.text(n == 1 ? "lab.count.one" : "lab.count.many", n);
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

    /** The last file or edit outcome worth a line; null when there is nothing to say. */
    public ReadOnlyObjectProperty<LabMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
