#!/usr/bin/env python3
"""Reference coefficients for nnplay's closed-form polynomial fits
(Tests/NNCoreTests/CurvesReferenceTests.swift).

For each (target, seed) below, runs `nnplay curves --json` to get nnplay's own sampled
points (so both sides fit the very same numbers), then for every degree 0..10 and every
ridge penalty lambda in LAMBDAS fits the training points independently of nnplay:

  t = (x - c) / h (c, h: the centre and half-width of the target's interval, from the
  report), X = [1, t, ..., t^d], beta = argmin ||X beta - y||^2 + lambda ||beta||^2
  by numpy.linalg.lstsq on the augmented system [X; sqrt(lambda) I] (lambda = 0: X alone),
  cross-checked against scikit-learn's Ridge(alpha=lambda, fit_intercept=False) on X;
  then the coefficients in the original x, a_k = sum_j beta_j C(j,k) (-c)^(j-k) / h^j,
  computed exactly with fractions.Fraction from the float betas and rounded once.

numpy and scikit-learn run in a venv, not part of nnplay:
  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy scikit-learn
Usage (from the repository root, after swift build):
  /tmp/venv/bin/python scripts/reference/curves_reference.py .build/debug/nnplay \
      > scripts/reference/curves_reference.json
"""
import json
import math
import subprocess
import sys
from fractions import Fraction

import numpy as np
import sklearn
from sklearn.linear_model import Ridge

CASES = [("sin", 1, 50), ("sin", 7, 30), ("poly", 2, 50), ("step", 3, 50), ("runge", 4, 50)]
DEGREES = range(0, 11)
LAMBDAS = [0.0, 1e-3, 1.0]


def unscaled(beta, c, h):
    """a_k of sum_k a_k x^k == sum_j beta_j ((x - c)/h)^j, exactly, then rounded to floats."""
    c, h = Fraction(c), Fraction(h)
    a = [Fraction(0)] * len(beta)
    for j, b in enumerate(beta):
        b = Fraction(b)
        for k in range(j + 1):
            a[k] += b * math.comb(j, k) * (-c) ** (j - k) / h ** j
    return [float(v) for v in a]


def fit(train, degree, lam, c, h):
    t = (np.array([p[0] for p in train]) - c) / h
    y = np.array([p[1] for p in train])
    X = np.vander(t, degree + 1, increasing=True)
    if lam > 0:
        A = np.vstack([X, math.sqrt(lam) * np.eye(degree + 1)])
        rhs = np.concatenate([y, np.zeros(degree + 1)])
        ridge = Ridge(alpha=lam, fit_intercept=False, solver="svd").fit(X, y).coef_
    else:
        A, rhs, ridge = X, y, None
    beta = np.linalg.lstsq(A, rhs, rcond=None)[0]
    if ridge is not None:  # the two solvers must agree before either is trusted
        assert np.allclose(beta, ridge, rtol=1e-9, atol=1e-12), (degree, lam, beta, ridge)
    return [float(b) for b in beta], unscaled(beta, c, h)


def main():
    nnplay = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/nnplay"
    cases = []
    for target, seed, points in CASES:
        report = json.loads(subprocess.run(
            [nnplay, "curves", "--target", target, "--seed", str(seed), "--points", str(points), "--json"],
            check=True, capture_output=True, text=True).stdout)
        c, h = report["scaling"]["centre"], report["scaling"]["half_width"]
        fits = []
        for degree in DEGREES:
            for lam in LAMBDAS:
                scaled, coefficients = fit(report["train"], degree, lam, c, h)
                fits.append({"degree": degree, "l2": lam, "scaled_coefficients": scaled,
                             "coefficients": coefficients})
        cases.append({"target": target, "seed": seed, "points": points, "noise": report["noise"],
                      "train": report["train"], "fits": fits})
    json.dump({"generator": "scripts/reference/curves_reference.py",
               "numpy": np.__version__, "sklearn": sklearn.__version__, "cases": cases},
              sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
