"""Writes datasets/ravine.csv: a regression problem whose loss surface is a long,
narrow valley (see datasets/README.md). Run from the repository root:
    python3 datasets/generators/ravine.py
Uses only Python's own random module, seeded, so the file never changes."""
import random

rng = random.Random(2026)
rows = ["x1,x2,label"]
for _ in range(200):
    u = rng.uniform(-4, 4)       # along the valley: both features move together
    v = rng.uniform(-0.4, 0.4)   # across it: the small difference between them
    y = 0.3 * u + 5 * v + rng.gauss(0, 0.1)
    rows.append(f"{u + v:.3f},{u - v:.3f},{y:.3f}")
with open("datasets/ravine.csv", "w") as f:
    f.write("\n".join(rows) + "\n")
