package app.conv3d.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class KernelSpecParserTest {

    @ParameterizedTest
    @EnumSource(KernelPreset.class)
    void aBareIdGivesThePresetAtFiveCubed(KernelPreset preset) {
        KernelSpec spec = KernelSpecParser.parse(preset.id());
        assertEquals(KernelSpec.of(preset), spec);
        assertEquals(Axis3.all(5), spec.size());
        assertEquals(preset.build(Axis3.all(5), 3), KernelSpecParser.kernel(preset.id(), 3));
    }

    @Test
    void randomDefaultsToTheSeedFiveFilter() {
        Kernel k = KernelSpecParser.kernel("random", 3);
        assertArrayEquals(NumpyRandomTest.SEED5_STD05_5X5X5X3, k.weights());
    }

    // np.random.seed(42); (0.25 * np.random.randn(2, 2, 2, 3)).astype(np.float32).ravel()
    @Test
    void aRandomSpecGivesNumpysKernelForThatSeedStdAndSize() {
        assertArrayEquals(new float[] {0.124178536f, -0.034566075f, 0.16192214f, 0.38075745f, -0.058538344f,
                -0.05853424f, 0.3948032f, 0.19185868f, -0.117368594f, 0.13564001f, -0.11585442f, -0.116432436f,
                0.060490567f, -0.47832006f, -0.43122947f, -0.14057188f, -0.25320777f, 0.078561835f, -0.22700602f,
                -0.35307592f, 0.3664122f, -0.056444075f, 0.01688205f, -0.35618705f},
                KernelSpecParser.kernel("random:seed=42,std=0.25,size=2x2x2", 3).weights());
    }

    @Test
    void randomTakesSeedStdAndSizeInAnyOrder() {
        KernelSpec spec = KernelSpecParser.parse("random:size=3x5x7, std=0.25 ,seed=4294967295");
        assertEquals(new KernelSpec(KernelPreset.RANDOM, new Axis3(3, 5, 7), 4294967295L, 0.25), spec);
        assertEquals(KernelPreset.randomGaussian(new Axis3(3, 5, 7), 1, 4294967295L, 0.25), spec.build(1));
        assertEquals(new KernelSpec(KernelPreset.RANDOM, Axis3.all(5), 0, 0.5), KernelSpecParser.parse("random:seed=0"));
        assertEquals(1.0, KernelSpecParser.parse("random:std=1.").std());
        assertEquals(0.001, KernelSpecParser.parse("random:std=1e-3").std());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "blur:size=3x3x3; blur; 3; 3; 3",
            "BLUR:SIZE=2X4X6; blur; 2; 4; 6",
            "  sobel-x : size = 7 ; sobel-x; 7; 7; 7",
            "identity:size=1x1x1; identity; 1; 1; 1",
            "temporal-difference:size=31x1x31; temporal-difference; 31; 1; 31"})
    void presetsTakeASize(String text, String id, int t, int h, int w) {
        KernelSpec spec = KernelSpecParser.parse(text);
        assertEquals(KernelPreset.byId(id).orElseThrow(), spec.preset());
        assertEquals(new Axis3(t, h, w), spec.size());
    }

    @Test
    void theSyntaxLinesExampleParses() {
        String example = KernelSpecParser.SYNTAX.substring(KernelSpecParser.SYNTAX.indexOf("e.g. ") + 5);
        assertEquals(new KernelSpec(KernelPreset.RANDOM, new Axis3(3, 5, 5), 7, 0.25), KernelSpecParser.parse(example));
    }

    @Test
    void toStringIsASpecThatParsesBackToTheSame() {
        for (String text : new String[] {"random:seed=12,std=0.125,size=3x4x5", "motion-left:size=5x3x7", "blur"}) {
            KernelSpec spec = KernelSpecParser.parse(text);
            assertEquals(spec, KernelSpecParser.parse(spec.toString()));
        }
        assertEquals("random:seed=5,std=0.5,size=5x5x5", KernelSpecParser.parse("random").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "''; empty kernel spec",
            "'   '; empty kernel spec",
            "sobel; unknown kernel 'sobel'",
            "gaussian:std=1; unknown kernel 'gaussian'",
            "blur:; has a ':' but no parameters",
            "blur:seed=5; has no parameter 'seed'",
            "blur:size=3x3x3,; a parameter is empty",
            "blur:=3; a parameter is empty",
            "random:colour=red; has no parameter 'colour'",
            "random:seed; parameter 'seed' needs a value",
            "random:seed=; parameter 'seed' needs a value",
            "random:seed=1,seed=2; 'seed' is given twice",
            "random:seed=-1; seed must be a whole number",
            "random:seed=4294967296; seed must be a whole number",
            "random:seed=1.5; seed must be a whole number",
            "random:seed=abc; seed must be a whole number",
            "random:std=0; std must be a positive number",
            "random:std=-0.5; std must be a positive number",
            "random:std=NaN; std must be a positive number",
            "random:std=Infinity; std must be a positive number",
            "random:std=1e9; std must be a positive number",
            "random:std=0x1p3; std must be a positive number",
            "blur:size=3x3; size must be TxHxW",
            "blur:size=0x3x3; size must be TxHxW",
            "blur:size=32; size must be TxHxW",
            "blur:size=3x3x3x3; size must be TxHxW",
            "blur:size=3xx3; size must be TxHxW",
            "blur:size=a; size must be TxHxW",
            "blur:size=-3; size must be TxHxW"})
    void malformedSpecsAreRejectedWithOneLineSayingWhy(String text, String expected) {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> KernelSpecParser.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void rejectionsListWhatIsAllowed() {
        String unknown = assertThrows(InvalidSpecException.class, () -> KernelSpecParser.parse("edges")).getMessage();
        for (KernelPreset preset : KernelPreset.values()) {
            assertTrue(unknown.contains(preset.id()), unknown);
        }
        String badKey = assertThrows(InvalidSpecException.class,
                () -> KernelSpecParser.parse("random:speed=2")).getMessage();
        assertTrue(badKey.endsWith("valid keys are seed, std, size"), badKey);
        assertThrows(InvalidSpecException.class, () -> KernelSpecParser.parse(null));
    }
}
