package app.conv3d.train;

/**
 * One epoch on the learning curves the class watches: the epoch's training loss and accuracy (as
 * {@link EpochResult} gives them) and the model's loss and accuracy on the held-out clips after it, NaN when
 * nothing is held out. The window draws these and a saved lesson keeps them, so both speak this one type.
 */
public record CurvePoint(int epoch, double trainLoss, double trainAccuracy, double heldOutLoss,
        double heldOutAccuracy) {

    /** An epoch's result with nothing held out. */
    public static CurvePoint of(EpochResult result) {
        return new CurvePoint(result.epoch(), result.loss(), result.trainAccuracy(), Double.NaN, Double.NaN);
    }

    /** An epoch's result and the held-out loss and accuracy measured after it. */
    public static CurvePoint of(EpochResult result, double heldOutLoss, double heldOutAccuracy) {
        return new CurvePoint(result.epoch(), result.loss(), result.trainAccuracy(), heldOutLoss, heldOutAccuracy);
    }

    public boolean hasHeldOut() {
        return !Double.isNaN(heldOutAccuracy);
    }
}
