package app.conv3d.bench;

import app.conv3d.core.ConvShape;

/**
 * A one-node ONNX model: {@code y = Conv(x, w)} for one geometry, serialised by hand.
 * The weights are a graph input, not an initializer, so one session runs any kernel of that shape,
 * as the app does when a teacher edits a kernel. Layout is ONNX's NCDHW: x (1, C, T, H, W),
 * w (N, C, kt, kh, kw), y (1, N, T', H', W'). Field numbers are those of onnx/onnx.proto.
 */
final class OnnxConvModel {
    static final String INPUT = "x";
    static final String WEIGHTS = "w";
    static final String OUTPUT = "y";

    private static final long IR_VERSION = 8;
    private static final long OPSET = 17;
    private static final int ELEM_FLOAT = 1;
    private static final int ATTRIBUTE_INTS = 7;

    private OnnxConvModel() {
    }

    static long[] inputShape(ConvShape shape, int channels) {
        return new long[] {1, channels, shape.input().t(), shape.input().h(), shape.input().w()};
    }

    static long[] weightShape(ConvShape shape, int kernels, int channels) {
        return new long[] {kernels, channels, shape.kernel().t(), shape.kernel().h(), shape.kernel().w()};
    }

    static long[] outputShape(ConvShape shape, int kernels) {
        return new long[] {1, kernels, shape.output().t(), shape.output().h(), shape.output().w()};
    }

    /** The serialised ModelProto for this convolution (stride, dilation and padding taken from {@code shape}). */
    static byte[] bytes(ConvShape shape, int kernels, int channels) {
        long[] pads = {
            shape.padding().t(), shape.padding().h(), shape.padding().w(),
            shape.padding().t(), shape.padding().h(), shape.padding().w()};
        ProtoWriter node = new ProtoWriter()
                .string(1, INPUT)
                .string(1, WEIGHTS)
                .string(2, OUTPUT)
                .string(3, "conv")
                .string(4, "Conv")
                .message(5, ints("kernel_shape", shape.kernel().t(), shape.kernel().h(), shape.kernel().w()))
                .message(5, ints("strides", shape.stride().t(), shape.stride().h(), shape.stride().w()))
                .message(5, ints("dilations", shape.dilation().t(), shape.dilation().h(), shape.dilation().w()))
                .message(5, ints("pads", pads));
        ProtoWriter graph = new ProtoWriter()
                .message(1, node)
                .string(2, "conv3d")
                .message(11, floatTensor(INPUT, inputShape(shape, channels)))
                .message(11, floatTensor(WEIGHTS, weightShape(shape, kernels, channels)))
                .message(12, floatTensor(OUTPUT, outputShape(shape, kernels)));
        ProtoWriter opset = new ProtoWriter().string(1, "").varint(2, OPSET);
        return new ProtoWriter()
                .varint(1, IR_VERSION)
                .string(2, "conv3d-explorer-bench")
                .message(7, graph)
                .message(8, opset)
                .toByteArray();
    }

    /** AttributeProto{name=1, type=20, ints=8 (unpacked, as proto2 writes it)}. */
    private static ProtoWriter ints(String name, long... values) {
        ProtoWriter attribute = new ProtoWriter().string(1, name).varint(20, ATTRIBUTE_INTS);
        for (long v : values) {
            attribute.varint(8, v);
        }
        return attribute;
    }

    /** ValueInfoProto{name=1, type=2: TypeProto{tensor_type=1: {elem_type=1, shape=2: {dim=1: {dim_value=1}}}}}. */
    private static ProtoWriter floatTensor(String name, long[] dims) {
        ProtoWriter shape = new ProtoWriter();
        for (long d : dims) {
            shape.message(1, new ProtoWriter().varint(1, d));
        }
        ProtoWriter tensor = new ProtoWriter().varint(1, ELEM_FLOAT).message(2, shape);
        ProtoWriter type = new ProtoWriter().message(1, tensor);
        return new ProtoWriter().string(1, name).message(2, type);
    }
}
