#!/usr/bin/env python3
"""Fixtures for app.conv3d.train.NumpyFixtureTest, computed independently of the Java code with NumPy.

The classifier of docs/training.md on a small batch, forward and backward, in float64:
K kernels (kt,kh,kw,3) with biases -> ReLU -> mean over (t,h,w) -> linear (C,K) + bias -> softmax,
mean cross-entropy. Inputs (clips already scaled to -1..1, labels, parameters) and results (probabilities,
loss, every gradient) are written as .npy files into
src/test/resources/app/conv3d/train/fixture/. Run from the repository root:

    python3 tools/train_fixtures.py
"""
import os

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

OUT = os.path.join("src", "test", "resources", "app", "conv3d", "train", "fixture")
B, T, H, W, CH = 3, 5, 6, 7, 3
K, KT, KH, KW = 2, 2, 3, 3
CLASSES = 3


def main():
    rng = np.random.RandomState(2026)
    # float32 inputs, so Java reads exactly the values NumPy used
    clips = rng.uniform(-1, 1, size=(B, T, H, W, CH)).astype(np.float32)
    labels = np.array([0, 2, 1], dtype=np.float32)
    kernels = (0.4 * rng.randn(K, KT, KH, KW, CH)).astype(np.float32)
    kernel_bias = (0.1 * rng.randn(K)).astype(np.float32)
    weights = rng.randn(CLASSES, K).astype(np.float32)
    bias = (0.1 * rng.randn(CLASSES)).astype(np.float32)

    x = clips.astype(np.float64)
    k = kernels.astype(np.float64)
    # windows[b, t, y, x, c, a, i, j] = x[b, t + a, y + i, x + j, c]
    windows = sliding_window_view(x, (KT, KH, KW), axis=(1, 2, 3))
    pre = np.einsum("btyxcaij,naijc->bntyx", windows, k) + kernel_bias.astype(np.float64)[None, :, None, None, None]
    features = np.maximum(pre, 0)
    positions = features.shape[2] * features.shape[3] * features.shape[4]
    pooled = features.mean(axis=(2, 3, 4))
    logits = pooled @ weights.astype(np.float64).T + bias.astype(np.float64)
    shifted = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    onehot = np.eye(CLASSES)[labels.astype(int)]
    loss = -np.mean(np.log(probs[np.arange(B), labels.astype(int)]))

    dlogits = (probs - onehot) / B
    dweights = dlogits.T @ pooled
    dbias = dlogits.sum(axis=0)
    dpooled = dlogits @ weights.astype(np.float64)
    dfeatures = (pre > 0) * (dpooled[:, :, None, None, None] / positions)
    dkernel_bias = dfeatures.sum(axis=(0, 2, 3, 4))
    dkernels = np.einsum("bntyx,btyxcaij->naijc", dfeatures, windows)

    os.makedirs(OUT, exist_ok=True)
    arrays = {
        "clips": clips, "labels": labels, "kernels": kernels, "kernel_bias": kernel_bias,
        "weights": weights, "bias": bias,
        "probabilities": probs, "loss": np.array([loss]),
        "d_kernels": dkernels, "d_kernel_bias": dkernel_bias, "d_weights": dweights, "d_bias": dbias,
    }
    for name, array in arrays.items():
        np.save(os.path.join(OUT, name + ".npy"), array)
    print("wrote", len(arrays), "arrays to", OUT, "loss", loss)


if __name__ == "__main__":
    main()
