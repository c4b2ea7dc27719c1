#!/usr/bin/env python3
"""The digits target of issue 15, measured side by side in one run: scikit-learn's
MLPClassifier(hidden_layer_sizes=(50,)) and `nnplay train --dataset digits --hidden 50`
(release build, its default digits settings otherwise; the script checks that both test sets hold the same digits) on the same split of
datasets/digits.csv, test accuracy and training time, medians over seeds 1..N.

The same split: for each seed, this script draws nnplay's own split (its xoshiro256**
generator and Fisher-Yates shuffle, ported below from Sources/NNCore/Random/RandomSource.swift
and DataSplit.swift: 1,079 training, 359 validation, 359 test images), and fits
scikit-learn on those training images and scores it on those test images. Pixels are
divided by 16 for both. scikit-learn runs with its defaults (Adam, lr 1e-3, batch 200,
L2 alpha 1e-4, ReLU, up to 200 epochs with its own stopping rule), fit time only.
nnplay's time is its "seconds" (the training loop, as scikit-learn's fit); the whole
process (start, reading the file, training, evaluating, printing) is shown beside it.

Needs numpy and scikit-learn in a venv (not part of nnplay):
  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scikit-learn
  nice -n 10 /tmp/venv/bin/python scripts/bench_digits.py [path/to/nnplay] [rounds]
"""
import json
import os
import statistics
import subprocess
import sys
import time
import warnings

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

warnings.filterwarnings("ignore", category=ConvergenceWarning)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MASK = (1 << 64) - 1


class RandomSource:
    """nnplay's RandomSource: xoshiro256** seeded through SplitMix64, one stream of a seed."""

    def __init__(self, seed, stream):
        sm = [(seed ^ (stream * 0xD1B54A32D192ED03)) & MASK]
        sm = [self.split_mix(sm)]
        self.s = [self.split_mix(sm) for _ in range(4)]

    @staticmethod
    def split_mix(state):
        state[0] = (state[0] + 0x9E3779B97F4A7C15) & MASK
        z = state[0]
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next(self):
        s0, s1, s2, s3 = self.s
        x = (s1 * 5) & MASK
        result = (((x << 7) | (x >> 57)) & MASK) * 9 & MASK
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = ((s3 << 45) | (s3 >> 19)) & MASK
        self.s = [s0, s1, s2, s3]
        return result

    def integer_below(self, bound):
        product = self.next() * bound
        if product & MASK < bound:
            threshold = ((1 << 64) - bound) % bound
            while product & MASK < threshold:
                product = self.next() * bound
        return product >> 64

    def shuffle(self, items):
        i = len(items) - 1
        while i > 0:
            j = self.integer_below(i + 1)
            items[i], items[j] = items[j], items[i]
            i -= 1


def nnplay_split(n, seed, test_ratio=0.2, validation_ratio=0.2):
    """Row indices of nnplay's train and test sets (DataSplit.split, stream .split = 6)."""
    order = list(range(n))
    RandomSource(seed, 6).shuffle(order)
    train_end = min(n, int(np.floor(n * (1 - test_ratio) + 0.5)))
    validation = min(max(0, train_end - 1), int(np.floor(n * validation_ratio + 0.5)))
    return order[:train_end - validation], order[train_end:]


def load():
    rows = [line for line in open(os.path.join(ROOT, "datasets/digits.csv"))
            if line.strip() and not line.startswith("#") and not line.startswith("p0")]
    data = np.array([[int(v) for v in row.split(",")] for row in rows], dtype=float)
    return data[:, :64] / 16.0, data[:, 64].astype(int)


def sklearn_run(seed, X, y):
    train, test = nnplay_split(len(y), seed)
    clf = MLPClassifier(hidden_layer_sizes=(50,), random_state=seed)
    start = time.perf_counter()
    clf.fit(X[train], y[train])
    seconds = time.perf_counter() - start
    return float(clf.score(X[test], y[test])), seconds, clf.n_iter_, len(test)


def nnplay_run(nnplay, seed):
    """(accuracy, training seconds, process seconds, test points, epochs), or an error text."""
    start = time.perf_counter()
    done = subprocess.run([nnplay, "train", "--dataset", "digits", "--hidden", "50", "--seed", str(seed),
                           "--json", "--quiet"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        return done.stderr.strip()
    r = json.loads(done.stdout)
    # The digits of nnplay's test set per class (the confusion matrix's row sums), to
    # check that the split ported above is nnplay's own.
    counts = [sum(row) for row in r["test_confusion"]]
    return r["test_accuracy"], r["seconds"], wall, r["test_points"], r["epochs"], counts


def main():
    nnplay = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/nnplay")
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    seeds = list(range(1, rounds + 1))
    X, y = load()
    print(f"digits: {len(y)} images, nnplay's 60/20/20 split per seed; scikit-learn {sklearn.__version__}, "
          f"numpy {np.__version__}, {os.cpu_count()} CPUs; medians over seeds {seeds[0]}..{seeds[-1]}")
    sk = [sklearn_run(seed, X, y) for seed in seeds]
    nn = [nnplay_run(nnplay, seed) for seed in seeds]
    for seed, run in zip(seeds, nn):
        if isinstance(run, tuple):
            expected = np.bincount(y[nnplay_split(len(y), seed)[1]], minlength=10).tolist()
            assert run[5] == expected, f"seed {seed}: nnplay's test digits {run[5]}, the ported split's {expected}"
    print(f"{'':34} {'test accuracy':>14} {'train (s)':>10} {'process (s)':>12}")
    print(f"{'sklearn MLPClassifier((50,))':34} {statistics.median(r[0] for r in sk):14.4f} "
          f"{statistics.median(r[1] for r in sk):10.3f} {'':>12}   "
          f"({statistics.median(r[2] for r in sk):.0f} epochs, {sk[0][3]} test images)")
    if all(isinstance(r, tuple) for r in nn):
        print(f"{'nnplay train --hidden 50':34} {statistics.median(r[0] for r in nn):14.4f} "
              f"{statistics.median(r[1] for r in nn):10.3f} {statistics.median(r[2] for r in nn):12.3f}   "
              f"({nn[0][4]} epochs, {nn[0][3]} test images)")
        print("per seed (sklearn acc, nnplay acc):",
              ", ".join(f"{s}: {a[0]:.3f}/{b[0]:.3f}" for s, a, b in zip(seeds, sk, nn)))
        sk_acc, nn_acc = statistics.median(r[0] for r in sk), statistics.median(r[0] for r in nn)
        sk_time, nn_time = statistics.median(r[1] for r in sk), statistics.median(r[1] for r in nn)
        wins = sum(b[0] > a[0] for a, b in zip(sk, nn))
        ties = sum(b[0] == a[0] for a, b in zip(sk, nn))
        print(f"nnplay vs scikit-learn: median test accuracy {100 * (nn_acc - sk_acc):+.2f} points "
              f"({'at least the same' if nn_acc >= sk_acc else 'LOWER'}); mean {100 * statistics.mean(r[0] for r in nn):.2f}% "
              f"vs {100 * statistics.mean(r[0] for r in sk):.2f}%; higher on {wins}, equal on {ties} of {len(seeds)} seeds; "
              f"training {sk_time / nn_time:.0f}x faster (whole process {sk_time / statistics.median(r[2] for r in nn):.0f}x)")
    else:
        print(f"{'nnplay train --hidden 50':34} {'n/a':>14}   ({next(r for r in nn if isinstance(r, str))})")


if __name__ == "__main__":
    main()
