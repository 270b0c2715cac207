package app.conv3d.ui.kernel;

import app.conv3d.core.Axis3;
import app.conv3d.core.FrameByFrame;
import app.conv3d.core.Kernel;
import app.conv3d.core.KernelBank;
import app.conv3d.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The lab's kernels with where each came from. Immutable; every change returns a new bank. */
public final class LabBank {
    /** Eight feature volumes still fit side by side as thumbnails a class can tell apart. */
    public static final int MAX_KERNELS = 8;

    /** One kernel and its origin (null when edited or loaded). */
    public record Slot(Kernel kernel, KernelOrigin origin) {
        public Slot {
            Objects.requireNonNull(kernel);
        }

        /** The slot's name for labels: the preset's, or "edited". */
        public String label() {
            return origin == null ? Messages.text("lab.slot.edited") : origin.label();
        }

        /** The slot's name under a thumbnail. */
        public String shortLabel() {
            return origin == null ? Messages.text("lab.slot.edited") : origin.shortLabel();
        }
    }

    private final List<Slot> slots;

    private LabBank(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    /** The lab's view of a bank it did not make: presets are recognised, everything else counts as edited. */
    public static LabBank adopt(KernelBank bank) {
        List<Slot> slots = new ArrayList<>();
        for (Kernel k : bank.kernels()) {
            slots.add(new Slot(k, KernelOrigin.recognise(k).orElse(null)));
        }
        return new LabBank(slots);
    }

    public static LabBank of(Slot... slots) {
        return new LabBank(List.of(slots));
    }

    public int count() {
        return slots.size();
    }

    public Slot slot(int n) {
        return slots.get(n);
    }

    public Kernel kernel(int n) {
        return slots.get(n).kernel();
    }

    public Axis3 size() {
        return slots.get(0).kernel().size();
    }

    public int channels() {
        return slots.get(0).kernel().channels();
    }

    public boolean canAdd() {
        return slots.size() < MAX_KERNELS;
    }

    public LabBank add(Slot s) {
        if (!canAdd()) {
            throw new IllegalStateException("the lab holds at most " + MAX_KERNELS + " kernels");
        }
        List<Slot> out = new ArrayList<>(slots);
        out.add(s);
        return new LabBank(out);
    }

    public LabBank remove(int n) {
        if (slots.size() < 2) {
            throw new IllegalStateException("the lab keeps at least one kernel");
        }
        List<Slot> out = new ArrayList<>(slots);
        out.remove(n);
        return new LabBank(out);
    }

    public LabBank replace(int n, Slot s) {
        List<Slot> out = new ArrayList<>(slots);
        out.set(n, s);
        return new LabBank(out);
    }

    /** Every kernel at {@code size}: presets rebuilt, edited kernels cut or padded around their centre. */
    public LabBank resized(Axis3 size) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots) {
            Kernel k = s.origin() != null
                    ? s.origin().build(size, s.kernel().channels()).withBias(s.kernel().bias())
                    : WeightEdits.resizeAroundCentre(s.kernel(), size);
            out.add(new Slot(k, s.origin()));
        }
        return new LabBank(out);
    }

    public KernelBank bank() {
        return new KernelBank(slots.stream().map(Slot::kernel).toList());
    }

    /** The depth-1 counterparts (each kernel summed over time), applied frame by frame. */
    public KernelBank frameByFrame() {
        return new KernelBank(slots.stream().map(s -> FrameByFrame.flatten(s.kernel())).toList());
    }
}
