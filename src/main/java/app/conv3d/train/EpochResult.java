package app.conv3d.train;

/** One epoch's mean loss and the share of its clips the forward passes got right (before each batch's step). */
public record EpochResult(int epoch, double loss, double trainAccuracy) {
}
