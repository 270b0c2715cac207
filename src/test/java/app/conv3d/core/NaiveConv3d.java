package app.conv3d.core;

/**
 * The convolution exactly as the formula reads, one output value at a time, over the channel-last data
 * with explicit padding checks: the reference every engine is compared against. Also returns, per
 * output, the sum of the absolute values of its terms, which bounds the rounding error any summation
 * order can make.
 */
final class NaiveConv3d {
    private NaiveConv3d() {
    }

    record Result(FeatureVolume values, float[] magnitudes) {
    }

    static Result apply(Volume volume, KernelBank bank, ConvSpec spec) {
        ConvShape shape = Conv3d.shape(volume, bank, spec);
        Axis3 o = shape.output();
        int size = bank.count() * (int) o.product();
        float[] out = new float[size];
        float[] magnitudes = new float[size];
        int channels = volume.channels();
        Axis3 k = shape.kernel();
        float[] v = volume.data();
        int i = 0;
        for (int n = 0; n < bank.count(); n++) {
            float[] w = bank.get(n).weights();
            float bias = bank.get(n).bias();
            for (int t = 0; t < o.t(); t++) {
                for (int y = 0; y < o.h(); y++) {
                    for (int x = 0; x < o.w(); x++) {
                        double sum = 0;
                        double magnitude = Math.abs(bias);
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
                                        double term = (double) w[wi + c] * v[vi + c];
                                        sum += term;
                                        magnitude += Math.abs(term);
                                    }
                                }
                            }
                        }
                        sum += bias;
                        magnitudes[i] = (float) magnitude;
                        out[i++] = (float) (spec.relu() ? Math.max(0, sum) : sum);
                    }
                }
            }
        }
        return new Result(new FeatureVolume(bank.count(), o.t(), o.h(), o.w(), out), magnitudes);
    }
}
