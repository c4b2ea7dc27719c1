#!/usr/bin/env python3
"""Benchmark of a long training run (issue 12: a run must not get slower as it goes).
Not a test: run it by hand, nice'd, outside the build lock.

  swift build -c release
  nice -n 10 scripts/bench_long_run.py [--epochs 50000] [--nnplay .build/release/nnplay]
                                       [--args "--dataset spiral --hidden 64,64,64 --optimizer adam"]

Runs `nnplay train ARGS --epochs N` once. Its progress lines (one per tenth of the
epochs) give the epochs/s so far; from them this prints the epochs/s of each tenth,
and the ratio of the last tenth to the first. A ratio well under 1 means the run slows
down as it goes: before the optimizers flushed their running averages
(`flushedRunningAverage`), subnormal numbers piled up in Adam's first moment (6,500
of 8,577 values after 18,000 epochs) and, on CPUs with slow subnormal arithmetic,
this run fell from about 286 to about 93 epochs/s. Exits 1 if the ratio is under
--min-ratio (default 0.8)."""
import re
import shlex
import subprocess
import sys

LINE = re.compile(r"epoch (\d+)/\d+ .* ([0-9.]+) epochs/s")


def opt(name, default):
    a = sys.argv[1:]
    return a[a.index(name) + 1] if name in a else default


def main():
    epochs = int(opt("--epochs", "50000"))
    nnplay = opt("--nnplay", ".build/release/nnplay")
    args = shlex.split(opt("--args", "--dataset spiral --hidden 64,64,64 --optimizer adam"))
    min_ratio = float(opt("--min-ratio", "0.8"))
    run = subprocess.run([nnplay, "train", *args, "--epochs", str(epochs)],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if run.returncode != 0:
        sys.exit(f"nnplay failed ({run.returncode}): {run.stderr.strip()}")
    marks = [(0, 0.0)]  # (epochs, seconds so far)
    for line in run.stderr.splitlines():
        m = LINE.search(line)
        if m:
            done, rate = int(m.group(1)), float(m.group(2))
            marks.append((done, done / rate))
    rates = [(b[0] - a[0]) / (b[1] - a[1]) for a, b in zip(marks, marks[1:])]
    print(f"nnplay train {' '.join(args)} --epochs {epochs}")
    for (done, _), rate in zip(marks[1:], rates):
        print(f"  to epoch {done:>7,}: {rate:8.1f} epochs/s")
    ratio = rates[-1] / rates[0]
    print(f"last tenth / first tenth: {ratio:.2f}")
    sys.exit(0 if ratio >= min_ratio else 1)


if __name__ == "__main__":
    main()
