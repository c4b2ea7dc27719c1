#!/usr/bin/env python3
"""Measures the live playground against `nnplay train`, in a release build.

For each workload, interleaved over several rounds:
  * `nnplay train ... --json`: epochs/s of the headless trainer;
  * `nnplay play ... --start --stats-on-exit` in a detached 200x60 tmux session,
    training at full speed for a few seconds while keys are pressed: frames/s,
    epochs/s, the longest frame gap and the longest key-to-screen delay;
  * the same playground paused and untouched: CPU time used and bytes written to
    the terminal over two seconds (both should be ~0).
Prints medians and the ratio playground/train epochs/s (the goal is >= 0.8).

Usage: scripts/bench_playground.py [--rounds 5] [--seconds 4] [--binary PATH]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time

WORKLOADS = {
    "circle 4-2": ["--dataset", "circle", "--hidden", "4,2"],
    "spiral 8-8 adam": ["--dataset", "spiral", "--features", "x1,x2,sin1,sin2", "--hidden", "8,8",
                        "--optimizer", "adam", "--lr", "0.01"],
}


def tmux(socket, *args, check=True):
    return subprocess.run(["tmux", "-L", socket, *args], check=check, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)


def train_rate(binary, flags, epochs):
    out = subprocess.run([binary, "train", *flags, "--epochs", str(epochs), "--json", "--quiet"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["epochs_per_second"]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def playground(binary, flags, seconds, name):
    """Runs one playground session; returns its stats and the idle figures."""
    socket = f"nnplay-bench-{os.getpid()}-{name}"
    folder = tempfile.mkdtemp(prefix="nnplay-bench-")
    stats_path, log_path = os.path.join(folder, "stats.json"), os.path.join(folder, "tty.log")
    command = " ".join([f"'{binary}'", "play", *flags, "--stats-on-exit", f"2>'{stats_path}'"])
    tmux(socket, "new-session", "-d", "-s", "bench", "-x", "200", "-y", "60", command)
    try:
        pid = None
        for _ in range(200):
            found = subprocess.run(["pgrep", "-f", "-n", f"^{binary} play"], capture_output=True, text=True).stdout
            if found.strip() and "paused" in tmux(socket, "capture-pane", "-p", "-t", "bench").stdout:
                pid = int(found.split()[0])
                break
            time.sleep(0.05)
        if pid is None:
            raise RuntimeError("the playground did not start")
        # Idle: paused and untouched, nothing should be written and no CPU used.
        time.sleep(0.5)
        tmux(socket, "pipe-pane", "-t", "bench", f"cat > '{log_path}'")
        cpu_before, idle_start = cpu_seconds(pid), time.monotonic()
        time.sleep(2.0)
        idle_cpu = (cpu_seconds(pid) - cpu_before) / (time.monotonic() - idle_start)
        tmux(socket, "pipe-pane", "-t", "bench")
        idle_bytes = os.path.getsize(log_path) if os.path.exists(log_path) else 0
        # Training at full speed, with a key now and then (move between controls).
        tmux(socket, "send-keys", "-t", "bench", "Space")
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            time.sleep(0.5)
            tmux(socket, "send-keys", "-t", "bench", "Down")
        tmux(socket, "send-keys", "-t", "bench", "q")
        for _ in range(200):
            if subprocess.run(["kill", "-0", str(pid)], capture_output=True).returncode != 0:
                break
            time.sleep(0.05)
        with open(stats_path) as f:
            stats = json.loads(f.read().strip().splitlines()[-1])
        return stats, idle_cpu, idle_bytes
    finally:
        tmux(socket, "kill-session", "-t", "bench", check=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--binary", default=".build/release/nnplay")
    parser.add_argument("--fps", type=int, default=None, help="the playground's frame cap (default: its own)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "nnplay"], check=True)
    print(f"{'workload':18} {'train ep/s':>11} {'play ep/s':>10} {'ratio':>6} {'fps':>6} "
          f"{'max gap ms':>10} {'key ms':>7} {'idle cpu':>8} {'idle bytes':>10}")
    for name, flags in WORKLOADS.items():
        rows = []
        for round_ in range(args.rounds):
            play_flags = flags + (["--fps", str(args.fps)] if args.fps else [])
            stats, idle_cpu, idle_bytes = playground(binary, play_flags, args.seconds, f"{round_}")
            rate = train_rate(binary, flags, max(200, int(stats["epochs_per_second"] * 2)))
            rows.append((rate, stats["epochs_per_second"], stats["frames_per_second"],
                         stats["longest_frame_gap_ms"], stats["longest_input_latency_ms"], idle_cpu, idle_bytes))
        med = [statistics.median(column) for column in zip(*rows)]
        print(f"{name:18} {med[0]:11.0f} {med[1]:10.0f} {med[1] / med[0]:6.2f} {med[2]:6.1f} "
              f"{med[3]:10.1f} {med[4]:7.1f} {med[5] * 100:7.1f}% {med[6]:10.0f}")


if __name__ == "__main__":
    main()
