#!/usr/bin/env python3
"""Measures the live playground in a release build, in a detached 200x60 tmux session.

Two sections (both by default, interleaved over several rounds, medians printed):

throughput -- against `nnplay train`, for each workload:
  * `nnplay train ... --json`: epochs/s of the headless trainer;
  * `nnplay play ... --start --stats-on-exit`, training at full speed for a few
    seconds while keys are pressed: frames/s, epochs/s, the longest frame gap and
    the longest key-to-screen delay; the ratio playground/train epochs/s (goal >= 0.8);
  * the same playground paused and untouched: CPU and bytes written (both ~0).

default -- the CPU of the whole process (every thread) training at the default pace
(`Pace.watchable`, 60 epochs/s, what `nnplay` does after space) against training
at `--speed max` (what the playground did by default before issue 10), with the
epochs/s each reached. Target: at most 15% of one core at the default pace.

cpu -- what the whole process costs (utime + stime of every thread, from
/proc/PID/stat, over wall time) at paces the `+`/`-` keys choose
(`SpeedLadder`): paused, the default pace, 1 step/s, 10 steps/s and full speed, with the bytes
written to the terminal in each phase; the CPU time of the main (UI) thread per
frame drawn (/proc/PID/task/PID/stat over the frames the playground counted, at full
speed with `--fps 60`), and the median CPU time of one frame as the playground
measures it (`frame_cpu_ms_median` in --stats-on-exit, if the build reports it);
and the frames/s at full speed with `--fps 60`.
Targets: 1 step/s <= 3% of one core, the default pace <= 15%, a frame <= 2 ms CPU
(median), paused 0% with nothing written, --fps 60 holds 60 frames/s.

The throughput section trains with `--speed max`.

Usage: scripts/bench_playground.py [--rounds 3] [--seconds 4] [--section all|throughput|default|cpu]
                                   [--binary PATH] [--fps N]
Run it under the shared build lock so other builds do not skew the figures:
  flock /tmp/nnplay-build.lock python3 scripts/bench_playground.py
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
# The rungs of SpeedLadder (NNCore/Settings/SpeedLadder.swift), slowest first: steps/s, then
# epochs/s; None is full speed. DEFAULT is Pace.watchable, where the playground starts.
SPEED_RUNGS = ["1step", "2steps", "5steps", "10steps", 1, 2, 5, 10, 20, 30, 60, 120, 250, 500, 1000, 2500, 5000, None]
DEFAULT = 60
WIDTH, HEIGHT = 200, 60


def tmux(socket, *args, check=True):
    return subprocess.run(["tmux", "-L", socket, *args], check=check, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)


def train_rate(binary, flags, epochs):
    out = subprocess.run([binary, "train", *flags, "--epochs", str(epochs), "--json", "--quiet"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["epochs_per_second"]


def cpu_seconds(pid, thread=None):
    """utime + stime of the process (every thread), or of one thread."""
    path = f"/proc/{pid}/stat" if thread is None else f"/proc/{pid}/task/{thread}/stat"
    with open(path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Playground:
    """One `nnplay play` in a detached tmux session on a private socket (killed by name)."""

    def __init__(self, binary, flags, name):
        self.binary, self.socket = binary, f"nnplay-bench-{os.getpid()}-{name}"
        self.folder = tempfile.mkdtemp(prefix="nnplay-bench-")
        self.stats_path = os.path.join(self.folder, "stats.json")
        command = " ".join([f"'{binary}'", "play", *flags, "--stats-on-exit", f"2>'{self.stats_path}'"])
        tmux(self.socket, "new-session", "-d", "-s", "bench", "-x", str(WIDTH), "-y", str(HEIGHT), command)
        self.pid = None
        for _ in range(200):
            found = subprocess.run(["pgrep", "-f", "-n", f"^{binary} play"], capture_output=True,
                                   text=True).stdout
            if found.strip() and "step" in self.screen():
                self.pid = int(found.split()[0])
                break
            time.sleep(0.05)
        if self.pid is None:
            self.kill()
            raise RuntimeError("the playground did not start")

    def screen(self):
        return tmux(self.socket, "capture-pane", "-p", "-t", "bench", check=False).stdout

    def keys(self, *keys):
        tmux(self.socket, "send-keys", "-t", "bench", *keys)

    def measure(self, seconds):
        """(CPU share of one core, bytes written to the terminal, main-thread CPU seconds)."""
        log = os.path.join(self.folder, f"tty-{time.monotonic_ns()}.log")
        tmux(self.socket, "pipe-pane", "-t", "bench", f"cat > '{log}'")
        cpu, main, start = cpu_seconds(self.pid), cpu_seconds(self.pid, self.pid), time.monotonic()
        time.sleep(seconds)
        share = (cpu_seconds(self.pid) - cpu) / (time.monotonic() - start)
        main = cpu_seconds(self.pid, self.pid) - main
        tmux(self.socket, "pipe-pane", "-t", "bench")
        time.sleep(0.05)
        written = os.path.getsize(log) if os.path.exists(log) else 0
        return share, written, main

    def quit(self):
        """Quits with q and returns the --stats-on-exit figures."""
        self.keys("q")
        for _ in range(200):
            if subprocess.run(["kill", "-0", str(self.pid)], capture_output=True).returncode != 0:
                break
            time.sleep(0.05)
        with open(self.stats_path) as f:
            return json.loads(f.read().strip().splitlines()[-1])

    def kill(self):
        tmux(self.socket, "kill-session", "-t", "bench", check=False)


def speed_keys(current, target):
    """The `+` or `-` presses that move the speed from one rung to another."""
    steps = SPEED_RUNGS.index(target) - SPEED_RUNGS.index(current)
    return ["+"] * steps if steps > 0 else ["-"] * -steps


def throughput_round(binary, flags, seconds, name):
    """One playground session at full speed; returns its stats and the paused figures."""
    play = Playground(binary, flags + ["--speed", "max"], name)
    try:
        time.sleep(0.5)
        idle_cpu, idle_bytes, _ = play.measure(2.0)
        play.keys("Space")
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            time.sleep(0.5)
            play.keys("Down")
        return play.quit(), idle_cpu, idle_bytes
    finally:
        play.kill()


def default_round(binary, flags, seconds, name):
    """Training from the start at the default pace, then at --speed max: CPU and epochs/s."""
    row = {}
    for label, extra in (("default", []), ("max", ["--speed", "max"])):
        play = Playground(binary, flags + extra + ["--start"], f"{name}-{label}")
        try:
            time.sleep(1.0)
            row[f"{label} cpu"], _, _ = play.measure(seconds)
            row[f"{label} ep/s"] = play.quit()["epochs_per_second"]
        finally:
            play.kill()
    return row


def cpu_round(binary, flags, seconds, name):
    """Paused, the default pace, 1 step/s, 10 steps/s and full speed in one session; then --fps 60."""
    row = {}
    play = Playground(binary, flags, name)
    try:
        time.sleep(1.0)
        row["paused"], row["paused bytes"], _ = play.measure(seconds)
        play.keys("Space")
        time.sleep(1.0)
        row["default"], _, _ = play.measure(seconds)
        play.keys(*speed_keys(DEFAULT, "1step"))
        # Wait until the "pace: ..." note has gone (it is drawn, then cleared after 4 s).
        time.sleep(5.0)
        row["1 step/s"], row["1 step/s bytes"], _ = play.measure(seconds)
        play.keys(*speed_keys("1step", "10steps"))
        time.sleep(5.0)
        row["10 steps/s"], _, _ = play.measure(seconds)
        play.keys(*speed_keys("10steps", None))
        time.sleep(1.0)
        row["max"], _, _ = play.measure(seconds)
        row["frame ms median"] = play.quit().get("frame_cpu_ms_median", float("nan"))
    finally:
        play.kill()
    # Training at full speed with --fps 60 from the start: frames/s, and the main
    # (UI) thread's CPU per frame, start-up included.
    play = Playground(binary, flags + ["--fps", "60", "--start", "--speed", "max"], name + "-fps")
    try:
        time.sleep(seconds)
        main_cpu = cpu_seconds(play.pid, play.pid)
        stats = play.quit()
        row["fps 60"] = stats["frames_per_second"]
        row["main ms/frame"] = main_cpu * 1000 / max(1, stats["frames"])
    finally:
        play.kill()
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--binary", default=".build/release/nnplay")
    parser.add_argument("--section", choices=["all", "throughput", "default", "cpu"], default="all")
    parser.add_argument("--fps", type=int, default=None, help="the playground's frame cap (default: its own)")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.path.exists(binary):
        subprocess.run(["swift", "build", "-c", "release", "--product", "nnplay"], check=True)
    fps_flags = ["--fps", str(args.fps)] if args.fps else []
    if args.section in ("all", "throughput"):
        print(f"{'workload':18} {'train ep/s':>11} {'play ep/s':>10} {'ratio':>6} {'fps':>6} "
              f"{'max gap ms':>10} {'key ms':>7} {'idle cpu':>8} {'idle bytes':>10}")
        for name, flags in WORKLOADS.items():
            rows = []
            for round_ in range(args.rounds):
                stats, idle_cpu, idle_bytes = throughput_round(binary, flags + fps_flags, args.seconds, f"{round_}")
                rate = train_rate(binary, flags, max(200, int(stats["epochs_per_second"] * 2)))
                rows.append((rate, stats["epochs_per_second"], stats["frames_per_second"],
                             stats["longest_frame_gap_ms"], stats["longest_input_latency_ms"], idle_cpu,
                             idle_bytes))
            med = [statistics.median(column) for column in zip(*rows)]
            print(f"{name:18} {med[0]:11.0f} {med[1]:10.0f} {med[1] / med[0]:6.2f} {med[2]:6.1f} "
                  f"{med[3]:10.1f} {med[4]:7.1f} {med[5] * 100:7.1f}% {med[6]:10.0f}", flush=True)
    if args.section in ("all", "default"):
        print(f"\nCPU of the whole process at the default pace and at --speed max ({WIDTH}x{HEIGHT}, "
              f"% of one core; target <= 15% at the default pace), medians of {args.rounds} rounds")
        print(f"{'workload':18} {'default cpu':>12} {'default ep/s':>13} {'max cpu':>8} {'max ep/s':>9}")
        for name, flags in WORKLOADS.items():
            rows = [default_round(binary, flags + fps_flags, args.seconds, f"def{r}") for r in range(args.rounds)]
            med = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
            print(f"{name:18} {med['default cpu'] * 100:11.1f}% {med['default ep/s']:13.1f} "
                  f"{med['max cpu'] * 100:7.1f}% {med['max ep/s']:9.0f}", flush=True)
    if args.section in ("all", "cpu"):
        columns = ["paused", "paused bytes", "default", "1 step/s", "1 step/s bytes", "10 steps/s", "max",
                   "main ms/frame", "frame ms median", "fps 60"]
        print(f"\nCPU of the whole process ({WIDTH}x{HEIGHT}, % of one core), medians of {args.rounds} rounds")
        print(f"{'workload':18} " + " ".join(f"{c:>15}" for c in columns))
        for name, flags in WORKLOADS.items():
            rows = [cpu_round(binary, flags + fps_flags, args.seconds, f"cpu{r}") for r in range(args.rounds)]
            cells = []
            for column in columns:
                value = statistics.median(row[column] for row in rows)
                if column in ("paused", "default", "1 step/s", "10 steps/s", "max"):
                    cells.append(f"{value * 100:14.1f}%")
                elif column.endswith("bytes"):
                    cells.append(f"{value:15.0f}")
                else:
                    cells.append(f"{value:15.2f}")
            print(f"{name:18} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
