#!/usr/bin/env python3
"""Reference figures for nnplay's CMA-ES test (Tests/NNCoreTests/CMAESReferenceTests.swift).

For each problem, runs pycma (pip install cma; run in a venv, not part of nnplay) with
nnplay's settings -- lambda = 4 + floor(3 ln n), mu = lambda // 2, the positive
log-rank weights of Hansen's tutorial (CMA_active off, so no negative weights), the
same start and initial sigma -- on seeds 1..20, and records the median number of
function evaluations until the first evaluated point has f < 1e-8 (counted point by
point within the generation, as nnplay's `--target` counts).

The rows marked "separable" run pycma with CMA_diagonal=True (a diagonal covariance
matrix for all iterations, Ros & Hansen 2008's sep-CMA-ES), the reference of nnplay's
`SeparableCMAES`.

Usage: python3 scripts/reference/cma_reference.py > scripts/reference/cma_reference.json
"""
import json
import math
import statistics

import cma

TARGET = 1e-8
SEEDS = range(1, 21)
MAX_EVALUATIONS = 200_000


def sphere(x):
    return sum(v * v for v in x)


def ellipsoid(x):
    n = len(x)
    if n == 1:
        return x[0] * x[0]
    return sum(10 ** (6 * i / (n - 1)) * v * v for i, v in enumerate(x))


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


PROBLEMS = [
    # (name, function, dimension, start, sigma)
    ("rosenbrock", rosenbrock, 2, [-1.5, 2.0], 0.5),
    ("sphere", sphere, 2, None, 0.5),
    ("sphere", sphere, 5, None, 0.5),
    ("sphere", sphere, 10, None, 0.5),
    ("ellipsoid", ellipsoid, 2, None, 0.5),
    ("ellipsoid", ellipsoid, 5, None, 0.5),
    ("ellipsoid", ellipsoid, 10, None, 0.5),
]

SEPARABLE_PROBLEMS = [
    ("sphere", sphere, 10, None, 0.5),
    ("ellipsoid", ellipsoid, 10, None, 0.5),
    ("ellipsoid", ellipsoid, 30, None, 0.5),
]


def evaluations_to_target(function, start, sigma, seed, separable=False):
    n = len(start)
    popsize = 4 + int(3 * math.log(n))
    options = {
        "popsize": popsize, "CMA_active": False, "CMA_mirrors": 0, "seed": seed,
        "verbose": -9, "tolfun": 0, "tolx": 0, "tolfunhist": 0, "tolstagnation": 10**9,
        "maxfevals": MAX_EVALUATIONS, "CSA_dampfac": 1,
    }
    if separable:
        options["CMA_diagonal"] = True
    es = cma.CMAEvolutionStrategy(start, sigma, options)
    used = 0
    while used < MAX_EVALUATIONS:
        solutions = es.ask()
        values = []
        for x in solutions:
            f = function(list(x))
            used += 1
            if f < TARGET:
                return used
            values.append(f)
        es.tell(solutions, values)
    return None


def main():
    rows = []
    problems = [p + (False,) for p in PROBLEMS] + [p + (True,) for p in SEPARABLE_PROBLEMS]
    for name, function, n, start, sigma, separable in problems:
        start = start or [1.0] * n
        counts = [evaluations_to_target(function, start, sigma, seed, separable) for seed in SEEDS]
        rows.append({"function": name, "dimension": n, "start": start, "sigma": sigma, "separable": separable,
                     "lambda": 4 + int(3 * math.log(n)),
                     "median_evaluations": statistics.median(c for c in counts if c is not None),
                     "failures": sum(c is None for c in counts)})
    print(json.dumps({"generator": "scripts/reference/cma_reference.py", "pycma": cma.__version__,
                      "target": TARGET, "seeds": len(SEEDS), "problems": rows}, indent=2))


if __name__ == "__main__":
    main()
