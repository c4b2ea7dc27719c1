"""Writes datasets/scales.csv: two classes split by a line, with one feature a
hundred times smaller than the other (see datasets/README.md). Run from the
repository root:
    python3 datasets/generators/scales.py
Uses only Python's own random module, seeded, so the file never changes."""
import random

rng = random.Random(2027)
rows = ["x1,x2,label"]
for _ in range(300):
    x1 = rng.uniform(-5, 5)          # centimetres, say
    x2 = rng.uniform(-0.05, 0.05)    # the same kind of quantity, in metres
    label = 1 if x1 / 5 + x2 / 0.05 + rng.gauss(0, 0.05) > 0 else 0
    rows.append(f"{x1:.3f},{x2:.5f},{label}")
with open("datasets/scales.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
