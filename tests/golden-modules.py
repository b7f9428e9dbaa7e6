#!/usr/bin/python3
"""Golden data for the modules chapter, made by the real PyTorch 1.13.

Writes tests/golden/modules/:
  linear.txt   seeded nn.Linear constructions: the exact weight and bias values
  repr.txt     repr() of module trees and their named_parameters()
  forward.txt  a seeded network, a seeded input batch and the network's output

Values are written with float.hex(), which C's strtod reads back exactly.
Usage: /usr/bin/python3 tests/golden-modules.py
"""
import os

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden", "modules")


def hexes(t):
    return " ".join(float(v).hex() for v in t.detach().reshape(-1).tolist())


# (seed, in, out, bias, dtype): the notebook's layers, small and odd sizes,
# no bias, float64, and the zero-width corner (in_features = 0).
LINEAR_CASES = [
    (0, 30, 40, True, torch.float32), (1, 40, 50, True, torch.float32),
    (2, 50, 10, True, torch.float32), (3, 3, 2, False, torch.float32),
    (4, 7, 5, True, torch.float64), (5, 0, 3, True, torch.float32),
    (6, 1, 1, True, torch.float32), (7, 17, 16, True, torch.float32),
    (2**32 + 7, 30, 40, True, torch.float32), (2**64 - 1, 5, 3, False, torch.float64),
    (8, 3, 0, True, torch.float32),
]


def write_linear(f):
    for seed, fin, fout, bias, dtype in LINEAR_CASES:
        torch.manual_seed(seed)
        m = nn.Linear(fin, fout, bias=bias, dtype=dtype)
        f.write("linear %d %d %d %d %s\n" % (seed, fin, fout, int(bias),
                                            str(dtype).replace("torch.", "")))
        f.write("weight %s\n" % hexes(m.weight))
        f.write("bias %s\n" % (hexes(m.bias) if bias else "-"))
        # The next draw after construction shows how many draws it consumed.
        f.write("next %d\n" % torch.randint(0, 2**31 - 1, (1,)).item())


class sim_net(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = nn.Sequential(nn.Linear(30, 40), nn.ReLU())
        self.l2 = nn.Sequential(nn.Linear(40, 50), nn.ReLU())
        self.l3 = nn.Sequential(nn.Linear(50, 10), nn.ReLU())


def trees():
    yield "linear", nn.Linear(30, 40)
    yield "linear-nobias", nn.Linear(3, 2, bias=False)
    yield "relu", nn.ReLU()
    yield "tanh", nn.Tanh()
    yield "empty-sequential", nn.Sequential()
    yield "net1", nn.Sequential(nn.Linear(30, 40), nn.ReLU(), nn.Linear(40, 50),
                                nn.ReLU(), nn.Linear(50, 10))
    yield "nested", nn.Sequential(nn.Sequential(nn.Linear(2, 3), nn.Tanh()),
                                  nn.Sequential(), nn.ReLU())
    yield "sim_net", sim_net()


def write_repr(f):
    for name, m in trees():
        f.write("tree %s\n" % name)
        f.write(repr(m) + "\n")
        f.write("end\n")
        f.write("params %s\n" % " ".join(n for n, _ in m.named_parameters()))
        f.write("modules %s\n" % " ".join(type(x).__name__ for x in m.modules()))


def write_forward(f):
    for seed, dtype in [(0, torch.float32), (1, torch.float64), (3, torch.float32)]:
        torch.manual_seed(seed)
        net = nn.Sequential(nn.Linear(30, 40, dtype=dtype), nn.ReLU(),
                            nn.Linear(40, 50, dtype=dtype), nn.Tanh(),
                            nn.Linear(50, 10, dtype=dtype))
        x = torch.randn(4, 30, dtype=dtype)
        with torch.no_grad():
            y = net(x)
        f.write("forward %d %s\n" % (seed, str(dtype).replace("torch.", "")))
        f.write("x %s\n" % hexes(x))
        f.write("y %s\n" % hexes(y))


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, fn in [("linear.txt", write_linear), ("repr.txt", write_repr),
                     ("forward.txt", write_forward)]:
        with open(os.path.join(OUT, name), "w") as f:
            fn(f)
        print("wrote", os.path.relpath(os.path.join(OUT, name)))


if __name__ == "__main__":
    main()
