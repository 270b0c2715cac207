package app.conv3d.core;

import java.util.List;

/** N kernels of one shape, applied to the same volume: the output channels of a conv layer. */
public final class KernelBank {
    public static final int MAX_KERNELS = 256;

    private final List<Kernel> kernels;

    public KernelBank(List<Kernel> kernels) {
        if (kernels.isEmpty()) {
            throw new InvalidSpecException(CoreTexts.text("bank.empty"));
        }
        if (kernels.size() > MAX_KERNELS) {
            throw new InvalidSpecException(CoreTexts.text("bank.tooMany", MAX_KERNELS, kernels.size()));
        }
        Kernel first = kernels.get(0);
        for (int n = 1; n < kernels.size(); n++) {
            Kernel k = kernels.get(n);
            if (!k.size().equals(first.size()) || k.channels() != first.channels()) {
                throw new InvalidSpecException(CoreTexts.text("bank.shapes", n, k.size() + "x" + k.channels(),
                        first.size() + "x" + first.channels()));
            }
        }
        this.kernels = List.copyOf(kernels);
    }

    public static KernelBank of(Kernel... kernels) {
        return new KernelBank(List.of(kernels));
    }

    public int count() {
        return kernels.size();
    }

    public Kernel get(int n) {
        return kernels.get(n);
    }

    public List<Kernel> kernels() {
        return kernels;
    }

    /** Depth, height, width of every kernel. */
    public Axis3 size() {
        return kernels.get(0).size();
    }

    public int channels() {
        return kernels.get(0).channels();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KernelBank b && b.kernels.equals(kernels);
    }

    @Override
    public int hashCode() {
        return kernels.hashCode();
    }

    @Override
    public String toString() {
        return "KernelBank " + count() + "x" + size() + "x" + channels();
    }
}
