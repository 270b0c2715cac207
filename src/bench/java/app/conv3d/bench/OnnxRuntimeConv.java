package app.conv3d.bench;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import app.conv3d.core.Conv3d;
import app.conv3d.core.ConvShape;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.KernelBank;
import app.conv3d.core.Volume;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * The same convolution on ONNX Runtime (CPU), set up for its best case: inputs and output are tensors over
 * direct buffers made once, so {@link #run()} is one session call that writes the result where Java reads it.
 */
final class OnnxRuntimeConv implements AutoCloseable {
    /** The machine has 2 cores; ONNX Runtime gets both for its intra-op pool. */
    static final int INTRA_OP_THREADS = 2;

    private final SessionOptions options;
    private final OrtSession session;
    private final OnnxTensor input;
    private final OnnxTensor weights;
    private final OnnxTensor output;
    private final FloatBuffer outputBuffer;
    private final Map<String, OnnxTensor> inputs;
    private final Map<String, OnnxTensor> outputs;

    OnnxRuntimeConv(Volume volume, KernelBank bank, ConvSpec spec) throws OrtException {
        if (spec.relu()) {
            throw new IllegalArgumentException("the ONNX model is a bare Conv: no ReLU");
        }
        for (int n = 0; n < bank.count(); n++) {
            if (bank.get(n).bias() != 0f) {
                throw new IllegalArgumentException("the ONNX model has no bias input, kernel " + n + " has one");
            }
        }
        ConvShape shape = Conv3d.shape(volume, bank, spec);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        options = new SessionOptions();
        options.setIntraOpNumThreads(INTRA_OP_THREADS);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(SessionOptions.OptLevel.ALL_OPT);
        session = env.createSession(OnnxConvModel.bytes(shape, bank.count(), volume.channels()), options);
        input = OnnxTensor.createTensor(env, OnnxLayout.volume(volume), OnnxConvModel.inputShape(shape, volume.channels()));
        weights = OnnxTensor.createTensor(env, OnnxLayout.weights(bank),
                OnnxConvModel.weightShape(shape, bank.count(), volume.channels()));
        outputBuffer = OnnxLayout.direct(bank.count() * (int) shape.output().product());
        output = OnnxTensor.createTensor(env, outputBuffer, OnnxConvModel.outputShape(shape, bank.count()));
        inputs = Map.of(OnnxConvModel.INPUT, input, OnnxConvModel.WEIGHTS, weights);
        outputs = Map.of(OnnxConvModel.OUTPUT, output);
    }

    /** Runs the model into the pinned output buffer. */
    void run() throws OrtException {
        // The result only wraps the pinned output; closing it leaves our tensor open.
        session.run(inputs, outputs).close();
    }

    /** One value of the last result, for the benchmark to consume. */
    float sample(int index) {
        return outputBuffer.get(index);
    }

    /** A copy of the last result, [n][t][y][x] (the batch axis has size 1). */
    float[] output() {
        float[] copy = new float[outputBuffer.capacity()];
        outputBuffer.get(0, copy);
        return copy;
    }

    @Override
    public void close() throws OrtException {
        output.close();
        weights.close();
        input.close();
        session.close();
        options.close();
    }
}
