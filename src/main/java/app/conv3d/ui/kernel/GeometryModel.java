package app.conv3d.ui.kernel;

import app.conv3d.core.ConvSpec;
import app.conv3d.core.Padding;
import app.conv3d.ui.i18n.Messages;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The lab's geometry edits: kernel size, stride, dilation and padding per axis, and ReLU. Every setter refuses what
 * would give no output (in 2D also what would give none back in 3D), leaving the lesson as it was and naming the
 * reason in {@link #refusalProperty()}. What may be chosen is the lab's {@link KernelLabModel#rulesProperty()}.
 * Toolkit-free.
 */
public final class GeometryModel {
    private final KernelLabModel lab;

    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal");

    GeometryModel(KernelLabModel lab) {
        this.lab = lab;
    }

    // ---- commands ----

    public boolean setKernelSize(int axis, int k) {
        LabBank bank = lab.bank();
        GeometryRules r = lab.rules();
        if (bank == null || r == null || k == bank.size().get(axis)) {
            return bank != null && r != null;
        }
        if (lab.flat() && axis == 0) {
            return refuse(Messages.text("lab.geometry.flatTime.refused"));
        }
        Optional<String> why = lab.rulesFor(GeometryRules.with(bank.size(), axis, k)).kernelSizeRefusal(axis, k);
        if (why.isPresent()) {
            return refuse(why.get());
        }
        refusal.set(null);
        return lab.attempt(() -> lab.send(bank.resized(GeometryRules.with(bank.size(), axis, k))));
    }

    public boolean setStride(int axis, int s) {
        return applySpec(r -> r.strideRefusal(axis, s), sp -> sp.withStride(GeometryRules.with(sp.stride(), axis, s)));
    }

    public boolean setDilation(int axis, int d) {
        return applySpec(r -> r.dilationRefusal(axis, d),
                sp -> sp.withDilation(GeometryRules.with(sp.dilation(), axis, d)));
    }

    public boolean setPaddingMode(Padding.Mode mode) {
        GeometryRules r = lab.rules();
        return r != null && applySpec(x -> x.paddingModeRefusal(mode), sp -> sp.withPadding(r.paddingFor(mode)));
    }

    public boolean setCustomPadding(int axis, int p) {
        GeometryRules r = lab.rules();
        return r != null && applySpec(x -> x.customPaddingRefusal(axis, p), sp -> sp.withPadding(
                new Padding(Padding.Mode.CUSTOM, GeometryRules.with(r.customAmounts(), axis, p))));
    }

    public void setRelu(boolean relu) {
        lab.lesson().setSpec(lab.lesson().specProperty().get().withRelu(relu));
    }

    // ---- for the lab ----

    /** Shows why a change was refused; always false, for the setters to return. */
    boolean refuse(String why) {
        refusal.set(why);
        return false;
    }

    void clearRefusal() {
        refusal.set(null);
    }

    private boolean applySpec(Function<GeometryRules, Optional<String>> check, UnaryOperator<ConvSpec> change) {
        GeometryRules r = lab.rules();
        if (r == null) {
            return false;
        }
        Optional<String> why = check.apply(r);
        if (why.isPresent()) {
            return refuse(why.get());
        }
        ConvSpec next = change.apply(lab.lesson().specProperty().get());
        if (lab.flat()) {
            // The geometry must also hold for the 3D kernels the 2D ones stand for, or switching back would break.
            Optional<String> in3d = new GeometryRules(r.input(), lab.bank().size(), next).problem();
            if (in3d.isPresent()) {
                return refuse(Messages.text("lab.geometry.refusedIn3d", in3d.get()));
            }
        }
        refusal.set(null);
        lab.clearError();
        if (!next.equals(lab.lesson().specProperty().get())) {
            lab.lesson().setSpec(next);
        }
        return true;
    }

    // ---- properties ----

    /** Why the last geometry change (or the switch back to 3D) was refused; null after one that worked. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
