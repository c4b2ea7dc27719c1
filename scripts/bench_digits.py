#!/usr/bin/env python3
"""The digits target of issue 15, measured side by side: scikit-learn's
MLPClassifier(hidden_layer_sizes=(50,)) and `nnplay train --dataset digits --hidden 50`
on the same split of datasets/digits/digits.csv, test accuracy and training time,
medians of 3 runs (seeds 1, 2, 3), one table.

The split: a permutation of the 1,797 rows by numpy's RandomState(0); the first 60%
train, the next 20% validate (unused by both here), the last 20% (360 images) test.
Pixels are divided by 16 for both. scikit-learn runs with its defaults (Adam, lr 1e-3,
batch 200, L2 alpha 1e-4, ReLU, up to 200 epochs with its own stopping rule).

Needs numpy and scikit-learn in a venv (not part of nnplay):
  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scikit-learn
  nice -n 10 /tmp/venv/bin/python scripts/bench_digits.py [path/to/nnplay]
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
SEEDS = [1, 2, 3]


def load():
    rows = [line for line in open(os.path.join(ROOT, "datasets/digits/digits.csv"))
            if line.strip() and not line.startswith("#") and not line.startswith("p0")]
    data = np.array([[int(v) for v in row.split(",")] for row in rows], dtype=float)
    X, y = data[:, :64] / 16.0, data[:, 64].astype(int)
    order = np.random.RandomState(0).permutation(len(y))
    n_train, n_val = len(y) * 6 // 10, len(y) * 2 // 10
    train, test = order[:n_train], order[n_train + n_val:]
    return X[train], y[train], X[test], y[test]


def sklearn_run(seed, Xtr, ytr, Xte, yte):
    clf = MLPClassifier(hidden_layer_sizes=(50,), random_state=seed)
    start = time.perf_counter()
    clf.fit(Xtr, ytr)
    seconds = time.perf_counter() - start
    return float(clf.score(Xte, yte)), seconds, clf.n_iter_


def nnplay_run(nnplay, seed):
    """None when this nnplay cannot train on the digits (yet)."""
    start = time.perf_counter()
    done = subprocess.run([nnplay, "train", "--dataset", "digits", "--hidden", "50", "--seed", str(seed), "--json"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return None, done.stderr.strip()
    report = json.loads(done.stdout)
    return (report.get("test", {}).get("accuracy"), seconds), ""


def main():
    nnplay = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/nnplay")
    Xtr, ytr, Xte, yte = load()
    print(f"digits: {len(ytr)} training, {len(yte)} test images; scikit-learn {sklearn.__version__}, "
          f"numpy {np.__version__}, {os.cpu_count()} CPUs")
    runs = [sklearn_run(seed, Xtr, ytr, Xte, yte) for seed in SEEDS]
    acc = statistics.median(r[0] for r in runs)
    sec = statistics.median(r[1] for r in runs)
    epochs = statistics.median(r[2] for r in runs)
    print(f"{'':34} {'test accuracy':>14} {'time (s)':>9}   (medians of {len(SEEDS)})")
    print(f"{'sklearn MLPClassifier((50,))':34} {acc:14.4f} {sec:9.3f}   ({epochs:.0f} epochs)")
    results = [nnplay_run(nnplay, seed) for seed in SEEDS] if os.path.exists(nnplay) else [(None, "no binary")]
    if all(r[0] for r in results):
        acc = statistics.median(r[0][0] for r in results)
        sec = statistics.median(r[0][1] for r in results)
        print(f"{'nnplay train --hidden 50':34} {acc:14.4f} {sec:9.3f}")
    else:
        print(f"{'nnplay train --hidden 50':34} {'n/a':>14} {'n/a':>9}   ({results[0][1]})")


if __name__ == "__main__":
    main()
