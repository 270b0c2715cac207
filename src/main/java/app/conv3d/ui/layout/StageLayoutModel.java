package app.conv3d.ui.layout;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How the window shares its width: the volume and the features (the stage) side by side, and a side column for
 * the detail the teacher asks for (the arithmetic, or the kernel lab in its place, under the close-up when there is
 * one). The stage views never fall below {@link StageShares#minimum}; the teacher's divider positions are kept in a
 * {@link LayoutMemory} and clamped again whenever the window's width changes. The presentation view shows the stage
 * alone.
 *
 * <p>Shares are fractions of the dividers' pane: {@code volumeShare} of the stage (volume + features), and the side
 * column's share of the whole, one remembered for the arithmetic and one for the kernel lab (which wants more).
 */
public final class StageLayoutModel {
    static final String VOLUME_SHARE = "volumeShare";
    static final String DETAIL_SHARE = "detailShare";
    static final String LAB_SHARE = "labShare";
    static final String ARITHMETIC_SHOWN = "arithmeticShown";

    private final LayoutMemory memory;
    private double width = StageShares.LARGE_WIDTH;
    /** What the teacher chose (NaN: not yet), before clamping to the width now. */
    private double volumeWanted;
    private double detailWanted;
    private double labWanted;
    private boolean closeUpPresent;

    // ---- properties ----
    private final ReadOnlyBooleanWrapper arithmeticShown = new ReadOnlyBooleanWrapper(this, "arithmeticShown", true);
    private final ReadOnlyBooleanWrapper kernelLabShown = new ReadOnlyBooleanWrapper(this, "kernelLabShown", false);
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    private final ReadOnlyBooleanWrapper sideShown = new ReadOnlyBooleanWrapper(this, "sideShown", true);
    private final ReadOnlyObjectWrapper<List<Double>> dividers = new ReadOnlyObjectWrapper<>(this, "dividers");

    public StageLayoutModel(LayoutMemory memory) {
        this.memory = Objects.requireNonNull(memory);
        volumeWanted = memory.number(VOLUME_SHARE);
        detailWanted = memory.number(DETAIL_SHARE);
        labWanted = memory.number(LAB_SHARE);
        arithmeticShown.set(memory.flag(ARITHMETIC_SHOWN, true));
        arithmeticShown.addListener((obs, old, now) -> update());
        kernelLabShown.addListener((obs, old, now) -> update());
        presenting.addListener((obs, old, now) -> update());
        update();
    }

    /** Whether the arithmetic shows in the side column (it is detail on demand: the teacher can fold it away). */
    public ReadOnlyBooleanProperty arithmeticShownProperty() {
        return arithmeticShown.getReadOnlyProperty();
    }

    /** Whether the kernel lab shows, in the arithmetic's place. */
    public ReadOnlyBooleanProperty kernelLabShownProperty() {
        return kernelLabShown.getReadOnlyProperty();
    }

    /** The presentation view: the stage and the play controls only, full screen. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether the side column has anything to show: the arithmetic, the lab, or (also when presenting) a close-up. */
    public ReadOnlyBooleanProperty sideShownProperty() {
        return sideShown.getReadOnlyProperty();
    }

    /**
     * The dividers' positions, fractions of the pane from its left edge: after the volume and after the features
     * while the side column shows, after the volume only while it does not.
     */
    public ReadOnlyObjectProperty<List<Double>> dividersProperty() {
        return dividers.getReadOnlyProperty();
    }

    /** The share of the pane the volume view has now. */
    public double volumeShare() {
        return dividers.get().get(0);
    }

    /** The share of the pane the feature view has now. */
    public double featureShare() {
        List<Double> d = dividers.get();
        return (d.size() > 1 ? d.get(1) : 1) - d.get(0);
    }

    /** The share of the pane the side column has now (0 when hidden). */
    public double sideShare() {
        List<Double> d = dividers.get();
        return d.size() > 1 ? 1 - d.get(1) : 0;
    }

    // ---- commands ----

    /** The pane is {@code pixels} wide now (about the window's width): the shares are clamped for it. */
    public void resize(double pixels) {
        if (pixels > 0 && pixels != width) {
            width = pixels;
            update();
        }
    }

    /** The teacher dragged a divider: {@code positions} as {@link #dividersProperty()} lists them. Remembered. */
    public void drag(List<Double> positions) {
        if (positions.isEmpty()) {
            return;
        }
        if (sideShown.get() && positions.size() > 1) {
            double end = positions.get(1);
            double side = clampSide(1 - end);
            if (kernelLabShown.get() && !presenting.get()) {
                labWanted = side;
                memory.put(LAB_SHARE, side);
            } else {
                detailWanted = side;
                memory.put(DETAIL_SHARE, side);
            }
            volumeWanted = clampVolume(positions.get(0) / Math.max(1e-9, end), side);
        } else {
            volumeWanted = clampVolume(positions.get(0), 0);
        }
        memory.put(VOLUME_SHARE, volumeWanted);
        update();
    }

    public void setArithmeticShown(boolean shown) {
        arithmeticShown.set(shown);
        memory.put(ARITHMETIC_SHOWN, shown);
    }

    public void toggleArithmetic() {
        setArithmeticShown(!arithmeticShown.get());
    }

    public void setKernelLabShown(boolean shown) {
        kernelLabShown.set(shown);
    }

    public void toggleKernelLab() {
        setKernelLabShown(!kernelLabShown.get());
    }

    public void setPresenting(boolean on) {
        presenting.set(on);
    }

    public void togglePresentation() {
        setPresenting(!presenting.get());
    }

    /** Whether a close-up sits at the top of the side column (it stays there when presenting). */
    public void setCloseUpPresent(boolean present) {
        closeUpPresent = present;
        update();
    }

    // ---- the arithmetic of shares ----

    private void update() {
        boolean side = presenting.get() ? closeUpPresent
                : arithmeticShown.get() || kernelLabShown.get() || closeUpPresent;
        sideShown.set(side);
        if (!side) {
            dividers.set(List.of(clampVolume(wantedVolume(), 0)));
            return;
        }
        boolean lab = kernelLabShown.get() && !presenting.get();
        boolean closeUpOnly = !lab && (presenting.get() || !arithmeticShown.get());
        double wanted = closeUpOnly ? StageShares.CLOSE_UP_ONLY
                : lab ? (Double.isNaN(labWanted) ? StageShares.sideMax(width) : labWanted)
                : (Double.isNaN(detailWanted) ? StageShares.sideDefault(width) : detailWanted);
        double s = clampSide(wanted);
        double v = clampVolume(wantedVolume(), s);
        dividers.set(List.of(v * (1 - s), 1 - s));
    }

    private double wantedVolume() {
        return Double.isNaN(volumeWanted) ? 0.5 : volumeWanted;
    }

    private double clampSide(double share) {
        double max = StageShares.sideMax(width);
        return Math.max(Math.min(StageShares.SIDE_MIN, max), Math.min(max, share));
    }

    /**
     * The volume's share of the stage, so that both stage views keep their least share of the pane and stay wider
     * than the side column.
     */
    private double clampVolume(double share, double side) {
        double least = Math.min(0.5, Math.max(StageShares.kept(width), side + StageShares.MARGIN) / (1 - side));
        return Math.max(least, Math.min(1 - least, share));
    }
}
