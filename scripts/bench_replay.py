#!/usr/bin/env python3
"""Benchmark of headless replay (issue 4: a 10,000-step session in under one second
in a release build). Not a test: run it by hand or in a performance job.

  swift build -c release
  scripts/bench_replay.py [--runs 11] [--session Tests/NNSessionTests/Sessions/bench-10k.session]
                          [--nnplay .build/release/nnplay] [--budget 1.0]

Runs `nnplay replay SESSION --headless --json` (no frame output) --runs times after one
warm-up run. Each run must verify every checkpoint (exit 0). Prints the median and the
range of two figures: `replay`, what nnplay reports as "seconds" (reading, parsing and
replaying the file, checkpoints verified), and `process`, the wall-clock time of the
whole process (start-up included). Exits 1 if the median process time is not under
--budget seconds.

The committed session trains spiral (features x1, x2, sin x1, sin x2; 8-8 tanh, later
ReLU; SGD then Adam; batch 10) for 10,000 steps with an added point, a reset, settings
changes, a resize and a checkpoint every 1000 steps."""
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def opt(name, default):
    a = sys.argv[1:]
    return a[a.index(name) + 1] if name in a else default


NNPLAY = os.path.abspath(opt("--nnplay", os.path.join(ROOT, ".build", "release", "nnplay")))
SESSION = os.path.abspath(opt("--session", os.path.join(ROOT, "Tests", "NNSessionTests", "Sessions", "bench-10k.session")))
RUNS = int(opt("--runs", "11"))
BUDGET = float(opt("--budget", "1.0"))


def run_once():
    start = time.perf_counter()
    done = subprocess.run([NNPLAY, "replay", SESSION, "--headless", "--json"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"bench_replay: nnplay exited {done.returncode}: {done.stderr.strip()}")
    report = json.loads(done.stdout)
    return report, wall


if not os.path.exists(NNPLAY):
    sys.exit(f"bench_replay: {NNPLAY} not found; run `swift build -c release` first")
first, _ = run_once()  # warm-up (file cache, dynamic linker)
replay, process = [], []
for _ in range(RUNS):
    report, wall = run_once()
    replay.append(report["seconds"])
    process.append(wall)
print(f"session  {os.path.relpath(SESSION, ROOT)}: {first['steps']} steps, "
      f"{first['checkpoints_verified']} checkpoints verified, {RUNS} runs")
for name, values in (("replay", replay), ("process", process)):
    print(f"{name:8} median {statistics.median(values) * 1000:8.1f} ms   "
          f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})")
median = statistics.median(process)
if median >= BUDGET:
    sys.exit(f"bench_replay: median {median:.3f} s is not under the budget of {BUDGET} s")
print(f"ok: under the budget of {BUDGET} s")
