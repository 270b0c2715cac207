package app.conv3d.ui.kernel;

import app.conv3d.core.Kernel;
import app.conv3d.ui.i18n.Messages;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Editing the selected kernel's weights and bias: typed values, dragging one weight, negate, flip in time,
 * normalise, and which kernel frame and channel the editor shows. Only 3D kernels are edited (a 2D kernel is the
 * 3D one summed over time); an edit makes the kernel hand-made. Toolkit-free.
 */
public final class WeightEditModel {
    private final KernelLabModel lab;

    private final ReadOnlyIntegerWrapper editFrame = new ReadOnlyIntegerWrapper(this, "editFrame");
    private final ReadOnlyIntegerWrapper editChannel = new ReadOnlyIntegerWrapper(this, "editChannel");

    private Drag drag;

    WeightEditModel(KernelLabModel lab) {
        this.lab = lab;
    }

    // ---- commands ----

    public boolean setWeightText(int a, int b, int d, int c, String text) {
        OptionalDouble v = WeightText.parse(text);
        if (v.isEmpty()) {
            lab.say(LabMessage.error(Messages.text("lab.weights.notANumber", text == null ? "" : text.trim())));
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
            lab.say(LabMessage.error(Messages.text("lab.weights.biasNotANumber", text == null ? "" : text.trim())));
            return false;
        }
        LabBank bank = lab.bank();
        if (bank == null) {
            return false;
        }
        int n = lab.selectedIndex();
        LabBank.Slot s = bank.slot(n);
        lab.say(null);
        // The bias leaves the weights alone, so a preset stays that preset.
        return lab.attempt(() -> lab.send(bank.replace(n, new LabBank.Slot(s.kernel().withBias((float) v.getAsDouble()),
                s.origin()))));
    }

    public boolean negate() {
        return editSelected(WeightEdits::negate);
    }

    public boolean flipTime() {
        return editSelected(WeightEdits::flipTime);
    }

    public boolean normalise() {
        Kernel k = lab.selectedKernel();
        if (k != null && !WeightEdits.canNormalise(k)) {
            lab.say(LabMessage.error(Messages.text("lab.weights.allZero")));
            return false;
        }
        return editSelected(WeightEdits::normalise);
    }

    /**
     * Starts dragging weight (a, b, d, c) of the shown frame and channel: the step is fixed now, from the kernel's
     * scale, so it does not change under the mouse as the weight grows.
     */
    public void beginDrag(int a, int b, int d, int c) {
        Kernel k = lab.selectedKernel();
        drag = k == null || lab.flat() ? null : new Drag(a, b, d, c, k.get(a, b, d, c), WeightEdits.dragStep(k));
    }

    /** The dragged weight follows the mouse: {@code pixelsDown} from where the drag began (negative is up). */
    public boolean dragTo(double pixelsDown) {
        Drag g = drag;
        if (g == null) {
            return false;
        }
        float value = WeightEdits.dragged(g.start(), pixelsDown, g.step());
        Kernel k = lab.selectedKernel();
        if (k == null || k.get(g.a(), g.b(), g.d(), g.c()) == value) {
            return false;
        }
        return setWeight(g.a(), g.b(), g.d(), g.c(), value);
    }

    public void endDrag() {
        drag = null;
    }

    public void selectEditFrame(int a) {
        Kernel k = lab.shownKernelProperty().get();
        editFrame.set(k == null ? 0 : KernelLabModel.clamp(a, k.depth()));
    }

    public void selectEditChannel(int c) {
        Kernel k = lab.shownKernelProperty().get();
        editChannel.set(k == null ? 0 : KernelLabModel.clamp(c, k.channels()));
    }

    // ---- for the lab ----

    /** Brings the shown frame and channel into {@code k}, before the lab shows it. */
    void bringInto(Kernel k) {
        editFrame.set(KernelLabModel.clamp(editFrame.get(), k.depth()));
        editChannel.set(KernelLabModel.clamp(editChannel.get(), k.channels()));
    }

    private record Drag(int a, int b, int d, int c, float start, float step) {
    }

    private boolean editSelected(UnaryOperator<Kernel> edit) {
        LabBank bank = lab.bank();
        if (bank == null) {
            return false;
        }
        if (lab.flat()) {
            lab.say(LabMessage.error(Messages.text("lab.weights.flat")));
            return false;
        }
        int n = lab.selectedIndex();
        lab.say(null);
        boolean done = lab.attempt(() -> lab.send(bank.replace(n, new LabBank.Slot(edit.apply(bank.kernel(n)), null))));
        if (done) {
            lab.presets().handMade();
        }
        return done;
    }

    // ---- properties ----

    /** The kernel frame (time slice) the weight grid shows. */
    public ReadOnlyIntegerProperty editFrameProperty() {
        return editFrame.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty editChannelProperty() {
        return editChannel.getReadOnlyProperty();
    }
}
