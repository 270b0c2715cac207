package app.conv3d.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window's shares without a toolkit: the stage's minimum, the dividers, what is remembered and how it comes back. */
class StageLayoutModelTest {
    private static final double EPS = 1e-9;
    /** A node of this test's own, never the user's settings. */
    private final Preferences node = Preferences.userRoot().node("/app/conv3d/test/" + UUID.randomUUID());

    @AfterEach
    void removeTheNode() throws BackingStoreException {
        node.removeNode();
    }

    private StageLayoutModel model(double width) {
        StageLayoutModel m = new StageLayoutModel(LayoutMemory.in(node));
        m.resize(width);
        return m;
    }

    private static void assertStageKeepsItsShare(StageLayoutModel m, double width) {
        double least = StageShares.minimum(width);
        assertTrue(m.volumeShare() >= least, "volume " + m.volumeShare() + " at " + width);
        assertTrue(m.featureShare() >= least, "features " + m.featureShare() + " at " + width);
        assertTrue(m.sideShare() < m.volumeShare() && m.sideShare() < m.featureShare(),
                "the side column " + m.sideShare() + " is smaller than either stage view");
        assertEquals(1, m.volumeShare() + m.featureShare() + m.sideShare(), EPS);
    }

    @Test
    void theMinimumIsThirtyPercentOnAProjectorAndThirtyFiveFromFullHdUp() {
        assertEquals(0.30, StageShares.minimum(1024), EPS);
        assertEquals(0.30, StageShares.minimum(1280), EPS);
        assertEquals(0.325, StageShares.minimum(1600), EPS);
        assertEquals(0.35, StageShares.minimum(1920), EPS);
        assertEquals(0.35, StageShares.minimum(3840), EPS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1280, 1366, 1600, 1920, 2560})
    void byDefaultTheStageHasItsShareAndTheArithmeticTheRest(double width) {
        StageLayoutModel m = model(width);
        assertTrue(m.arithmeticShownProperty().get());
        assertEquals(2, m.dividersProperty().get().size());
        assertStageKeepsItsShare(m, width);
        assertEquals(m.volumeShare(), m.featureShare(), EPS);
        assertTrue(m.sideShare() >= 0.2, "room for the arithmetic: " + m.sideShare());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1280, 1600, 1920})
    void theKernelLabTakesTheColumnButNeverTheStagesShare(double width) {
        StageLayoutModel m = model(width);
        double arithmetic = m.sideShare();
        m.toggleKernelLab();
        assertTrue(m.kernelLabShownProperty().get());
        assertStageKeepsItsShare(m, width);
        assertTrue(m.sideShare() >= arithmetic, "the lab gets at least the arithmetic's room");
    }

    @Test
    void foldingTheArithmeticAwayGivesTheStageTheWholeWidth() {
        StageLayoutModel m = model(1280);
        m.toggleArithmetic();
        assertFalse(m.sideShownProperty().get());
        assertEquals(1, m.dividersProperty().get().size());
        assertEquals(0.5, m.volumeShare(), EPS);
        assertEquals(0.5, m.featureShare(), EPS);
        m.toggleKernelLab();
        assertTrue(m.sideShownProperty().get(), "the lab still opens beside the stage");
    }

    @Test
    void aDragTooFarStopsAtTheStagesShare() {
        StageLayoutModel m = model(1920);
        m.drag(List.of(0.05, 0.95));
        assertStageKeepsItsShare(m, 1920);
        m.drag(List.of(0.9, 0.95));
        assertStageKeepsItsShare(m, 1920);
        assertTrue(m.volumeShare() > m.featureShare(), "the volume took what it could");
    }

    @Test
    void aDragWithinTheLimitsIsKeptAsItIs() {
        StageLayoutModel m = model(1920);
        m.drag(List.of(0.40, 0.78));
        assertEquals(List.of(0.40, 0.78), rounded(m.dividersProperty().get()));
    }

    @Test
    void positionsAreRememberedAndComeBackInTheNextWindow() {
        StageLayoutModel first = model(1920);
        first.drag(List.of(0.40, 0.78));
        first.toggleArithmetic();
        StageLayoutModel next = model(1920);
        assertFalse(next.arithmeticShownProperty().get(), "the arithmetic stays folded");
        next.toggleArithmetic();
        assertEquals(List.of(0.40, 0.78), rounded(next.dividersProperty().get()));
    }

    @Test
    void theLabRemembersItsOwnWidth() {
        StageLayoutModel m = model(1920);
        m.toggleKernelLab();
        m.drag(List.of(0.36 + 0.005, 0.74));
        m.toggleKernelLab();
        double arithmetic = m.sideShare();
        m.toggleKernelLab();
        assertEquals(0.26, m.sideShare(), 1e-6);
        assertTrue(Math.abs(arithmetic - 0.26) > 0.01, "the arithmetic kept its own: " + arithmetic);
    }

    @Test
    void aRememberedPositionIsClampedForASmallerWindow() {
        model(1920).drag(List.of(0.60, 0.80)); // fine on a wide screen once the side is narrow
        StageLayoutModel small = model(1280);
        assertStageKeepsItsShare(small, 1280);
    }

    @Test
    void garbageInTheSettingsGivesTheDefaults() {
        node.put(StageLayoutModel.VOLUME_SHARE, "wide");
        node.put(StageLayoutModel.DETAIL_SHARE, "-7");
        node.put(StageLayoutModel.ARITHMETIC_SHOWN, "perhaps");
        StageLayoutModel m = model(1280);
        assertTrue(m.arithmeticShownProperty().get());
        assertStageKeepsItsShare(m, 1280);
        assertTrue(m.sideShare() >= StageShares.SIDE_MIN, "a negative width is clamped: " + m.sideShare());
    }

    @Test
    void resizingClampsAgain() {
        StageLayoutModel m = model(2560);
        m.drag(List.of(0.36, 0.72)); // 28% for the arithmetic: too much at 1920 (the stage would have 36% each)
        m.resize(1920);
        assertStageKeepsItsShare(m, 1920);
        m.resize(1280);
        assertStageKeepsItsShare(m, 1280);
    }

    @Test
    void thePresentationViewShowsTheStageAloneUnlessThereIsACloseUp() {
        StageLayoutModel m = model(1280);
        m.togglePresentation();
        assertTrue(m.presentingProperty().get());
        assertFalse(m.sideShownProperty().get());
        m.setCloseUpPresent(true);
        assertTrue(m.sideShownProperty().get(), "the close-up is part of the stage");
        assertStageKeepsItsShare(m, 1280);
        m.togglePresentation();
        assertTrue(m.sideShownProperty().get());
    }

    @Test
    void theCloseUpAloneTakesAFifthAndTheStageTheRest() {
        StageLayoutModel m = model(1920);
        m.setCloseUpPresent(true);
        double withArithmetic = m.sideShare();
        m.toggleArithmetic();
        assertTrue(m.sideShownProperty().get(), "the close-up stays when the arithmetic folds");
        assertEquals(0.2, m.sideShare(), 1e-9);
        assertTrue(withArithmetic > m.sideShare(), withArithmetic + " then " + m.sideShare());
        m.toggleKernelLab();
        assertTrue(m.sideShare() > 0.2, "the lab gets its own width back");
        m.togglePresentation();
        assertEquals(0.2, m.sideShare(), 1e-9, "presenting: the close-up only");
        assertStageKeepsItsShare(m, 1920);
    }

    @Test
    void aMemoryOfNothingStartsFromTheDefaultsEveryTime() {
        StageLayoutModel a = new StageLayoutModel(LayoutMemory.none());
        a.drag(List.of(0.40, 0.70));
        StageLayoutModel b = new StageLayoutModel(LayoutMemory.none());
        assertEquals(0.5 * (1 - b.sideShare()), b.volumeShare(), EPS);
    }

    private static List<Double> rounded(List<Double> d) {
        return d.stream().map(v -> Math.round(v * 1e6) / 1e6).toList();
    }
}
