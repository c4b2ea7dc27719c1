#!/usr/bin/env python3
"""Side-by-side speed check: nnplay's `bench` against the peer baselines of
../shared/bench (the C reference, f64 -O3 -march=native, and PyTorch single-threaded
for the W4 grid), run interleaved in one session so the noisy VM affects both alike.

  scripts/compare_peers.py [--rounds 3] [--bench-dir ../shared/bench] [--nnplay .build/release/nnplay]
                           [--nnplay other/nnplay ...] [--env NAME=VALUE]

Prints a Markdown table of medians over the rounds and nnplay's ratio to each peer.
With several --nnplay binaries (say, before and after a change) each gets its rows,
all interleaved in the same rounds; --env sets a variable for nnplay's runs (for
example NNPLAY_CPU=baseline).
Needs gcc, and /opt/peers-venv (../shared/bench/setup.sh) for the torch row."""
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def opt(name, default):
    a = sys.argv[1:]
    return a[a.index(name) + 1] if name in a else default


BENCH = os.path.abspath(opt("--bench-dir", os.path.join(ROOT, "..", "shared", "bench")))
NNPLAYS = [os.path.abspath(a) for i, a in enumerate(sys.argv[1:], 1) if sys.argv[i - 1] == "--nnplay"] \
    or [os.path.join(ROOT, ".build", "release", "nnplay")]
NNPLAY_ENV = dict(os.environ, **dict(a.split("=", 1) for i, a in enumerate(sys.argv[1:], 1) if sys.argv[i - 1] == "--env"))
ROUNDS = int(opt("--rounds", "3"))
PY = opt("--python", "/opt/peers-venv/bin/python")
sys.path.insert(0, BENCH)
import common as C  # noqa: E402  (the peers' own workload table)


def results(cmd, env=None, cwd=BENCH):
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout
    return [json.loads(l[7:]) for l in out.splitlines() if l.startswith("RESULT ")]


def run_c(exe):
    got = {}
    for w, spec in C.WORKLOADS.items():
        cmd = [exe, "C f64", w, f"data/{spec['data']}.csv", str(spec["hidden"]), spec["act"], str(spec["batch"]),
               spec["opt"], str(spec["lr"]), str(spec["epochs"]), str(C.C_RUNS), str(spec["epochs"])]
        if w == "W1":
            cmd += ["data/grid.csv", str(C.C_RUNS)]
        for r in results(cmd):
            got[r["workload"]] = r.get("epochs_per_s", r.get("ms_per_grid"))
    return got


def run_torch():
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    rs = results([PY, "impl_torch.py", "--workloads", "W1", "--runs", "1", "--epochs-scale", "0.25"], env=env)
    w4 = [r["ms_per_grid"] for r in rs if r["workload"] == "W4"]
    return {"W4": min(w4)} if w4 else {}


def run_nnplay(binary):
    out = subprocess.run([binary, "bench", "--data-dir", os.path.join(BENCH, "data"), "--json"],
                         capture_output=True, text=True, check=True, env=NNPLAY_ENV).stdout
    got = {}
    for line in out.splitlines():
        r = json.loads(line)
        got[r["workload"]] = r.get("epochs_per_second", r.get("ms_per_grid"))
    return got


def main():
    tmp = tempfile.mkdtemp(prefix="nnplay-peers-")
    exe = os.path.join(tmp, "mlp_ref")
    subprocess.run(["gcc", "-O3", "-march=native", "-o", exe, os.path.join(BENCH, "mlp_ref.c"), "-lm"], check=True)
    have_torch = os.path.exists(PY)
    rows = {"C": [], "torch": [], **{b: [] for b in NNPLAYS}}
    for i in range(ROUNDS):
        print(f"round {i + 1}/{ROUNDS}", file=sys.stderr, flush=True)
        for binary in NNPLAYS:
            rows[binary].append(run_nnplay(binary))
        rows["C"].append(run_c(exe))
        if have_torch:
            rows["torch"].append(run_torch())

    def med(who, w):
        vals = [r[w] for r in rows[who] if w in r]
        return statistics.median(vals) if vals else None

    several = len(NNPLAYS) > 1
    print("| workload | nnplay | C -O3 -march=native (f64) | nnplay / C | PyTorch 1 thread | nnplay vs torch |")
    print("|---|---:|---:|---:|---:|---:|")
    for binary in NNPLAYS:
        label = f" ({binary})" if several else ""
        for w in ("W1", "W2", "W3"):
            n, c = med(binary, w), med("C", w)
            print(f"| {w} epochs/s{label} | {n:,.0f} | {c:,.0f} | {n / c:.2f}x | | |")
        n, c, t = med(binary, "W4"), med("C", "W4"), med("torch", "W4")
        tcol = f"{t:.2f} | {t / n:.2f}x faster" if t else "n/a | "
        print(f"| W4 ms/grid{label} | {n:.2f} | {c:.2f} | {c / n:.2f}x faster | {tcol} |")
    print(f"\n(medians of {ROUNDS} interleaved rounds; each round's figure is itself a median of timed runs)")


if __name__ == "__main__":
    main()
