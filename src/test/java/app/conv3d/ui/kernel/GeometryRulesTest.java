package app.conv3d.ui.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.conv3d.core.Axis3;
import app.conv3d.core.ConvSpec;
import app.conv3d.core.InvalidSpecException;
import app.conv3d.core.Padding;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeometryRulesTest {
    private static final Axis3 TINY = new Axis3(8, 12, 12);

    @Test
    void aKernelLongerThanTheClipIsRefusedWithConvSpecsReason() {
        GeometryRules r = new GeometryRules(TINY, Axis3.all(5), ConvSpec.VALID.withDilation(new Axis3(2, 1, 1)));
        // 5 taps dilated by 2 span 9 frames, the clip has 8.
        assertTrue(r.shape().isEmpty());
        assertTrue(r.problem().orElseThrow().contains("the output would be empty"), r.problem().orElseThrow());
        assertEquals("no output", r.formula(0));

        GeometryRules valid = new GeometryRules(TINY, Axis3.all(5), ConvSpec.VALID);
        String why = valid.dilationRefusal(0, 2).orElseThrow();
        assertTrue(why.startsWith("a time dilation of 2 is refused: time: the kernel spans 9"), why);
        assertTrue(valid.dilationRefusal(1, 2).isEmpty(), "12 rows hold a span of 9");
        assertEquals("1..4", GeometryRules.allowedText(new GeometryRules(TINY, Axis3.all(5), ConvSpec.VALID.withDilation(new Axis3(2, 1, 1))).kernelSizeOptions(0)));
    }

    @Test
    void everyOfferedOptionIsExactlyWhatTheEngineAccepts() {
        for (Padding padding : List.of(Padding.VALID, Padding.SAME, Padding.of(1, 2, 0))) {
            for (int dt = 1; dt <= 3; dt++) {
                ConvSpec spec = ConvSpec.VALID.withPadding(padding).withDilation(new Axis3(dt, 1, 2));
                GeometryRules r = new GeometryRules(TINY, new Axis3(3, 5, 2), spec);
                for (int a = 0; a < 3; a++) {
                    int axis = a;
                    for (GeometryRules.Option o : r.kernelSizeOptions(axis)) {
                        assertEquals(engineAccepts(spec, GeometryRules.with(r.kernel(), axis, o.value())), o.allowed(),
                                "size " + o.value() + " on axis " + axis + " with " + spec);
                    }
                    for (GeometryRules.Option o : r.dilationOptions(axis)) {
                        assertEquals(engineAccepts(() -> spec.withDilation(
                                GeometryRules.with(spec.dilation(), axis, o.value())), r.kernel()), o.allowed());
                    }
                    for (GeometryRules.Option o : r.strideOptions(axis)) {
                        assertEquals(engineAccepts(() -> spec.withStride(
                                GeometryRules.with(spec.stride(), axis, o.value())), r.kernel()), o.allowed());
                    }
                }
            }
        }
    }

    @Test
    void sameNeedsStrideOneAndSaysSo() {
        GeometryRules same = new GeometryRules(TINY, Axis3.all(3), ConvSpec.VALID.withPadding(Padding.SAME));
        assertTrue(same.strideRefusal(2, 1).isEmpty());
        assertTrue(same.strideRefusal(2, 2).orElseThrow().contains("'same'"));
        assertEquals("1", GeometryRules.allowedText(same.strideOptions(1)));

        GeometryRules strided = new GeometryRules(TINY, Axis3.all(3), ConvSpec.VALID.withStride(new Axis3(1, 2, 1)));
        String why = strided.paddingModeRefusal(Padding.Mode.SAME).orElseThrow();
        assertTrue(why.contains("needs stride 1") && why.contains("1x2x1"), why);
        assertTrue(strided.paddingModeRefusal(Padding.Mode.CUSTOM).isEmpty());
        assertEquals("1..4", GeometryRules.allowedText(strided.strideOptions(0)));
    }

    @Test
    void customPaddingMustStaySmallerThanTheKernelsSpan() {
        GeometryRules r = new GeometryRules(TINY, new Axis3(5, 5, 1), ConvSpec.VALID);
        assertTrue(r.customPaddingRefusal(1, 4).isEmpty());
        assertTrue(r.customPaddingRefusal(1, 5).orElseThrow().contains("must be smaller than the kernel's span 5"));
        assertEquals("0", GeometryRules.allowedText(r.paddingOptions(2)), "a width-1 kernel takes no padding");
        assertEquals("0..4", GeometryRules.allowedText(r.paddingOptions(0)));
    }

    @Test
    void switchingToCustomStartsFromWhatSameAdds() {
        GeometryRules same = new GeometryRules(TINY, new Axis3(3, 5, 7), ConvSpec.VALID.withPadding(Padding.SAME));
        assertEquals(Padding.of(1, 2, 3), same.paddingFor(Padding.Mode.CUSTOM));
        assertEquals(new Axis3(8, 12, 12), same.shape().orElseThrow().output());
    }

    @Test
    void theFormulaIsTheShapesOwn() {
        GeometryRules r = new GeometryRules(new Axis3(16, 256, 256), Axis3.all(5), ConvSpec.VALID);
        assertEquals("floor((16 + 2*0 - 1*(5-1) - 1) / 1) + 1 = 12", r.formula(0));
        assertEquals(new Axis3(12, 252, 252), r.shape().orElseThrow().output());
    }

    @Test
    void allowedTextListsRuns() {
        List<GeometryRules.Option> options = List.of(new GeometryRules.Option(1, null),
                new GeometryRules.Option(2, "no"), new GeometryRules.Option(3, null), new GeometryRules.Option(4, null));
        assertEquals("1, 3..4", GeometryRules.allowedText(options));
        assertEquals("none", GeometryRules.allowedText(List.of(new GeometryRules.Option(1, "no"))));
        assertFalse(options.get(1).allowed());
    }

    private static boolean engineAccepts(ConvSpec spec, Axis3 kernel) {
        return engineAccepts(() -> spec, kernel);
    }

    private static boolean engineAccepts(java.util.function.Supplier<ConvSpec> spec, Axis3 kernel) {
        try {
            spec.get().shape(TINY, kernel);
            return true;
        } catch (InvalidSpecException e) {
            return false;
        }
    }
}
