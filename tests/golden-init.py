#!/usr/bin/python3
"""golden-init.py -- golden files for torch.nn.init (book chapters ch20-fans-gains,
ch22-xavier, ch24-kaiming, ch26-init-others).

Run by `make golden` with /usr/bin/python3 (Debian 12: python3-torch 1.13).
Writes tests/golden/init/init.txt and tests/golden/init/orthogonal.txt (large
orthogonal_ matrices), read by tests/check-init.c through the
replay code in tests/support/golden-init.c, and tests/golden/cli/init.txt with the
expected outputs tests/golden/cli/init-*, read by tests/check-cli.c (book
chapter ch62-cli-init: nninit sample INIT, nninit gain, nninit fans).  Every expected value and every error
message below is produced by the real torch.nn.init; this script never
computes an expected value itself.

File format, one item per line ('#' lines are comments):

  case NAME                   start of a case
  torch SEED                  a fresh generator, torch.manual_seed(SEED)
  init NAME DTYPE SHAPE K=V.. torch.nn.init.NAME_(torch.empty(SHAPE, dtype=DTYPE), K=V, ...)
                              SHAPE is written like 40x30; "scalar" is the 0-d shape.
                              V is float.hex() for floats, decimal for ints, a bare
                              word for strings (mode, nonlinearity).
  probe                       torch.randn(1, dtype=float64) then torch.rand(2): the
                              generator's state after the calls before (its position
                              in the stream and the scalar normal path's cache)
  gain NAME [PARAM]           torch.nn.init.calculate_gain(NAME[, PARAM]); PARAM is
                              float.hex(), a decimal int, None, True, False or [1]
  fans SHAPE                  torch.nn.init._calculate_fan_in_and_fan_out(empty(SHAPE))
  end                         end of a case

Each init, probe, gain and fans line is followed by its result:

  = N                         N values follow, 8 per line, as IEEE bit patterns in
                              hex (float32: 8 digits, float64: 16 digits); for a
                              probe 1 float64 and 2 float32 values; for fans two
                              decimal integers
  ~ N                         like "=", but the C values need only be close
                              (orthogonal_: LAPACK's QR and ours round differently)

After the "~" result of a float32 orthogonal_ call, orthogonal.txt may have

  qr64 N                      N float32 values: the same normal draws, the QR done
                              in float64 (torch.linalg.qr on float64, LAPACK's
                              dgeqrf/dorgqr), the same sign correction, rounded to
                              float32 at the end
  ! TYPE: MESSAGE             the call raised TYPE (ValueError, RuntimeError,
                              ZeroDivisionError, IndexError) with this message
"""
import io
import math
import os
import random
import sys
import warnings

import numpy as np
import torch
from torch.nn import init

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from goldenlib import hexbits, require_avx2, shape_str  # noqa: E402
OUT = os.path.join(HERE, "golden", "init", "init.txt")
ORTHOGONAL_OUT = os.path.join(HERE, "golden", "init", "orthogonal.txt")
DTYPES = {"float32": torch.float32, "float64": torch.float64}

warnings.simplefilter("ignore")     # kaiming's "zero-element tensors" warning etc.


def value_str(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return "%d" % v
    if isinstance(v, float):
        return v.hex()
    if v is None:
        return "None"
    if isinstance(v, list):
        return "[%s]" % ",".join(str(x) for x in v)
    return str(v)


class Writer:
    def __init__(self):
        self.lines = ["# written by tests/golden-init.py with torch %s; do not edit"
                      % torch.__version__]
        self.names = set()
        self.values = 0
        self.cases = 0

    def case(self, name, seed):
        assert name not in self.names, name
        self.names.add(name)
        self.cases += 1
        self.lines.append("case " + name)
        self.lines.append("torch %d" % seed)
        torch.manual_seed(seed)
        return self

    def result(self, values, mark="="):
        self.values += len(values)
        self.lines.append("%s %d" % (mark, len(values)))
        for i in range(0, len(values), 8):
            self.lines.append(" ".join(values[i:i + 8]))

    def error(self, exc):
        self.lines.append("! %s: %s" % (type(exc).__name__, str(exc).splitlines()[0]))

    def init(self, name, dtype, shape, **kw):
        words = ["init", name, dtype, shape_str(shape)]
        words += ["%s=%s" % (k, value_str(v)) for k, v in kw.items()]
        self.lines.append(" ".join(words))
        t = torch.empty(shape, dtype=DTYPES[dtype])
        try:
            getattr(init, name + "_")(t, **kw)
        except (ValueError, RuntimeError, ZeroDivisionError, IndexError) as e:
            self.error(e)
            return self
        self.result(hexbits(t.numpy()), "~" if name == "orthogonal" else "=")
        self.last = (name, dtype, shape, kw, t)
        return self

    def qr64(self, seed):
        """After a float32 orthogonal_ call that started right after
        torch.manual_seed(seed): the float64 QR of the same draws."""
        name, dtype, shape, kw, done = self.last
        assert name == "orthogonal" and dtype == "float32" and not kw, self.last
        state = torch.get_rng_state()
        torch.manual_seed(seed)
        rows = shape[0]
        cols = done.numel() // rows
        # the draws, exactly as orthogonal_ makes them: tensor.new(rows, cols).normal_(0, 1)
        draws = done.new(rows, cols).normal_(0, 1)
        torch.set_rng_state(state)
        q = {}
        for dt in (torch.float32, torch.float64):
            a = draws.to(dt)
            a = a.t() if rows < cols else a
            qr, r = torch.linalg.qr(a)
            qr *= torch.diag(r, 0).sign()
            q[dt] = qr.t() if rows < cols else qr
        # the same draws: in float32 they give exactly what orthogonal_ wrote
        assert torch.equal(q[torch.float32].reshape(shape), done), "not the same draws"
        self.result(hexbits(q[torch.float64].to(torch.float32).numpy()), "qr64")
        return self

    def probe(self):
        self.lines.append("probe")
        a = torch.randn(1, dtype=torch.float64)
        b = torch.rand(2)
        self.result(hexbits(a.numpy()) + hexbits(b.numpy()))
        return self

    def gain(self, name, *param):
        self.lines.append(" ".join(["gain", name] + [value_str(p) for p in param]))
        try:
            g = init.calculate_gain(name, *param)
        except (ValueError, OverflowError) as e:
            self.error(e)
            return self
        self.result(hexbits(np.array([float(g)])))
        return self

    def fans(self, shape):
        self.lines.append("fans " + shape_str(shape))
        try:
            fi, fo = init._calculate_fan_in_and_fan_out(torch.empty(shape))
        except ValueError as e:
            self.error(e)
            return self
        self.lines.append("= 2")
        self.lines.append("%d %d" % (fi, fo))
        return self

    def end(self):
        self.lines.append("end")

    def save(self, path=OUT):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
        print("  %s: %d cases, %d values, %d bytes"
              % (os.path.relpath(path), self.cases, self.values, os.path.getsize(path)))


# Shapes: numel 15 (normal_'s scalar path), 16 (one block), 35 (block + tail),
# 3-D, 4-D and 5-D conv kernels, and the notebook's 40x30 weight.
SMALL = [(3, 5), (4, 4), (5, 7)]
CONV = [(2, 3, 5), (6, 4, 3, 3), (2, 3, 2, 2, 3)]


def generator_cases(w):
    sqrt5 = math.sqrt(5.0)
    for dt in DTYPES:
        for i, shape in enumerate(SMALL + CONV):
            seed = [0, 1, 42, 2**32 + 7, 123456789, 2**63 + 5][i]
            tag = "%s-%s" % (dt, shape_str(shape))
            w.case("uniform-" + tag, seed)
            w.init("uniform", dt, shape).probe()
            w.init("uniform", dt, shape, a=-0.3, b=0.7).probe().end()
            w.case("normal-" + tag, seed)
            w.init("normal", dt, shape).probe()
            w.init("normal", dt, shape, mean=1.5, std=2.0).probe().end()
            # Every parameter variant on the small shapes, two on the kernels.
            full = shape in SMALL
            w.case("xavier-" + tag, seed)
            w.init("xavier_uniform", dt, shape, gain=5.0 / 3).probe()
            w.init("xavier_normal", dt, shape, gain=math.sqrt(2.0)).probe()
            if full:
                w.init("xavier_uniform", dt, shape).probe()
                w.init("xavier_normal", dt, shape).probe()
            w.end()
            w.case("kaiming-" + tag, seed)
            w.init("kaiming_uniform", dt, shape, a=0.2, mode="fan_out",
                   nonlinearity="leaky_relu").probe()
            w.init("kaiming_normal", dt, shape, mode="fan_out", nonlinearity="relu").probe()
            if full:
                w.init("kaiming_uniform", dt, shape).probe()
                w.init("kaiming_uniform", dt, shape, a=sqrt5).probe()
                w.init("kaiming_uniform", dt, shape, mode="Fan_Out", nonlinearity="relu").probe()
                w.init("kaiming_normal", dt, shape).probe()
                w.init("kaiming_normal", dt, shape, a=0.2, nonlinearity="tanh").probe()
            w.end()
            w.case("trunc-normal-" + tag, seed)
            w.init("trunc_normal", dt, shape, mean=0.1, std=0.5, a=-0.5, b=1.0).probe()
            w.init("trunc_normal", dt, shape, a=2.0, b=3.0).probe()
            if full:
                w.init("trunc_normal", dt, shape).probe()
                w.init("trunc_normal", dt, shape, mean=0.0, std=0.02, a=-0.04, b=0.04).probe()
            w.end()
            w.case("orthogonal-" + tag, seed)
            w.init("orthogonal", dt, shape, gain=2.0).probe()
            if full:
                w.init("orthogonal", dt, shape).probe()
            w.end()
        for i, shape in enumerate([(3, 5), (4, 4), (5, 7), (10, 3), (1, 6), (6, 1)]):
            w.case("sparse-%s-%s" % (dt, shape_str(shape)), 10 + i)
            w.init("sparse", dt, shape, sparsity=0.1).probe()
            w.init("sparse", dt, shape, sparsity=0.5, std=2.0).probe()
            w.init("sparse", dt, shape, sparsity=0.0).probe()
            w.init("sparse", dt, shape, sparsity=1.0).probe().end()
        # The notebook's last cell: xavier_uniform_ on the 40x30 weight (float64
        # there, because the notebook had replaced it by a NumPy array), and the
        # default nn.Linear(30, 40) weight.
        w.case("notebook-xavier-%s-40x30" % dt, 0)
        w.init("xavier_uniform", dt, (40, 30)).probe().end()
        w.case("linear-default-%s-40x30" % dt, 0)
        w.init("kaiming_uniform", dt, (40, 30), a=sqrt5).probe().end()
        w.case("orthogonal-%s-wide-and-tall" % dt, 3)
        w.init("orthogonal", dt, (8, 20)).probe()
        w.init("orthogonal", dt, (20, 8)).probe()
        w.init("orthogonal", dt, (4, 2, 3), gain=0.5).probe()
        w.init("orthogonal", dt, (1, 5)).probe()
        w.init("orthogonal", dt, (5, 1)).probe().end()


def orthogonal_large_cases(w):
    """Large matrices (book chapter ch26-init-others, 我们的约定与误差): torch's
    float32 QR (LAPACK sgeqrf/sorgqr) against ours (in double); at seed 1234
    also the float64 QR of the same draws, which ours must equal once rounded."""
    for seed, shapes in ((1234, [(128, 128), (512, 512), (256, 512)]),
                         (7, [(128, 128), (512, 512)])):
        for shape in shapes:
            w.case("orthogonal-float32-%s-seed%d" % (shape_str(shape), seed), seed)
            w.init("orthogonal", "float32", shape)
            if seed == 1234:
                w.qr64(seed)
            w.probe().end()
    w.case("orthogonal-float64-128x128-seed1234", 1234)
    w.init("orthogonal", "float64", (128, 128)).probe().end()


def deterministic_cases(w):
    for dt in DTYPES:
        w.case("constant-%s" % dt, 0)
        w.init("constant", dt, (3, 5), val=0.3).init("constant", dt, (2, 3, 4), val=-2.5)
        w.init("constant", dt, (4,), val=1e-45).init("constant", dt, (2, 2), val=3e38)
        w.init("constant", dt, (17,), val=float("inf")).init("ones", dt, (3, 5))
        w.init("zeros", dt, (2, 3, 4)).init("ones", dt, (7,)).init("zeros", dt, scalar())
        w.init("ones", dt, scalar()).probe().end()
        w.case("eye-%s" % dt, 0)
        for shape in [(3, 3), (3, 5), (5, 3), (1, 1), (0, 3), (3, 0)]:
            w.init("eye", dt, shape)
        w.probe().end()
        w.case("dirac-%s" % dt, 0)
        for shape, groups in [((3, 3, 3), 1), ((4, 2, 3, 3), 1), ((2, 4, 3, 3), 1),
                              ((6, 3, 2, 3, 4), 1), ((6, 2, 3, 3), 2), ((6, 4, 5), 3),
                              ((4, 6, 2, 2), 2), ((0, 2, 3), 1), ((2, 0, 3), 1),
                              ((6, 1, 3), 3), ((3, 3, 1, 1), 3)]:
            w.init("dirac", dt, shape, groups=groups)
        w.probe().end()


def scalar():
    return ()


def zero_element_cases(w):
    for dt in DTYPES:
        w.case("zero-element-%s" % dt, 5)
        w.init("uniform", dt, (0, 4)).init("normal", dt, (0,))
        w.init("xavier_uniform", dt, (0, 5)).init("xavier_normal", dt, (5, 0, 3))
        w.init("kaiming_uniform", dt, (0, 5)).init("kaiming_normal", dt, (0,))
        w.init("kaiming_uniform", dt, (3, 0, 2)).init("trunc_normal", dt, (0,))
        w.init("orthogonal", dt, (0, 3)).init("orthogonal", dt, (3, 0))
        w.init("sparse", dt, (0, 3), sparsity=0.5).init("sparse", dt, (3, 0), sparsity=0.5)
        w.init("constant", dt, (0, 2), val=1.0).init("eye", dt, (0, 0))
        w.init("dirac", dt, (0, 0, 0)).probe().end()


def error_cases(w):
    w.case("errors", 0)
    # torch.nn.init's own ValueErrors.
    for name in ["xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal"]:
        w.init(name, "float32", (5,)).init(name, "float32", scalar())
    w.init("orthogonal", "float32", (5,)).init("orthogonal", "float64", (0,))
    w.init("eye", "float32", (5,)).init("eye", "float32", (2, 2, 2))
    w.init("dirac", "float32", (3, 3)).init("dirac", "float64", (1, 1, 1, 1, 1, 1))
    w.init("dirac", "float32", (4, 2, 3), groups=3)
    w.init("sparse", "float32", (5,), sparsity=0.1).init("sparse", "float32", (2, 3, 4), sparsity=0.1)
    w.init("kaiming_uniform", "float32", (3, 5), mode="fan_avg")
    w.init("kaiming_normal", "float32", (3, 5), mode="Fan_Avg")
    w.init("kaiming_uniform", "float32", (3, 5), nonlinearity="ReLU")
    w.init("kaiming_normal", "float32", (3, 5), nonlinearity="gelu")
    # Errors that come from Python arithmetic or indexing.
    w.init("xavier_uniform", "float32", (0, 0)).init("xavier_normal", "float64", (2, 3, 0))
    w.init("trunc_normal", "float32", (3, 5), std=0.0)
    w.init("dirac", "float32", (4, 2, 3), groups=0)
    w.init("dirac", "float32", (2, 2, 0))
    w.init("sparse", "float32", (3, 5), sparsity=float("nan"))
    # Errors that the tensor methods raise (uniform_, normal_).
    w.init("uniform", "float32", (3,), a=1.0, b=0.0)
    w.init("uniform", "float64", (3,), a=0.0, b=float("inf"))
    w.init("normal", "float32", (3,), std=-1.0)
    w.init("normal", "float64", (20,), std=float("nan"))
    w.init("xavier_uniform", "float32", (3, 5), gain=-1.0)
    w.init("xavier_uniform", "float64", (3, 5), gain=float("nan"))
    w.init("xavier_normal", "float32", (3, 5), gain=-0.5)
    w.init("kaiming_uniform", "float32", (3, 5), a=float("nan"))
    w.init("trunc_normal", "float32", (3, 5), a=1.0, b=-1.0)
    w.init("trunc_normal", "float64", (3, 5), std=-1.0)
    w.init("trunc_normal", "float32", (3, 5), std=float("nan"))
    w.init("trunc_normal", "float32", (3, 5), a=float("nan"))
    w.init("sparse", "float32", (3, 5), sparsity=0.5, std=-1.0)
    w.init("constant", "float32", (3,), val=1e300)
    w.init("constant", "float32", (3,), val=-3.5e38)
    w.probe().end()


def gain_cases(w):
    w.case("gains", 0)
    for name in ["linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d",
                 "conv_transpose2d", "conv_transpose3d", "sigmoid", "tanh", "relu",
                 "leaky_relu", "selu"]:
        w.gain(name)
    for p in [None, 0.01, 0.0, 0.2, math.sqrt(5.0), 10.0, -0.5, 1e-3, 3, 0, -2, 1e154, 1e155]:
        w.gain("leaky_relu", p)
    w.gain("relu", True).gain("tanh", 0.5).gain("sigmoid", [1])
    for p in [True, False, [1]]:
        w.gain("leaky_relu", p)
    for name in ["ReLU", "Tanh", "gelu", "identity", "", "leaky-relu"]:
        w.gain(name)
    w.end()
    w.case("fans", 0)
    for shape in [(2, 3), (3, 2), (40, 30), (4, 3, 5), (6, 4, 3, 3), (2, 3, 4, 5, 6),
                  (1, 1, 1, 1, 1, 1, 1, 1), (0, 5), (5, 0), (5, 0, 3, 3), (2, 3, 0),
                  (5,), (0,), ()]:
        w.fans(shape)
    w.end()


def mixed_cases(w):
    """Seeds, shapes and parameters picked by Python's random module."""
    rnd = random.Random(20100513)
    names = ["uniform", "normal", "xavier_uniform", "xavier_normal", "kaiming_uniform",
             "kaiming_normal", "trunc_normal", "sparse"]
    for k in range(24):
        w.case("mixed-%02d" % k, rnd.choice([rnd.randrange(2**32), rnd.randrange(2**64)]))
        for _ in range(rnd.randrange(1, 4)):
            dt = rnd.choice(list(DTYPES))
            name = rnd.choice(names)
            if name == "sparse":
                shape = (rnd.randrange(1, 12), rnd.randrange(1, 9))
            else:
                shape = tuple(rnd.randrange(1, 7) for _ in range(rnd.randrange(2, 5)))
            kw = {}
            if name == "uniform":
                a = rnd.uniform(-2, 2)
                kw = {"a": a, "b": a + rnd.uniform(0, 3)}
            elif name == "normal":
                kw = {"mean": rnd.uniform(-2, 2), "std": rnd.uniform(0, 3)}
            elif name.startswith("xavier"):
                kw = {"gain": rnd.uniform(0.1, 3)}
            elif name.startswith("kaiming"):
                kw = {"a": rnd.uniform(0, 1), "mode": rnd.choice(["fan_in", "fan_out"]),
                      "nonlinearity": rnd.choice(["leaky_relu", "relu", "tanh", "selu"])}
            elif name == "trunc_normal":
                m = rnd.uniform(-1, 1)
                s = rnd.uniform(0.01, 2)
                a = m - rnd.uniform(0, 3) * s
                kw = {"mean": m, "std": s, "a": a, "b": a + rnd.uniform(0.01, 4) * s}
            else:
                kw = {"sparsity": rnd.uniform(0, 1), "std": rnd.uniform(0.001, 1)}
            w.init(name, dt, shape, **kw).probe()
        w.end()


# ---------------------------------------------------------------- nninit

CLI = os.path.join(HERE, "golden", "cli")
CLI_LISTING = os.path.join(CLI, "init.txt")


def tail_cases(w):
    """trunc_normal_ far in the tails and on degenerate intervals: there the
    final clamp_ is what keeps the values inside [a, b] (erfinv reaches +-inf
    when the uniform number hits the end of its range, or the result rounds
    just outside).  Then the calls that nninit refuses although PyTorch runs
    them: their values are non-finite, or all the same (the replay checks
    that, and draws as many random numbers as PyTorch did)."""
    tails = {"float64": [(0.0, 1.0, 8.0, 9.0), (0.0, 1.0, -9.0, -8.0),
                         (0.0, 1.0, 5.0, 6.0), (1.5, 0.25, 3.5, 3.75)],
             "float32": [(0.0, 1.0, 4.0, 5.0), (0.0, 1.0, -5.0, -4.0),
                         (0.0, 1.0, 5.0, 6.0), (1.5, 0.25, 2.5, 2.75)]}
    for dt in DTYPES:
        w.case("trunc-normal-tails-%s" % dt, 21)
        for mean, std, a, b in tails[dt]:
            w.init("trunc_normal", dt, (4096,), mean=mean, std=std, a=a, b=b).probe()
        for mean, std, a in [(0.0, 1.0, 0.5), (0.1, 0.5, 2.5), (0.0, 1.0, -3.0),
                             (0.0, 1.0, 50.0)]:
            w.init("trunc_normal", dt, (35,), mean=mean, std=std, a=a, b=a).probe()
        w.end()
    w.case("refused-float64", 22)
    w.init("trunc_normal", "float64", (20,), a=50.0, b=60.0).probe()
    w.init("trunc_normal", "float64", (20,), a=9.0, b=10.0).probe()
    w.init("trunc_normal", "float64", (20,), std=1e30).probe()
    w.init("normal", "float64", (20,), std=float("inf")).probe()
    w.init("normal", "float64", (5,), mean=float("inf")).probe().end()
    w.case("refused-float32", 23)
    w.init("trunc_normal", "float32", (20,), a=6.0, b=7.0).probe()
    w.init("trunc_normal", "float32", (20,), std=1e39).probe()
    w.init("normal", "float32", (30,), std=3e38).probe()
    w.init("normal", "float32", (5,), std=1e39).probe()
    w.init("xavier_normal", "float32", (4, 5), gain=1e300).probe()
    w.init("orthogonal", "float32", (3, 4), gain=1e300).probe().end()


def shortest(x):
    """The shortest %g text that reads back as x (what nninit gain prints)."""
    for p in range(1, 18):
        text = "%.*g" % (p, x)
        if float(text) == x:
            return text
    raise ValueError(x)


def cli_tensor(name, shape, dtype, seed, kw):
    torch.manual_seed(seed)
    t = torch.empty(shape, dtype=DTYPES[dtype])
    getattr(init, name + "_")(t, **kw)
    return t.numpy()


def cli_cases():
    os.makedirs(CLI, exist_ok=True)
    # Remove what our previous run wrote (other scripts own other files here).
    if os.path.exists(CLI_LISTING):
        with open(CLI_LISTING) as f:
            for line in f:
                words = line.split()
                if len(words) == 2 and words[0] in ("stdout", "file"):
                    old = os.path.join(CLI, words[1])
                    if os.path.exists(old):
                        os.remove(old)
    opt = {"val": "--value"}
    # (name, shape, dtype or None, seed or None, {kwarg: text}, format, to file)
    samples = [
        ("uniform", "3x5", None, None, {"a": "-0.3", "b": "0.7"}, "txt", False),
        ("normal", "5x7", "float64", 3, {"mean": "1.5", "std": "2"}, "txt", False),
        ("trunc_normal", "40x30", None, 0, {}, "txt", False),
        ("trunc_normal", "4x4", "float64", 7, {"mean": "0.1", "std": "0.5", "a": "-0.5",
                                               "b": "1"}, "txt", False),
        ("trunc_normal", "768", None, 1, {"std": "0.02", "a": "-0.04", "b": "0.04"}, "npy", True),
        ("constant", "2x3", None, None, {"val": "0.25"}, "txt", False),
        ("constant", "2x2", "float64", None, {"val": "-1e300"}, "txt", False),
        ("ones", "3", None, None, {}, "txt", False),
        ("zeros", "2x2", "float64", None, {}, "npy", False),
        ("eye", "3x5", None, None, {}, "txt", False),
        ("dirac", "4x2x3x3", None, None, {}, "txt", False),
        ("dirac", "6x2x3", "float64", None, {"groups": "3"}, "npy", True),
        ("xavier_uniform", "40x30", None, None, {}, "txt", False),
        ("xavier_uniform", "40x30", "float64", 0, {}, "txt", False),
        ("xavier_normal", "16x8x3x3", None, 42, {"gain": "1.4142135623730951"}, "npy", True),
        ("xavier_normal", "3x5", "float64", 2**64 - 1, {"gain": "0.5"}, "txt", False),
        ("kaiming_uniform", "40x30", None, 0, {"a": "2.23606797749979"}, "txt", False),
        ("kaiming_uniform", "6x4x3x3", "float64", 5, {"mode": "fan_out",
                                                       "nonlinearity": "relu"}, "txt", False),
        ("kaiming_normal", "16x8x3x3", None, 9, {"mode": "FAN_OUT",
                                                  "nonlinearity": "relu"}, "npy", True),
        ("kaiming_normal", "5x7", None, 11, {"a": "0.2"}, "txt", False),
        ("kaiming_normal", "2x3x4", "float64", 12, {"nonlinearity": "tanh"}, "txt", False),
        ("sparse", "10x6", None, 13, {"sparsity": "0.25"}, "txt", False),
        ("sparse", "3x5", "float64", 14, {"sparsity": "0.5", "std": "2"}, "txt", False),
        ("xavier_uniform", "0x5", None, None, {}, "txt", False),
        ("kaiming_uniform", "0", None, None, {}, "npy", False),
    ]
    lines = ["# written by tests/golden-init.py with torch %s; do not edit" % torch.__version__,
             "# case NAME / args ARGUMENTS (@OUT: a temporary output file) /",
             "# stdout FILE or file FILE (expected bytes, in this directory) / end"]
    for i, (name, shape, dtype, seed, kw, fmt, to_file) in enumerate(samples):
        case = "init-%02d-%s" % (i, name)
        args = ["sample", name, "--shape", shape]
        if dtype is not None:
            args += ["--dtype", dtype]
        if seed is not None:
            args += ["--seed", str(seed)]
        for k, v in kw.items():
            args += [opt.get(k, "--" + k), v]
        if fmt != "txt":
            args += ["--format", fmt]
        if to_file:
            args += ["-o", "@OUT"]
        pykw = {k: (int(v) if k == "groups" else v if k in ("mode", "nonlinearity")
                    else float(v)) for k, v in kw.items()}
        dims = tuple(int(d) for d in shape.split("x"))
        value = cli_tensor(name, dims, dtype or "float32", seed or 0, pykw)
        if fmt == "txt":
            spec = "%.9g" if value.dtype == np.float32 else "%.17g"
            data = "".join(spec % float(v) + "\n" for v in value.reshape(-1)).encode()
            fname = case + ".out"
        else:
            buf = io.BytesIO()
            np.save(buf, value)
            data = buf.getvalue()
            fname = case + ".npy"
        with open(os.path.join(CLI, fname), "wb") as f:
            f.write(data)
        lines += ["case " + case, "args " + " ".join(args),
                  ("file " if to_file else "stdout ") + fname, "end"]
    gains = [("linear",), ("conv_transpose2d",), ("sigmoid",), ("tanh",), ("relu",),
             ("relu", "0.5"), ("leaky_relu",), ("leaky_relu", "0.2"), ("leaky_relu", "-3"),
             ("leaky_relu", "2.23606797749979"), ("selu",)]
    for i, g in enumerate(gains):
        case = "init-gain-%02d" % i
        value = init.calculate_gain(g[0], *[float(p) for p in g[1:]])
        fname = case + ".out"
        with open(os.path.join(CLI, fname), "w") as f:
            f.write(shortest(float(value)) + "\n")
        lines += ["case " + case, "args gain " + " ".join(g), "stdout " + fname, "end"]
    for i, shape in enumerate(["40x30", "64x32x3x3", "4096x4096x3x3", "0x5", "2x3x4x5x6"]):
        case = "init-fans-%02d" % i
        fi, fo = init._calculate_fan_in_and_fan_out(
            torch.empty(tuple(int(d) for d in shape.split("x")), device="meta"))
        fname = case + ".out"
        with open(os.path.join(CLI, fname), "w") as f:
            f.write("fan_in %d\nfan_out %d\n" % (fi, fo))
        lines += ["case " + case, "args fans --shape " + shape, "stdout " + fname, "end"]
    with open(CLI_LISTING, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("  %s: %d cases" % (os.path.relpath(CLI_LISTING),
                              len(samples) + len(gains) + 5))


def main():
    if not require_avx2():
        return 1
    w = Writer()
    generator_cases(w)
    deterministic_cases(w)
    zero_element_cases(w)
    error_cases(w)
    gain_cases(w)
    mixed_cases(w)
    tail_cases(w)
    w.save()
    large = Writer()
    orthogonal_large_cases(large)
    large.save(ORTHOGONAL_OUT)
    cli_cases()
    return 0


if __name__ == "__main__":
    sys.exit(main())
