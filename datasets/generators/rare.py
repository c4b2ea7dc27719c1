"""Writes datasets/rare.csv: two overlapping classes, nine points of class 0 to
every point of class 1 (see datasets/README.md). Run from the repository root:
    python3 datasets/generators/rare.py
Uses only Python's own random module, seeded, so the file never changes."""
import random

rng = random.Random(2028)
rows = ["x1,x2,label"]
for label, count, centre, spread in [(0, 900, (-1.0, -0.5), 1.6), (1, 100, (2.0, 1.5), 1.0)]:
    for _ in range(count):
        x1 = min(5.9, max(-5.9, rng.gauss(centre[0], spread)))
        x2 = min(5.9, max(-5.9, rng.gauss(centre[1], spread)))
        rows.append(f"{x1:.3f},{x2:.3f},{label}")
with open("datasets/rare.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
