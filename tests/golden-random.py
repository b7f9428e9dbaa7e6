#!/usr/bin/python3
"""golden-random.py -- golden files for the random generators (book chapter
"随机数从哪里来", book/ch34-random.nw) and for `nninit sample` (book chapter
"命令行工具", book/ch60-cli.nw).

Run by `make golden` with /usr/bin/python3 (Debian 12: python3-torch 1.13,
python3-numpy 1.24).  Writes

  tests/golden/random/torch.txt    PyTorch CPU generator: uniform_, normal_, randperm
  tests/golden/random/numpy.txt    NumPy legacy RandomState: raw words, random_sample,
                                   uniform, normal, standard_normal
  tests/golden/cli/sample.txt      cases for tests/check-cli.c (arguments of
                                   build/bin/nninit and the expected output file;
                                   check-cli reads every tests/golden/cli/*.txt)
  tests/golden/cli/*.out, *.npy    the expected outputs

File format of random/*.txt (read by tests/check-random.c), one item per line:

  case NAME                 start of a case
  torch SEED | numpy SEED   a fresh generator seeded with SEED (decimal)
  numpy-array K1 K2 ...     a fresh NumPy generator seeded with an array
  OPERATION ...             one call on the generator (see below)
  = N                       the call's result: N values follow, 8 per line,
                            as IEEE bit patterns in hex (float32: 8 digits,
                            float64: 16 digits) or decimal integers
  ! MESSAGE                 the call raised an error with this message
  end                       end of the case

Operations (parameters are Python float.hex(), which C's strtod reads exactly):

  torch:  seed S | uniform DTYPE SHAPE A B | normal DTYPE SHAPE MEAN STD | randperm N
  numpy:  seed S | raw N | random_sample SHAPE | uniform SHAPE LOW HIGH
          | normal SHAPE LOC SCALE | standard_normal SHAPE

SHAPE is written like 40x30.  Every value is produced by the real library; this
script never computes an expected value itself.
"""
import io
import math
import os
import random
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from goldenlib import hexbits, require_avx2, shape_str  # noqa: E402
GOLDEN = os.path.join(HERE, "golden")
DTYPES = {"float32": torch.float32, "float64": torch.float64}
HEADER = ("# written by tests/golden-random.py with torch %s and numpy %s; do not edit\n"
          % (torch.__version__, np.__version__))


def block(values):
    lines = ["= %d" % len(values)]
    for i in range(0, len(values), 8):
        lines.append(" ".join(values[i:i + 8]))
    return lines


class Writer:
    def __init__(self, path):
        self.path = path
        self.lines = [HEADER.rstrip("\n")]
        self.names = set()
        self.values = 0

    def case(self, name):
        assert name not in self.names, name
        self.names.add(name)
        self.lines.append("case " + name)

    def result(self, values):
        self.values += len(values)
        self.lines.extend(block(values))

    def error(self, exc):
        message = str(exc).splitlines()[0]
        self.lines.append("! " + message)

    def save(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        with open(self.path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
        print("  %s: %d cases, %d values, %d bytes"
              % (os.path.relpath(self.path), len(self.names), self.values,
                 os.path.getsize(self.path)))


# ---------------------------------------------------------------- torch

class TorchCase:
    """One case: a sequence of calls on the default CPU generator."""

    def __init__(self, w, name, seed):
        self.w = w
        w.case(name)
        w.lines.append("torch %d" % seed)
        torch.manual_seed(seed)

    def seed(self, s):
        self.w.lines.append("seed %d" % s)
        torch.manual_seed(s)
        return self

    def uniform(self, dtype, shape, a, b):
        self.w.lines.append("uniform %s %s %s %s" % (dtype, shape_str(shape),
                                                     float(a).hex(), float(b).hex()))
        t = torch.empty(shape, dtype=DTYPES[dtype])
        try:
            t.uniform_(a, b)
        except RuntimeError as e:
            self.w.error(e)
            return self
        self.w.result(hexbits(t.numpy()))
        return self

    def normal(self, dtype, shape, mean, std):
        self.w.lines.append("normal %s %s %s %s" % (dtype, shape_str(shape),
                                                    float(mean).hex(), float(std).hex()))
        t = torch.empty(shape, dtype=DTYPES[dtype])
        try:
            t.normal_(mean, std)
        except RuntimeError as e:
            self.w.error(e)
            return self
        self.w.result(hexbits(t.numpy()))
        return self

    def randperm(self, n):
        self.w.lines.append("randperm %d" % n)
        self.w.result([str(int(v)) for v in torch.randperm(n)])
        return self

    def end(self):
        self.w.lines.append("end")


def torch_cases(w):
    seeds = [0, 1, 7, 42, 12345, 123456789, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 7,
             2**63 + 5, 2**64 - 1]
    small = [1, 2, 3, 5, 15, 16, 17, 31, 32, 33]
    # 1. Every seed, every small size, both dtypes, the standard distributions.
    for s in seeds:
        for dt in DTYPES:
            c = TorchCase(w, "seed%d-%s-standard" % (s, dt), s)
            for n in small:
                c.uniform(dt, (n,), 0.0, 1.0)
            for n in small:
                c.normal(dt, (n,), 0.0, 1.0)
            c.end()
    # 2. Larger sizes and multi-dimensional shapes (C order).
    for s in [0, 2**32 + 7, 2**63 + 5]:
        for dt in DTYPES:
            for shape in [(100,), (40, 30), (1000,), (127,), (3, 4, 5)]:
                c = TorchCase(w, "seed%d-%s-%s" % (s, dt, shape_str(shape)), s)
                c.uniform(dt, shape, 0.0, 1.0).normal(dt, shape, 0.0, 1.0).end()
    # 3. Bounds (a, b), including the default nn.Linear bound 1/sqrt(fan_in)
    #    and the tutorial's xavier_uniform_ bound.
    bounds = [(-1.0, 1.0), (3.0, 5.0), (-1 / math.sqrt(30), 1 / math.sqrt(30)),
              (-0.2927700218845599, 0.2927700218845599), (1e-3, 2e-3),
              (-5.0, -5.0), (-1e30, 1e30), (0.1, 0.7), (-123.456, 0.001)]
    for s in [0, 42]:
        for dt in DTYPES:
            c = TorchCase(w, "seed%d-%s-bounds" % (s, dt), s)
            for a, b in bounds:
                for n in [1, 17, 100]:
                    c.uniform(dt, (n,), a, b)
            c.end()
    # 4. (mean, std), both paths.
    params = [(0.0, 0.5), (1.0, 2.0), (-3.0, 0.01), (0.0, 0.0), (0.1, 1e-3),
              (100.0, 1e-5), (0.0, 0.02), (-1e10, 1e3)]
    for s in [0, 42]:
        for dt in DTYPES:
            c = TorchCase(w, "seed%d-%s-meanstd" % (s, dt), s)
            for m, sd in params:
                for n in [1, 5, 16, 17, 48]:
                    c.normal(dt, (n,), m, sd)
            c.end()
    # 5. Interleavings: the scalar path's cache survives between calls, is
    #    shared by float32 and float64, is ignored by the block path and by
    #    uniform_, and is cleared by manual_seed.
    c = TorchCase(w, "cache-5-16-1", 0)
    c.normal("float32", (5,), 0, 1).normal("float32", (16,), 0, 1).normal("float32", (1,), 0, 1).end()
    c = TorchCase(w, "cache-1-1", 0)
    c.normal("float32", (1,), 0, 1).normal("float32", (1,), 0, 1).end()
    c = TorchCase(w, "cache-2", 0)
    c.normal("float32", (2,), 0, 1).end()
    c = TorchCase(w, "cache-f32-f64", 3)
    c.normal("float32", (1,), 0, 1).normal("float64", (1,), 0, 1)
    c.normal("float64", (3,), 0, 1).normal("float32", (3,), 2, 3).end()
    c = TorchCase(w, "cache-uniform-between", 5)
    c.normal("float64", (1,), 0, 1).uniform("float32", (3,), 0, 1).normal("float64", (1,), 0, 1).end()
    c = TorchCase(w, "cache-block-between", 6)
    c.normal("float32", (3,), 0, 1).normal("float64", (17,), 0, 1)
    c.normal("float32", (20,), 0, 1).normal("float32", (1,), 10, 2).end()
    c = TorchCase(w, "cache-cleared-by-seed", 0)
    c.normal("float32", (1,), 0, 1).seed(0).normal("float32", (1,), 0, 1)
    c.normal("float32", (3,), 0, 1).seed(2**32).normal("float32", (2,), 0, 1).end()
    c = TorchCase(w, "cache-randperm-between", 9)
    c.normal("float64", (3,), 0, 1).randperm(7).normal("float64", (1,), 0, 1).end()
    c = TorchCase(w, "empty-tensors", 11)
    c.normal("float32", (0,), 0, 1).uniform("float64", (0, 3), 0, 1).normal("float32", (1,), 0, 1)
    c.normal("float32", (0,), 0, 1).normal("float32", (1,), 0, 1).end()
    # 6. randperm.
    for s in [0, 42, 2**32 + 1]:
        c = TorchCase(w, "randperm-seed%d" % s, s)
        for n in [0, 1, 2, 3, 5, 10, 100, 1000]:
            c.randperm(n)
        c.uniform("float32", (4,), 0, 1).end()
    # 7. Errors: the message and that nothing was drawn.
    c = TorchCase(w, "errors", 0)
    c.uniform("float32", (3,), 5.0, 1.0)
    c.uniform("float32", (0,), 5.0, 1.0)
    c.uniform("float64", (3,), 0.1, 1e-5)
    c.uniform("float32", (3,), float("nan"), 1.0)
    c.uniform("float32", (3,), 0.0, float("inf"))
    c.uniform("float64", (3,), float("-inf"), 0.0)
    c.uniform("float64", (3,), 0.0, float("nan"))
    c.uniform("float32", (3,), -1e39, 0.0)
    c.uniform("float32", (3,), -3e38, 3e38)
    c.uniform("float64", (3,), -1e308, 1e308)
    c.normal("float32", (3,), 0.0, -1.0)
    c.normal("float64", (30,), 0.0, -0.5)
    c.normal("float32", (0,), 0.0, -1.0)
    c.normal("float64", (3,), 0.0, float("nan"))
    c.uniform("float32", (2,), 0, 1)
    c.end()
    # 8. Values the C code must carry through: -0.0 std, NaN mean, infinite std,
    #    a mean beyond float32's range.
    c = TorchCase(w, "special-values", 13)
    for n in [3, 16]:
        c.normal("float32", (n,), 0.0, -0.0).normal("float64", (n,), float("nan"), 1.0)
        c.normal("float32", (n,), 0.0, float("inf")).normal("float32", (n,), 1e39, 1.0)
        c.normal("float32", (n,), float("-inf"), 1.0)
        c.uniform("float32", (n,), -3.4e38, 0.0)
    c.end()
    # 9. Pseudo-random cases: seeds, sizes and parameters not chosen by hand.
    rnd = random.Random(20240603)
    for k in range(40):
        s = rnd.choice([rnd.randrange(2**32), rnd.randrange(2**64)])
        c = TorchCase(w, "mixed-%02d" % k, s)
        for _ in range(rnd.randrange(1, 5)):
            dt = rnd.choice(list(DTYPES))
            n = rnd.choice([rnd.randrange(1, 40), rnd.randrange(1, 400)])
            if rnd.random() < 0.5:
                a = rnd.uniform(-10, 10)
                c.uniform(dt, (n,), a, a + rnd.uniform(0, 5))
            else:
                c.normal(dt, (n,), rnd.uniform(-3, 3), rnd.uniform(0, 3))
        c.end()


# ---------------------------------------------------------------- numpy

class NumpyCase:
    """One case on NumPy's legacy global RandomState (np.random.*)."""

    def __init__(self, w, name, seed):
        self.w = w
        w.case(name)
        if isinstance(seed, list):
            w.lines.append("numpy-array " + " ".join(str(k) for k in seed))
        else:
            w.lines.append("numpy %d" % seed)
        np.random.seed(seed)

    def seed(self, s):
        self.w.lines.append("seed %d" % s)
        np.random.seed(s)
        return self

    def raw(self, n):
        self.w.lines.append("raw %d" % n)
        words = np.random.randint(0, 2**32, size=n, dtype=np.uint32)
        self.w.result([str(int(v)) for v in words])
        return self

    def _call(self, line, fn):
        self.w.lines.append(line)
        try:
            a = np.asarray(fn(), dtype=np.float64)
        except (ValueError, OverflowError) as e:
            self.w.error(e)
            return self
        self.w.result(hexbits(a))
        return self

    def random_sample(self, shape):
        return self._call("random_sample %s" % shape_str(shape),
                          lambda: np.random.random_sample(shape))

    def uniform(self, shape, low, high):
        return self._call("uniform %s %s %s" % (shape_str(shape), float(low).hex(),
                                                float(high).hex()),
                          lambda: np.random.uniform(low, high, shape))

    def normal(self, shape, loc, scale):
        return self._call("normal %s %s %s" % (shape_str(shape), float(loc).hex(),
                                               float(scale).hex()),
                          lambda: np.random.normal(loc, scale, shape))

    def standard_normal(self, shape):
        return self._call("standard_normal %s" % shape_str(shape),
                          lambda: np.random.standard_normal(shape))

    def end(self):
        self.w.lines.append("end")


def numpy_cases(w):
    # 1. Raw MT19937 words (legacy randint over the full uint32 range returns
    #    them unchanged), for init_genrand and init_by_array seeds.
    for s in [0, 1, 5489, 4357, 2**32 - 1]:
        NumpyCase(w, "raw-seed%d" % s, s).raw(1000).end()
    NumpyCase(w, "raw-array-mt19937ar", [0x123, 0x234, 0x345, 0x456]).raw(1000).end()
    NumpyCase(w, "raw-array-123", [1, 2, 3]).raw(700).end()
    NumpyCase(w, "raw-array-long", list(range(1000, 1700))).raw(10).end()
    # 2. Every distribution for several seeds.
    for s in [0, 1, 42, 12345, 2**31, 2**32 - 1]:
        c = NumpyCase(w, "seed%d" % s, s)
        for n in [1, 2, 5, 100]:
            c.random_sample((n,))
        c.uniform((7,), -1.0, 1.0).uniform((5,), 5.0, 1.0).uniform((3,), 0.5, 0.5)
        for n in [1, 2, 3, 101]:
            c.standard_normal((n,))
        c.normal((9,), 0.0, 0.5).normal((4,), 3.0, 0.0).normal((6,), -2.0, 1e-3)
        c.end()
    # 3. The tutorial's calls.
    c = NumpyCase(w, "tutorial", 0)
    c.uniform((40, 30), 3, 5)
    for shape in [(40, 30), (50, 40), (10, 50)] * 2:
        c.normal(shape, 0, 0.5)
    c.end()
    # 4. The cache: survives other draws, cleared by seed().
    c = NumpyCase(w, "cache", 3)
    c.standard_normal((1,)).random_sample((1,)).standard_normal((1,))
    c.standard_normal((1,)).uniform((2,), 0, 1).normal((1,), 1, 2)
    c.seed(3).standard_normal((2,)).standard_normal((1,)).seed(3).standard_normal((3,)).end()
    # 5. Errors.
    c = NumpyCase(w, "errors", 0)
    c.uniform((3,), 0.0, float("inf")).uniform((3,), float("nan"), 1.0)
    c.uniform((3,), -1e308, 1e308).normal((3,), 0.0, -1.0).normal((3,), 0.0, -0.0)
    c.normal((2,), 0.0, float("nan")).random_sample((2,)).end()
    # 6. Pseudo-random cases.
    rnd = random.Random(19650218)
    for k in range(20):
        c = NumpyCase(w, "mixed-%02d" % k, rnd.randrange(2**32))
        for _ in range(rnd.randrange(1, 5)):
            n = rnd.randrange(1, 300)
            op = rnd.randrange(4)
            if op == 0:
                c.random_sample((n,))
            elif op == 1:
                a = rnd.uniform(-10, 10)
                c.uniform((n,), a, a + rnd.uniform(-5, 5))
            elif op == 2:
                c.normal((n,), rnd.uniform(-3, 3), rnd.uniform(0, 3))
            else:
                c.standard_normal((n,))
        c.end()


# ---------------------------------------------------------------- nninit sample

def cli_value(generator, dist, shape, dtype, seed, p1, p2):
    """What `nninit sample` must produce, as a NumPy array."""
    if generator == "torch":
        torch.manual_seed(seed)
        t = torch.empty(shape, dtype=DTYPES[dtype])
        if dist == "uniform":
            t.uniform_(float(p1), float(p2))
        else:
            t.normal_(float(p1), float(p2))
        return t.numpy()
    np.random.seed(seed)
    if dist == "uniform":
        a = np.random.uniform(float(p1), float(p2), size=shape)
    else:
        a = np.random.normal(float(p1), float(p2), size=shape)
    return a.astype(np.float32) if dtype == "float32" else a


def cli_cases():
    out = os.path.join(GOLDEN, "cli")
    os.makedirs(out, exist_ok=True)
    # tests/check-cli.c reads every tests/golden/cli/*.txt; other scripts may
    # own other case files there, so remove only what our last run wrote.
    listing = os.path.join(out, "sample.txt")
    if os.path.exists(listing):
        with open(listing) as f:
            for line in f:
                words = line.split()
                if len(words) == 2 and words[0] in ("stdout", "file"):
                    old = os.path.join(out, words[1])
                    if os.path.exists(old):
                        os.remove(old)
    # (name, generator, dist, shape, dtype or None, seed or None, p1, p2, format, to file)
    cases = [
        ("uniform-defaults", "torch", "uniform", "40x30", None, None, None, None, "txt", False),
        ("normal-defaults", "torch", "normal", "40x30", None, None, None, None, "txt", False),
        ("uniform-f64-seed42", "torch", "uniform", "17", "float64", 42, "-0.5", "2.25", "txt", False),
        ("normal-f32-block-tail", "torch", "normal", "5x7", "float32", 7, "0.1", "0.02", "txt", False),
        ("normal-f64-scalar", "torch", "normal", "3x5", "float64", 2**64 - 1, "-1", "3", "txt", False),
        ("uniform-bigseed", "torch", "uniform", "2x3x4", "float32", 2**63 + 5,
         "-0.18257418583505536", "0.18257418583505536", "txt", False),
        ("numpy-uniform", "numpy", "uniform", "40x30", None, 0, "3", "5", "txt", False),
        ("numpy-normal", "numpy", "normal", "10x50", "float64", 4294967295, "0", "0.5", "txt", False),
        ("numpy-normal-f32", "numpy", "normal", "7", "float32", 1, "1", "2", "txt", False),
        ("npy-uniform-f32", "torch", "uniform", "40x30", "float32", 0, None, None, "npy", False),
        ("npy-normal-f64", "torch", "normal", "3x4x5", "float64", 3, "0", "0.5", "npy", True),
        ("npy-1d", "torch", "normal", "20", "float32", 5, None, None, "npy", True),
        ("npy-numpy", "numpy", "uniform", "6x1x2", None, 12, "-1", "1", "npy", False),
        ("txt-file", "torch", "normal", "16", "float32", 9, None, None, "txt", True),
        ("empty", "torch", "uniform", "0x3", None, 1, None, None, "txt", False),
        ("npy-empty", "numpy", "normal", "2x0", None, 1, None, None, "npy", False),
    ]
    lines = [HEADER.rstrip("\n"),
             "# case NAME / args ARGUMENTS (@OUT: a temporary output file) /",
             "# stdout FILE or file FILE (expected bytes, in this directory) / end"]
    for name, gen, dist, shape, dtype, seed, p1, p2, fmt, to_file in cases:
        args = ["sample", dist, "--shape", shape]
        if dtype is not None:
            args += ["--dtype", dtype]
        if seed is not None:
            args += ["--seed", str(seed)]
        if gen != "torch":
            args += ["--generator", gen]
        names = ("--a", "--b") if dist == "uniform" else ("--mean", "--std")
        if p1 is not None:
            args += [names[0], p1, names[1], p2]
        if fmt != "txt":
            args += ["--format", fmt]
        if to_file:
            args += ["-o", "@OUT"]
        real_dtype = dtype or ("float64" if gen == "numpy" else "float32")
        defaults = ("0", "1")
        value = cli_value(gen, dist, tuple(int(d) for d in shape.split("x")), real_dtype,
                          0 if seed is None else seed, p1 or defaults[0], p2 or defaults[1])
        if fmt == "txt":
            spec = "%.9g" if real_dtype == "float32" else "%.17g"
            data = "".join(spec % float(v) + "\n" for v in value.reshape(-1)).encode()
            fname = name + ".out"
        else:
            buf = io.BytesIO()
            np.save(buf, value)
            data = buf.getvalue()
            check = np.load(io.BytesIO(data))
            assert check.dtype == value.dtype and check.shape == value.shape
            assert np.array_equal(check.view(np.uint8), value.view(np.uint8))
            fname = name + ".npy"
        with open(os.path.join(out, fname), "wb") as f:
            f.write(data)
        lines += ["case " + name, "args " + " ".join(args),
                  ("file " if to_file else "stdout ") + fname, "end"]
    with open(os.path.join(out, "sample.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("  %s: %d cases" % (os.path.relpath(os.path.join(out, "sample.txt")), len(cases)))


def main():
    if not require_avx2():
        return 1
    w = Writer(os.path.join(GOLDEN, "random", "torch.txt"))
    torch_cases(w)
    w.save()
    w = Writer(os.path.join(GOLDEN, "random", "numpy.txt"))
    numpy_cases(w)
    w.save()
    cli_cases()
    return 0


if __name__ == "__main__":
    sys.exit(main())
