package app.conv3d.bench;

import ai.onnxruntime.OrtException;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.FeatureVolume;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our engine and ONNX Runtime on the same convolutions. Sampled times (every call timed), so the
 * report can give medians; short runs because the machine is shared with other builds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class Conv3dBenchmark {

    /** The workload's data, made once per fork. */
    @State(Scope.Benchmark)
    public static class Inputs {
        @Param({"seed", "small", "bank16"})
        public Workload workload;

        Volume volume;
        KernelBank bank;
        ConvSpec spec;

        @Setup(Level.Trial)
        public void make() {
            volume = workload.volume();
            bank = workload.bank();
            spec = workload.spec();
        }
    }

    /** An ONNX Runtime session for the workload, checked against our engine before it is timed. */
    @State(Scope.Benchmark)
    public static class OnnxSession {
        OnnxRuntimeConv conv;

        @Setup(Level.Trial)
        public void open(Inputs in) throws OrtException {
            conv = new OnnxRuntimeConv(in.volume, in.bank, in.spec);
            conv.run();
            OutputCheck.requireSame("ONNX Runtime", Conv3d.apply(in.volume, in.bank, in.spec).data(), conv.output());
        }

        @TearDown(Level.Trial)
        public void close() throws OrtException {
            conv.close();
        }
    }

    @Benchmark
    public FeatureVolume engine(Inputs in) {
        return Conv3d.apply(in.volume, in.bank, in.spec);
    }

    @Benchmark
    public float onnxRuntime(OnnxSession onnx) throws OrtException {
        onnx.conv.run();
        return onnx.conv.sample(0);
    }
}
