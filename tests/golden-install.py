#!/usr/bin/python3
"""golden-install.py -- what tests/install-demo.c must print (appendix C).

Run by `make golden` with Debian's /usr/bin/python3 (PyTorch 1.13).  The demo
fills a 2x3 float32 tensor as torch.manual_seed(0); nn.init.uniform_(w) and
prints repr(w); scripts/check-install.sh compares the installed demo's output
(after its version line) with tests/golden/install/demo.txt.
"""
import os

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "install")

torch.manual_seed(0)
w = torch.empty(2, 3, dtype=torch.float32)
torch.nn.init.uniform_(w)
os.makedirs(OUT, exist_ok=True)
path = os.path.join(OUT, "demo.txt")
with open(path, "w") as f:
    f.write(repr(w) + "\n")
print("wrote", os.path.relpath(path))
