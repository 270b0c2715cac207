package app.conv3d.train;

/**
 * The mean loss over a batch and its gradient with respect to every parameter of a {@link ClipClassifier}, laid
 * out as its {@link Parameters}; {@code correct} counts the clips the forward pass already got right.
 */
record Gradients(double loss, int correct, float[] flat) {
}
