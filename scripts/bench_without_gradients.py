#!/usr/bin/env python3
"""Training without gradients, measured: generations (epochs for Adam) and wall time
until the network first reaches 95% test accuracy, for GA, CMA-ES and Adam on the same
network, in a release build. Prints the Markdown table of README.md's section
"Training the network without gradients".

Each run is `nnplay train --until-test-accuracy 0.95 --json` (the test accuracy is
measured after every generation or epoch, outside the timed training); seeds 1..N
(the seed draws the data, the initial weights and the population), with the
defaults of `nnplay train` otherwise (tanh, sigmoid output, cross-entropy, half the
points held out; Adam at lr 0.03, batch 10; GA population 20, sigma 0.5, mutation
rate 0.1; CMA-ES lambda = 4 + floor(3 ln n), sigma 0.5). A run that has not reached
95% after --max generations counts as not reached; medians are over the seeds that did.
Each seed runs --repeats times (the same bits every time) and its wall time is the
median of those; the table gives the median over the seeds of that.

Usage: scripts/bench_without_gradients.py [--seeds 7] [--repeats 3] [--max 2000] [--binary .build/release/nnplay]
Run it outside the build lock but while no build runs, under nice, e.g.
  swift build -c release && nice -n 10 python3 scripts/bench_without_gradients.py
"""
import argparse
import json
import statistics
import subprocess

PROBLEMS = [("xor", "4", "XOR, 2-4-1 (17 parameters)"), ("circle", "4,2", "circle, 2-4-2-1 (25 parameters)")]
OPTIMIZERS = ["ga", "cma-es", "adam"]


def run(binary, dataset, hidden, optimizer, seed, maximum, repeats):
    results = [run_once(binary, dataset, hidden, optimizer, seed, maximum) for _ in range(repeats)]
    assert len({(ok, e) for ok, e, _ in results}) == 1, "a run gave other figures on repeating"
    return results[0][0], results[0][1], statistics.median(t for _, _, t in results)


def run_once(binary, dataset, hidden, optimizer, seed, maximum):
    out = subprocess.run([binary, "train", "--dataset", dataset, "--hidden", hidden, "--optimizer", optimizer,
                          "--seed", str(seed), "--epochs", str(maximum), "--until-test-accuracy", "0.95",
                          "--json", "-q"], check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    reached = report["test_accuracy"] >= 0.95
    return reached, report["epochs"], report["seconds"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--max", type=int, default=2000)
    parser.add_argument("--binary", default=".build/release/nnplay")
    args = parser.parse_args()
    print("| problem | optimizer | reached 95% | generations (median) | wall time (median) |")
    print("|---|---|---|---|---|")
    for dataset, hidden, name in PROBLEMS:
        for optimizer in OPTIMIZERS:
            runs = [run(args.binary, dataset, hidden, optimizer, s, args.max, args.repeats) for s in range(1, args.seeds + 1)]
            done = [(e, t) for ok, e, t in runs if ok]
            unit = "epochs" if optimizer == "adam" else "generations"
            if done:
                gens = statistics.median(e for e, _ in done)
                secs = statistics.median(t for _, t in done)
                cell = f"{gens:g} {unit} (range {min(e for e, _ in done)}–{max(e for e, _ in done)})"
                wall = f"{secs * 1000:.1f} ms"
            else:
                cell, wall = "—", "—"
            print(f"| {name} | {optimizer} | {len(done)} of {len(runs)} seeds | {cell} | {wall} |")


if __name__ == "__main__":
    main()
