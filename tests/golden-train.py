#!/usr/bin/python3
"""Golden data for the training chapter, made by PyTorch 1.13 (float64).

Writes four files under tests/golden/train/:

  linear.txt  one Linear layer, forward and backward, for many shapes:
              y = linear(x, W, b), dL/dx, dL/dW, dL/db for a random dL/dy
              (the inputs come from torch's generator, which the C library
              reproduces bit for bit, so the file holds only the results).
              PyTorch's float64 matrix products go through the reference
              BLAS (Debian's libblas3) and the bias gradient through ATen's
              cascade sum; the C library follows both, bit for bit.
  loss.txt    softmax cross-entropy (mean over the batch) and its gradient
              for random logits; the C library computes exp and log with
              glibc, PyTorch with SLEEF, so these agree to a few ulps only.
              For float64 also loss_glibc/grad_glibc: PyTorch's computation
              replayed operation for operation (cross_entropy_reference,
              checked bit for bit against torch) with glibc's exp and log,
              which the C library must match bit for bit.
  mathfun.txt torch.exp and torch.log (SLEEF's vector functions on AVX2) on
              1000 arguments each, in the ranges the cross-entropy uses them
              (exp on [-30, 0], log on [1, 10]): the book counts how often
              glibc's exp and log differ from them.
  curves.txt  training runs with exactly the setup of build/bin/train:
              per-step losses and per-epoch train loss, train accuracy and
              test accuracy (a few small configurations and one of the
              book's size), plus torch.randperm(1437) for two seeds.

The data is data/digits.csv.gz (scikit-learn's copy of the UCI digits test
set); the script checks that it is byte for byte scikit-learn's file and that
it equals sklearn.datasets.load_digits().  Numbers are written with
float.hex(), which C's strtod reads back exactly.
Usage: /usr/bin/python3 tests/golden-train.py
"""
import ctypes
import gzip
import math
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import goldenlib  # noqa: E402

LIBM = ctypes.CDLL("libm.so.6")
LIBM.fma.restype = ctypes.c_double
LIBM.fma.argtypes = [ctypes.c_double] * 3
FMA = LIBM.fma
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
OUT = os.path.join(HERE, "golden", "train")
DATA = os.path.join(TOP, "data", "digits.csv.gz")
N_TRAIN = 1437


def hexes(values):
    return " ".join(float(v).hex() for v in values)


def write_values(f, name, values, per_line=8):
    """NAME v v v ... on as many lines as needed, per_line values on each
    (the C reader appends the values of consecutive NAME lines)."""
    values = list(values)
    for i in range(0, len(values), per_line):
        f.write("%s %s\n" % (name, hexes(values[i:i + per_line])))


# ---------------------------------------------------------------- checks
def blas_library():
    """The shared BLAS that torch's float64 matrix product calls."""
    a = torch.ones(8, 8, dtype=torch.float64)
    (a @ a).sum().item()
    with open("/proc/self/maps") as f:
        libs = {line.split()[-1] for line in f if "blas" in line.lower()}
    return sorted(libs)


def reference_blas():
    """True if libblas.so.3 is the reference BLAS (Debian's libblas3)."""
    for lib in blas_library():
        real = os.path.realpath(lib)
        print("BLAS: %s -> %s" % (lib, real))
        if "openblas" in real or "mkl" in real or "blis" in real or "atlas" in real:
            print("error: torch calls %s; the C library follows the reference "
                  "BLAS's summation order (Debian: libblas3, update-alternatives "
                  "--config libblas.so.3-x86_64-linux-gnu)" % real, file=sys.stderr)
            return False
    return True


def load_digits():
    raw = np.loadtxt(gzip.open(DATA, "rt"), delimiter=",")
    x, y = raw[:, :64], raw[:, 64].astype(np.int64)
    try:
        import sklearn.datasets
        shipped = os.path.join(os.path.dirname(sklearn.datasets.__file__),
                               "data", "digits.csv.gz")
        with open(shipped, "rb") as a, open(DATA, "rb") as b:
            assert a.read() == b.read(), "data/digits.csv.gz differs from " + shipped
        d = sklearn.datasets.load_digits()
        assert np.array_equal(d.data, x) and np.array_equal(d.target, y)
        print("data/digits.csv.gz is scikit-learn's file, equal to load_digits()")
    except ImportError:
        print("warning: scikit-learn is missing; data/digits.csv.gz not compared")
    assert x.shape == (1797, 64) and x.min() == 0 and x.max() == 16
    return x / 16.0, y


# ---------------------------------------------------------------- linear.txt
LINEAR_SHAPES = [  # batch, in, out: every path of the cascade sum (out = 1,
    # out < 16, out >= 16, batches past 16, 256 and 1024 rows), long dot products
    (1, 1, 1), (3, 5, 7), (4, 4, 1), (17, 3, 1), (1100, 1, 1), (64, 16, 32),
    (20, 3, 130), (64, 12, 10), (29, 7, 10), (300, 1, 10), (1100, 1, 2),
    (100, 7, 16), (33, 9, 20), (50, 24, 3), (3, 300, 2), (16, 16, 31),
]


def write_linear(f):
    f.write("# one Linear layer in float64.  After torch.manual_seed(SEED): "
            "x = randn(B, IN),\n# Linear(IN, OUT), bias.normal_(), "
            "g = randn(B, OUT); then y = linear(x), and after\n# y.backward(g): "
            "dL/dx, dL/dW, dL/db\n")
    for seed, (batch, n_in, n_out) in enumerate(LINEAR_SHAPES):
        torch.manual_seed(seed)
        x = torch.randn(batch, n_in, dtype=torch.float64, requires_grad=True)
        lin = torch.nn.Linear(n_in, n_out, dtype=torch.float64)
        with torch.no_grad():
            lin.bias.normal_()
        g = torch.randn(batch, n_out, dtype=torch.float64)
        y = lin(x)
        y.backward(g)
        f.write("case %d %dx%dx%d\n" % (seed, batch, n_in, n_out))
        for name, t in [("y", y), ("dx", x.grad), ("dw", lin.weight.grad),
                        ("db", lin.bias.grad)]:
            write_values(f, name, t.detach().reshape(-1).tolist())
        f.write("end\n")
    write_bias(f)


# Bias gradients alone for batches large enough to reach the upper levels of
# ATen's cascade sum (256 and 4096 rows, and 1024 groups of four), where the
# order in which the levels are combined matters.  Same draws as above with
# IN = 1; only dL/db is written.
BIAS_SHAPES = [(300, 16), (1437, 5), (1437, 20), (5000, 3), (700, 1),
               (4100, 17), (1100, 4)]


def write_bias(f):
    for seed, (batch, n_out) in enumerate(BIAS_SHAPES, start=100):
        torch.manual_seed(seed)
        x = torch.randn(batch, 1, dtype=torch.float64, requires_grad=True)
        lin = torch.nn.Linear(1, n_out, dtype=torch.float64)
        with torch.no_grad():
            lin.bias.normal_()
        g = torch.randn(batch, n_out, dtype=torch.float64)
        lin(x).backward(g)
        f.write("bias %d %dx1x%d\n" % (seed, batch, n_out))
        write_values(f, "db", lin.bias.grad.tolist())
        f.write("end\n")


# ---------------------------------------------------------------- loss.txt
LOSS_SHAPES = [(1, 10, 1.0), (2, 3, 2.0), (5, 1, 1.0), (29, 10, 3.0),
               (64, 10, 0.01), (64, 10, 30.0), (100, 7, 1.0), (300, 10, 5.0),
               (3, 4, 700.0)]


def ceil_log2(x):
    """ATen's CeilLog2."""
    return 1 if x <= 2 else (x - 1).bit_length()


def torch_exp(values):
    return torch.exp(torch.tensor(values, dtype=torch.float64)).tolist()


def torch_log(values):
    return torch.log(torch.tensor(values, dtype=torch.float64)).tolist()


def glibc_exp(values):
    return [math.exp(v) for v in values]


def glibc_log(values):
    return [math.log(v) for v in values]


def cross_entropy_reference(z, labels, exp, log):
    """PyTorch's float64 cross_entropy on CPU (AVX2), operation for operation:
    log_softmax with the row sum in 4 lanes, nll_loss's cascade sum, and the
    backward g - exp(log p) * sum(g), fused into one fma.  exp and log act on
    lists.  With torch's exp and log this is bit for bit torch (checked in
    write_loss); with glibc's, it is what the C library computes."""
    batch, n = len(z), len(z[0])
    p = max(4, ceil_log2(batch) // 8)
    mask, level, grads = (1 << p) - 1, [0.0] * 8, []
    sigma = -(1.0 / batch)
    for b, row in enumerate(z):
        m = row[0]
        for v in row[1:]:
            if v > m or v != v:
                m = v
        shifted = [v - m for v in row]
        lanes = [0.0] * 4
        for c, e in enumerate(exp(shifted)):
            lanes[c % 4] += e
        log_sum = log([((lanes[0] + lanes[1]) + lanes[2]) + lanes[3]])[0]
        log_p = [v - log_sum for v in shifted]
        level[0] -= log_p[labels[b]]
        for j in range(7):
            if j * p >= 64 or b & (mask << (j * p)):
                break
            level[j + 1] += level[j]
            level[j] = 0.0
        grads += [FMA(-e, sigma, sigma if c == labels[b] else 0.0)
                  for c, e in enumerate(exp(log_p))]
    total = 0.0
    for v in level:
        total += v
    return total / batch, grads


def write_loss(f):
    f.write("# cross_entropy(logits, labels), mean over the batch.  After "
            "torch.manual_seed(SEED):\n# logits = (randn(B, C, float64) * SCALE)"
            ".to(DTYPE), labels[b] = (7 b + 3) % C; then\n# the loss and its "
            "gradient (float64: also with glibc's exp and log)\n")
    for seed, (batch, classes, scale) in enumerate(LOSS_SHAPES):
        for dtype in (torch.float64, torch.float32):
            torch.manual_seed(seed)
            x = (torch.randn(batch, classes, dtype=torch.float64) * scale)
            x = x.to(dtype).requires_grad_()
            t = torch.tensor([(7 * b + 3) % classes for b in range(batch)])
            loss = torch.nn.functional.cross_entropy(x, t)
            loss.backward()
            f.write("case %d %dx%d %s %s\n" % (seed, batch, classes, float(scale).hex(),
                                              str(dtype)[6:]))
            f.write("loss %s\n" % float(loss.item()).hex())
            write_values(f, "grad", x.grad.reshape(-1).tolist())
            if dtype == torch.float64:
                z, labels = x.tolist(), t.tolist()
                ref = cross_entropy_reference(z, labels, torch_exp, torch_log)
                assert ref == (loss.item(), x.grad.reshape(-1).tolist()), \
                    "the reference does not reproduce torch's cross_entropy"
                mine = cross_entropy_reference(z, labels, glibc_exp, glibc_log)
                f.write("loss_glibc %s\n" % float(mine[0]).hex())
                write_values(f, "grad_glibc", mine[1])
            f.write("end\n")


# ---------------------------------------------------------------- mathfun.txt
def write_mathfun(f):
    f.write("# exp X EXP(X) and log X LOG(X) as torch computes them on float64 "
            "tensors\n")
    torch.manual_seed(13)
    for name, fn, lo, hi in (("exp", torch.exp, -30.0, 0.0),
                             ("log", torch.log, 1.0, 10.0)):
        x = torch.empty(1000, dtype=torch.float64).uniform_(lo, hi)
        for a, b in zip(x.tolist(), fn(x).tolist()):
            f.write("%s %s %s\n" % (name, a.hex(), b.hex()))


# ---------------------------------------------------------------- curves.txt
def build_net(act, depth, width, dtype):
    a = torch.nn.ReLU if act == "relu" else torch.nn.Tanh
    layers = [torch.nn.Linear(64, width, dtype=dtype), a()]
    for _ in range(depth - 1):
        layers += [torch.nn.Linear(width, width, dtype=dtype), a()]
    layers.append(torch.nn.Linear(width, 10, dtype=dtype))
    return torch.nn.Sequential(*layers)


def reinit(net, act, init, std, gain):
    init_ = torch.nn.init
    for m in net:
        if not isinstance(m, torch.nn.Linear):
            continue
        w = m.weight
        if init == "standard":
            bound = 1 / math.sqrt(w.shape[1])
            init_.uniform_(w, -bound, bound)
        elif init == "normal":
            init_.normal_(w, 0, std)
        elif init in ("xavier_uniform", "xavier_normal"):
            getattr(init_, init + "_")(w, gain=gain)
        elif init in ("kaiming_uniform", "kaiming_normal"):
            getattr(init_, init + "_")(w, mode="fan_in", nonlinearity=act)
        elif init == "orthogonal":
            init_.orthogonal_(w, gain=gain)
        else:
            raise ValueError(init)
        init_.zeros_(m.bias)


def run(x, y, act, init="default", std=0.01, gain=1.0, depth=10, width=128,
        epochs=5, batch=64, lr=0.05, seed=0, dtype="float64"):
    """Exactly the setup of build/bin/train; returns (steps, epochs, diverged)."""
    dt = getattr(torch, dtype)
    torch.manual_seed(seed)
    net = build_net(act, depth, width, dt)
    if init != "default":
        reinit(net, act, init, std, gain)
    xt, yt = torch.tensor(x, dtype=dt), torch.tensor(y)
    xtr, ytr, xte, yte = xt[:N_TRAIN], yt[:N_TRAIN], xt[N_TRAIN:], yt[N_TRAIN:]
    opt = torch.optim.SGD(net.parameters(), lr=lr)
    lossf = torch.nn.CrossEntropyLoss()

    def evaluate(e):
        with torch.no_grad():
            out = net(xtr)
            row = (e, lossf(out, ytr).item(),
                   (out.argmax(1) == ytr).double().mean().item(),
                   (net(xte).argmax(1) == yte).double().mean().item())
        return row

    steps, rows = [], [evaluate(0)]
    for e in range(1, epochs + 1):
        perm = torch.randperm(N_TRAIN)
        for k, start in enumerate(range(0, N_TRAIN, batch)):
            idx = perm[start:start + batch]
            opt.zero_grad()
            loss = lossf(net(xtr[idx]), ytr[idx])
            steps.append((e, k, loss.item()))
            if not math.isfinite(loss.item()):
                return steps, rows, (e, k)
            loss.backward()
            opt.step()
        rows.append(evaluate(e))
        if not math.isfinite(rows[-1][1]):
            return steps, rows, (e, -1)
    return steps, rows, None


# name, activation, options (keyword arguments of run; the C test turns them
# into train's command line).  The first ones are small enough for make
# check at -O0 and under the sanitizers; "book" is the book's network.
CURVES = [
    ("relu-kaiming", "relu", dict(init="kaiming_uniform", depth=3, width=32,
                                  epochs=3, batch=64, lr=0.05, seed=0)),
    ("tanh-xavier", "tanh", dict(init="xavier_normal", depth=2, width=24,
                                 epochs=3, batch=50, lr=0.1, seed=1)),
    ("relu-default", "relu", dict(init="default", depth=4, width=16,
                                  epochs=2, batch=37, lr=0.05, seed=7)),
    ("tanh-orthogonal", "tanh", dict(init="orthogonal", gain=1.5, depth=3,
                                     width=20, epochs=2, batch=100, lr=0.05,
                                     seed=3)),
    ("relu-normal", "relu", dict(init="normal", std=0.3, depth=2, width=40,
                                 epochs=2, batch=64, lr=0.02, seed=5)),
    ("tanh-standard", "tanh", dict(init="standard", depth=5, width=16,
                                   epochs=2, batch=1437, lr=0.5, seed=2)),
    ("relu-kaiming-normal", "relu", dict(init="kaiming_normal", depth=6,
                                         width=12, epochs=2, batch=1, lr=0.01,
                                         seed=4)),
    ("tanh-xavier-uniform", "tanh", dict(init="xavier_uniform", gain=0.5,
                                         depth=1, width=10, epochs=4,
                                         batch=200, lr=0.3, seed=9)),
    ("tanh-kaiming", "tanh", dict(init="kaiming_uniform", depth=4, width=24,
                                  epochs=2, batch=64, lr=0.05, seed=6)),
    ("relu-orthogonal", "relu", dict(init="orthogonal", gain=1.4142135623730951,
                                     depth=3, width=20, epochs=2, batch=90,
                                     lr=0.05, seed=8)),
    ("relu-float32", "relu", dict(init="kaiming_uniform", depth=3, width=32,
                                  epochs=2, batch=64, lr=0.05, seed=0,
                                  dtype="float32")),
    ("tanh-float32", "tanh", dict(init="xavier_normal", depth=2, width=24,
                                  epochs=2, batch=50, lr=0.1, seed=1,
                                  dtype="float32")),
    ("relu-diverges", "relu", dict(init="normal", std=1.0, depth=10, width=32,
                                   epochs=2, batch=64, lr=0.05, seed=0)),
    ("book", "relu", dict(init="kaiming_uniform", depth=10, width=128,
                          epochs=3, batch=64, lr=0.05, seed=0)),
    ("book-long", "relu", dict(init="kaiming_uniform", depth=10, width=128,
                               epochs=20, batch=64, lr=0.05, seed=0)),
]


def args_of(act, opts):
    words = [act]
    for key, value in opts.items():
        words += ["--" + key, str(value)]
    return " ".join(words)


def write_curves(f, x, y):
    f.write("# training runs: the command line of build/bin/train, "
            "then per-step losses\n# (step EPOCH K LOSS) and per-epoch rows "
            "(epoch E TRAIN_LOSS TRAIN_ACC TEST_ACC)\n")
    for seed in (0, 5):
        torch.manual_seed(seed)
        perm = [int(v) for v in torch.randperm(N_TRAIN)]
        for i in range(0, N_TRAIN, 16):
            f.write("randperm %d %s\n" % (seed, " ".join(str(v) for v in
                                                      perm[i:i + 16])))
    for name, act, opts in CURVES:
        steps, rows, diverged = run(x, y, act, **opts)
        f.write("case %s\nargs %s\n" % (name, args_of(act, opts)))
        for e, k, loss in steps:
            f.write("step %d %d %s\n" % (e, k, float(loss).hex()))
        for row in rows:
            f.write("epoch %d %s\n" % (row[0], hexes(row[1:])))
        if diverged is not None:
            f.write("diverged %d %d\n" % diverged)
        f.write("end\n")
        print("  %-20s %4d steps, final %s%s" % (
            name, len(steps), " ".join("%.6g" % v for v in rows[-1][1:]),
            "" if diverged is None else ", diverged at %s" % (diverged,)))


def main():
    if not goldenlib.require_avx2() or not reference_blas():
        return 1
    torch.set_num_threads(1)
    x, y = load_digits()
    os.makedirs(OUT, exist_ok=True)
    for name, writer in [("linear.txt", write_linear), ("loss.txt", write_loss),
                         ("mathfun.txt", write_mathfun),
                         ("curves.txt", lambda f: write_curves(f, x, y))]:
        path = os.path.join(OUT, name)
        with open(path, "w") as f:
            f.write("# %s -- written by tests/golden-train.py (torch %s)\n"
                    % (os.path.relpath(path, TOP), torch.__version__))
            writer(f)
        print("wrote", os.path.relpath(path, TOP))
    return 0


if __name__ == "__main__":
    sys.exit(main())
