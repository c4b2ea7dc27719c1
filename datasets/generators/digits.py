#!/usr/bin/env python3
"""Writes datasets/digits.csv: scikit-learn's copy of the UCI "Optical
Recognition of Handwritten Digits" test set (1,797 images of 8x8 pixels, each pixel
a count 0-16), one image per row: p0..p63 (row by row, top left first), then the
label 0-9, in scikit-learn's order.

Needs scikit-learn (in a venv; nnplay does not depend on it):
  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install scikit-learn
  /tmp/venv/bin/python datasets/generators/digits.py > datasets/digits.csv
"""
import sys

from sklearn.datasets import load_digits

digits = load_digits()
out = sys.stdout
out.write("# 8x8 handwritten digits: scikit-learn's load_digits(), from the UCI Optical Recognition of\n")
out.write("# Handwritten Digits data set (Alpaydin & Kaynak, 1998), CC BY 4.0. See datasets/README.md.\n")
out.write(",".join([f"p{i}" for i in range(64)] + ["label"]) + "\n")
for image, label in zip(digits.data, digits.target):
    out.write(",".join(str(int(v)) for v in image) + f",{int(label)}\n")
