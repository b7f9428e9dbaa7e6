#!/usr/bin/python3
"""Golden data for the backward-pass chapter, made by PyTorch 1.13's autograd.

Writes tests/golden/backward/e0.txt: the RNG-free network E0 (widths
4 -> 5 -> 4 -> 3, batch 3, formula-defined weights and biases), with tanh and
with ReLU, in float64 and in float32.  For every layer l: the pre-activations
s, the activations a, dL/ds, dL/dW and dL/db for the loss L = sum of the last
layer's activations; then L and dL/dx.

  x[b][k]   = cos(0.5 b + 0.3 k + 0.1)
  W^l[j][k] = sin(1.3 l + 1.9 j + 2.7 k + 0.7 j k) / sqrt(n_in)
  b^l[j]    = 0.1 cos(0.9 l + 0.4 j)

(indices b, j, k from 0, layers l from 1).  The formulas are evaluated in
float64 with Python's math module (the same glibc libm the C code uses) and
rounded to float32 for the float32 network.  Values are written with
float.hex(), which C's strtod reads back exactly.
Usage: /usr/bin/python3 tests/golden-backward.py
"""
import math
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden", "backward")
WIDTHS = [4, 5, 4, 3]
BATCH = 3


def hexes(t):
    return " ".join(float(v).hex() for v in t.detach().reshape(-1).tolist())


def e0_tensors(dtype):
    x = [[math.cos(0.5 * b + 0.3 * k + 0.1) for k in range(WIDTHS[0])]
         for b in range(BATCH)]
    params = []
    for l in range(1, len(WIDTHS)):
        n_in, n_out = WIDTHS[l - 1], WIDTHS[l]
        w = [[math.sin(1.3 * l + 1.9 * j + 2.7 * k + 0.7 * j * k) / math.sqrt(n_in)
              for k in range(n_in)] for j in range(n_out)]
        b = [0.1 * math.cos(0.9 * l + 0.4 * j) for j in range(n_out)]
        params.append((torch.tensor(w, dtype=torch.float64).to(dtype).requires_grad_(),
                       torch.tensor(b, dtype=torch.float64).to(dtype).requires_grad_()))
    x = torch.tensor(x, dtype=torch.float64).to(dtype).requires_grad_()
    return x, params


def write_net(f, act, dtype):
    x, params = e0_tensors(dtype)
    f.write("net %s %s\n" % (act, str(dtype).replace("torch.", "")))
    f.write("x %s\n" % hexes(x))
    h, saved = x, []
    for w, b in params:
        s = h @ w.t() + b
        s.retain_grad()
        a = torch.tanh(s) if act == "tanh" else torch.relu(s)
        saved.append((s, a))
        h = a
    loss = h.sum()
    loss.backward()
    for l, ((s, a), (w, b)) in enumerate(zip(saved, params), start=1):
        f.write("layer %d\n" % l)
        f.write("s %s\n" % hexes(s))
        f.write("a %s\n" % hexes(a))
        f.write("ds %s\n" % hexes(s.grad))
        f.write("dW %s\n" % hexes(w.grad))
        f.write("db %s\n" % hexes(b.grad))
    f.write("loss %s\n" % float(loss).hex())
    f.write("dx %s\n" % hexes(x.grad))
    f.write("end\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "e0.txt"), "w") as f:
        for dtype in (torch.float64, torch.float32):
            for act in ("tanh", "relu"):
                write_net(f, act, dtype)
    print("wrote", os.path.join(OUT, "e0.txt"))


if __name__ == "__main__":
    main()
