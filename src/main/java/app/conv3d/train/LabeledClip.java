package app.conv3d.train;

import app.conv3d.core.Volume;

/** A clip in 0..255 and the index of its class. */
public record LabeledClip(Volume clip, int label) {
}
