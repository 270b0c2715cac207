package app.conv3d.core;

/**
 * The 3D convolution (cross-correlation, as every deep-learning framework computes it):
 * {@code out[n,t,y,x] = bias[n] + sum K[n,a,b,d,c] * Vpad[t*st + a*dt, y*sh + b*dh, x*sw + d*dw, c]}.
 */
public final class Conv3d {
    private Conv3d() {
    }

    /** Which implementation {@link #apply} uses on this JVM. */
    public static String path() {
        return "scalar";
    }

    /** Checks that the bank fits the volume and returns the convolution's shape. */
    public static ConvShape shape(Volume volume, KernelBank bank, ConvSpec spec) {
        if (bank.channels() != volume.channels()) {
            throw new InvalidSpecException("channels: the kernel has " + bank.channels()
                    + " but the volume has " + volume.channels());
        }
        return spec.shape(volume.size(), bank.size());
    }

    public static FeatureVolume apply(Volume volume, KernelBank bank, ConvSpec spec) {
        ConvShape shape = shape(volume, bank, spec);
        Axis3 o = shape.output();
        float[] out = new float[bank.count() * (int) o.product()];
        int channels = volume.channels();
        Axis3 k = shape.kernel();
        float[] v = volume.data();
        int i = 0;
        for (int n = 0; n < bank.count(); n++) {
            float[] w = bank.get(n).weightsShared();
            float bias = bank.get(n).bias();
            for (int t = 0; t < o.t(); t++) {
                for (int y = 0; y < o.h(); y++) {
                    for (int x = 0; x < o.w(); x++) {
                        float sum = 0;
                        int wi = 0;
                        for (int a = 0; a < k.t(); a++) {
                            int vt = t * shape.stride().t() + a * shape.dilation().t() - shape.padding().t();
                            for (int b = 0; b < k.h(); b++) {
                                int vy = y * shape.stride().h() + b * shape.dilation().h() - shape.padding().h();
                                for (int d = 0; d < k.w(); d++, wi += channels) {
                                    int vx = x * shape.stride().w() + d * shape.dilation().w() - shape.padding().w();
                                    if (vt < 0 || vt >= volume.frames() || vy < 0 || vy >= volume.height()
                                            || vx < 0 || vx >= volume.width()) {
                                        continue;
                                    }
                                    int vi = volume.index(vt, vy, vx, 0);
                                    for (int c = 0; c < channels; c++) {
                                        sum += w[wi + c] * v[vi + c];
                                    }
                                }
                            }
                        }
                        sum += bias;
                        out[i++] = spec.relu() ? Math.max(0f, sum) : sum;
                    }
                }
            }
        }
        return new FeatureVolume(bank.count(), o.t(), o.h(), o.w(), out);
    }
}
