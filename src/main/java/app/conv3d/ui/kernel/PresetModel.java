package app.conv3d.ui.kernel;

import app.conv3d.core.Kernel;
import app.conv3d.core.KernelPreset;
import app.conv3d.core.NumpyRandom;
import app.conv3d.ui.i18n.Messages;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The lab's presets: which one the selected kernel is (none once edited by hand), and the random kernel's seed and
 * standard deviation. Choosing one rebuilds the selected kernel at the lab's size. Toolkit-free.
 */
public final class PresetModel {
    private final KernelLabModel lab;

    private final ReadOnlyObjectWrapper<KernelPreset> preset =
            new ReadOnlyObjectWrapper<>(this, "preset", KernelPreset.RANDOM);
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", KernelPreset.DEFAULT_SEED);
    private final ReadOnlyDoubleWrapper std = new ReadOnlyDoubleWrapper(this, "std", KernelPreset.DEFAULT_STD);

    /** What "add" builds while the selected kernel is hand-made (and so shows no preset). */
    private KernelPreset lastChosen = KernelPreset.RANDOM;

    PresetModel(KernelLabModel lab) {
        this.lab = lab;
    }

    // ---- commands ----

    /** The selected kernel becomes {@code p} at the lab's size (random with the current seed and std). */
    public void choosePreset(KernelPreset p) {
        preset.set(Objects.requireNonNull(p));
        lastChosen = p;
        LabBank bank = lab.bank();
        if (bank == null) {
            return;
        }
        KernelOrigin origin = origin(p);
        Kernel chosen = origin.build(bank.size(), lab.channels());
        lab.attempt(() -> lab.send(bank.replace(lab.selectedIndex(), new LabBank.Slot(chosen, origin))));
        if (SignedOutput.of(chosen)) { // "still parts go white" (user guide): show the sign
            lab.lesson().setDisplay(SignedOutput.DISPLAY);
        }
    }

    /** Parses and applies the random kernel's seed (0..2^32-1, as NumPy); refuses anything else with a message. */
    public boolean setSeedText(String text) {
        String s = text == null ? "" : text.trim();
        if (!s.matches("[0-9]{1,10}") || Long.parseLong(s) > NumpyRandom.MAX_SEED) {
            lab.say(LabMessage.error(Messages.text("lab.preset.seed.bad", NumpyRandom.MAX_SEED, s)));
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
            lab.say(LabMessage.error(Messages.text("lab.preset.std.bad", text == null ? "" : text.trim())));
            return false;
        }
        std.set(v.getAsDouble());
        rebuildRandom();
        return true;
    }

    // ---- for the lab ----

    /** What a new kernel is built from: the current preset, or the last one chosen while it is hand-made. */
    KernelOrigin originToAdd() {
        return origin(preset.get() != null ? preset.get() : lastChosen);
    }

    /** Shows the preset (and random parameters) a newly selected kernel was built from; null: made by hand. */
    void follow(KernelOrigin origin) {
        preset.set(origin == null ? null : origin.preset());
        if (origin != null) {
            lastChosen = origin.preset();
            if (origin.preset() == KernelPreset.RANDOM) {
                seed.set(origin.seed());
                std.set(origin.std());
            }
        }
    }

    /** The selected kernel was edited by hand: it is no preset any more. */
    void handMade() {
        preset.set(null);
    }

    private void rebuildRandom() {
        lab.say(null);
        if (preset.get() == KernelPreset.RANDOM) {
            choosePreset(KernelPreset.RANDOM);
        }
    }

    private KernelOrigin origin(KernelPreset p) {
        return p == KernelPreset.RANDOM ? new KernelOrigin(p, seed.get(), std.get()) : KernelOrigin.of(p);
    }

    // ---- properties ----

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
}
