#!/usr/bin/python3
"""Golden file for tensor printing (book/ch36-print.nw), made by the real PyTorch.

Builds a few hundred float32/float64 tensors with PyTorch 1.13 and writes,
for each, its dtype, shape, flags, exact values (IEEE bits in hex) and
repr() to tests/golden/print/cases.txt.  tests/check-print.c rebuilds every
tensor in C, prints it with nni_tensor_repr and compares byte for byte.

Summarized tensors (more than 1000 elements) are stored sparsely: every
position that PyTorch does not show is set to one "fill" value chosen so
that the formatter WOULD change (int/sci mode or width) if it looked at it;
the script checks that for every sparse case.  Only the shown positions are
listed.  So the C must build exactly the same tensor, and a C formatter that
looked at hidden values would fail.

Record format (one record per case, all numbers whitespace separated):
    case NAME
    dtype float32|float64
    shape N0 N1 ...          ("shape" alone for a 0-d tensor)
    grad 0|1                 requires_grad
    param 0|1                printed as a Parameter ("Parameter containing:")
    fill HEX                 value of every position not listed below
    values COUNT             then COUNT hex bit patterns (dense, C order)
  or
    sparse COUNT             then COUNT lines "FLATINDEX HEX"
    repr LINES               then LINES lines: the exact repr
    end

Usage: /usr/bin/python3 tests/golden-print.py
"""
import math
import os

import numpy as np
import torch
from torch._tensor_str import _Formatter, get_summarized_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "golden", "print")
F32, F64 = torch.float32, torch.float64
GEN = torch.Generator().manual_seed(20240501)

cases = []
names = set()
harmless = []   # sparse cases where no fill value could fool the formatter


def randn(shape, dtype, scale=1.0):
    return (torch.randn(shape, generator=GEN, dtype=F64) * scale).to(dtype)


def rand(shape, dtype, low, high):
    return (torch.rand(shape, generator=GEN, dtype=F64) * (high - low) + low).to(dtype)


def bits(t):
    a = t.detach().contiguous().reshape(-1).numpy()
    if t.dtype == F32:
        return ["%08x" % v for v in a.view(np.uint32)]
    return ["%016x" % v for v in a.view(np.uint64)]


def formatter_state(t):
    f = _Formatter(t)
    return (f.int_mode, f.sci_mode, f.max_width)


FILL_CANDIDATES = [-1.5e-7, 0.5, -3.0e9, 1.0e-200, -1.0e-200, 7.25, -2.0]


def shown_mask(shape):
    """True at the positions that PyTorch's summarized print shows."""
    n = math.prod(shape)
    index = torch.arange(n, dtype=torch.int64).reshape(shape)
    mask = torch.zeros(n, dtype=torch.bool)
    mask[get_summarized_data(index).reshape(-1)] = True
    return mask


def add(name, t, grad=False, param=False, sparse=None):
    """Record tensor t (values as given).  sparse=None: automatic (sparse
    when more than 1000 elements and some are hidden)."""
    assert name not in names, name
    names.add(name)
    t = t.detach().clone()
    fill_bits = bits(torch.zeros(1, dtype=t.dtype))[0]
    listed = None
    if t.numel() > 1000 and sparse is not False:
        mask = shown_mask(tuple(t.shape))
        if not bool(mask.all()):
            flat = t.reshape(-1)
            shown_state = formatter_state(get_summarized_data(t))
            for c in FILL_CANDIDATES:
                trial = flat.clone()
                trial[~mask] = c
                if trial.dtype == F32 and abs(c) == 1.0e-200:
                    continue
                if formatter_state(trial) != shown_state:
                    flat = trial
                    fill_bits = bits(torch.tensor([c], dtype=t.dtype))[0]
                    break
            else:
                # e.g. float32 in scientific notation with a negative shown
                # value: no float32 value could change the formatter.
                flat = flat.clone()
                flat[~mask] = FILL_CANDIDATES[2]
                fill_bits = bits(torch.tensor([FILL_CANDIDATES[2]], dtype=t.dtype))[0]
                harmless.append(name)
            t = flat.reshape(t.shape)
            listed = [int(i) for i in torch.nonzero(mask).reshape(-1)]
    if param:
        shown = torch.nn.Parameter(t, requires_grad=grad)
    else:
        shown = t.requires_grad_(grad)
    r = repr(shown)
    hexes = bits(t)
    lines = ["case " + name,
             "dtype " + ("float32" if t.dtype == F32 else "float64"),
             " ".join(["shape"] + [str(n) for n in t.shape]),
             "grad %d" % int(grad),
             "param %d" % int(param),
             "fill " + fill_bits]
    if listed is None:
        lines.append("values %d" % len(hexes))
        per = 8 if t.dtype == F32 else 4
        for i in range(0, len(hexes), per):
            lines.append(" ".join(hexes[i:i + per]))
    else:
        lines.append("sparse %d" % len(listed))
        lines.extend("%d %s" % (i, hexes[i]) for i in listed)
    rl = r.split("\n")
    lines.append("repr %d" % len(rl))
    lines.extend(rl)
    lines.append("end")
    cases.append("\n".join(lines) + "\n")


def tensor(values, dtype):
    return torch.tensor(values, dtype=dtype)


def dname(dtype):
    return "f32" if dtype == F32 else "f64"


def shape_name(shape):
    return "x".join(str(n) for n in shape) if shape else "scalar"


NAN, INF = float("nan"), float("inf")

# 1. Random values at many scales: fixed notation for moderate scales,
#    scientific notation below 1e-4 and above 1e8 (or when max/min > 1000).
for dtype in (F32, F64):
    for k in range(-8, 11):
        for shape in [(5,), (3, 4), (2, 2, 3)]:
            add("randn-1e%d-%s-%s" % (k, shape_name(shape), dname(dtype)),
                randn(shape, dtype, 10.0 ** k))
        add("rand-1e%d-%s" % (k, dname(dtype)), rand((6,), dtype, 10.0 ** k, 2 * 10.0 ** k))

# 2. Hand-made lists: the decisions and their boundaries.
LISTS = {
    # fixed vs scientific
    "tiny-one": [0.5, 1e-5, 2.0],
    "tiny-edge-below": [0.5, 9.99e-5, 0.25],
    "min-1e-4": [1e-4, 0.05],               # f64: fixed; f32: 1e-4f < 1e-4, sci
    "min-just-above": [1.0001e-4, 0.05],
    "ratio-1000": [1.5, 1500.0, 3.25],       # not > 1000: fixed
    "ratio-above-1000": [1.5, 1500.25, 3.25],
    "max-1e8-fixed": [1e8, 200000.5],
    "max-above-1e8": [100000016.0, 500000.5],
    "rounds-to-1e-4": [9.99996e-5, 0.5],
    "rounds-to-10": [9.99996, 0.5],
    "tie-0.03125": [0.03125, 0.15625, 1.03125, 2.5],
    "tie-sci": [1.03125, 1e-5, 2.71875],
    "ties-fixed": [0.00015, 0.00025, 0.00035, 1.00005, 2.00005, 0.12345, 0.5],
    "widths": [1.5, -123.25, 10000.125, -0.001],
    "big-fixed": [99999.99995, -12345678.9],
    "negative-sci": [-1e-9, -2.5e-7, -3.0],
    "huge-exp": [1e-300, 1.5, 1e300],
    "subnormal": [5e-324, 1.0],
    # integer-valued
    "int-small": [1.0, 2.0, 3.0],
    "int-neg": [-1.0, 0.0, 5.0, -12.0],
    "int-zero-negzero": [0.0, -0.0, 3.0],
    "int-1e8": [1e8, 3.0, 7e7],
    "int-above-1e8": [123456789.0, 2.0e8],
    "int-1e9": [1e9, 1.0],
    "int-ratio-1000": [1.0, 1000.0, -7.0],
    "int-ratio-1001": [1.0, 1001.0, -7.0],
    "int-2pow24": [16777216.0, 1.0],
    "int-large-f64": [4503599627370496.0, -3.0],
    "int-nan": [NAN, 1.0, 2.0],
    "int-inf": [INF, -INF, 3.0],
    "int-sci-inf": [1e9, INF, -5.0],
    # zeros, signed zeros, non-finite values
    "zeros": [0.0, 0.0, 0.0],
    "negzero": [-0.0],
    "zero-negzero": [0.0, -0.0],
    "negzero-fixed": [-0.0, 0.5],
    "negzero-sci": [-0.0, 1e-5, 0.5],
    "negzero-neg": [-0.0, -1.5, 2.25],
    "nan": [NAN],
    "inf": [INF],
    "neginf": [-INF],
    "nan-inf": [NAN, INF, -INF],
    "nan-fixed": [NAN, 0.5, -1.25],
    "neg-nan": [-NAN, 1.5],
    "inf-fixed": [INF, 0.5],
    "inf-zero": [INF, 0.0],
    "neginf-sci": [-INF, 1e-5, 2.0],
    "nan-negzero": [NAN, -0.0],
    "neginf-big": [-INF, 1234.5678],
    "nan-int-sci": [NAN, 1e10],
}
for name, values in LISTS.items():
    for dtype in (F32, F64):
        add("list-%s-%s" % (name, dname(dtype)), tensor(values, dtype))

# 0-d tensors
SCALARS = {"pi": math.pi, "neg": -2.5, "int": 3.0, "zero": 0.0, "negzero": -0.0,
           "tiny": 1e-5, "huge": 1e10, "nan": NAN, "neginf": -INF, "inthuge": 1e9}
for name, v in SCALARS.items():
    for dtype in (F32, F64):
        add("scalar-%s-%s" % (name, dname(dtype)), tensor(v, dtype))
add("scalar-grad-f64", tensor(0.125, F64), grad=True)
add("scalar-param-f32", tensor(-7.0, F32), grad=True, param=True)

# 3. Shapes: lengths, wrapping, size-1 dimensions, summarization.
for n in list(range(1, 13)) + [20, 37, 100]:
    add("len%d-f32" % n, randn((n,), F32))
    add("len%d-sci-f64" % n, randn((n,), F64, 1e-5))
add("len1000-f32", randn((1000,), F32))          # not summarized: 1000 is not > 1000
add("len1000-int-f32", torch.arange(1000, dtype=F32) - 500)
add("len1001-f32", randn((1001,), F32))
add("len1001-dense-f32", randn((1001,), F32), sparse=False)
add("len1001-int-f32", torch.arange(1001, dtype=F32))
add("len1001-zeros-f32", torch.zeros(1001, dtype=F32))
SHAPES = [(1, 1), (1, 5), (5, 1), (2, 3), (6, 6), (7, 7), (3, 1, 4), (1, 1, 1),
          (2, 1, 3), (3, 1, 1), (2, 3, 4), (1, 3, 1, 4), (2, 3, 4, 5), (2, 2, 2, 2, 2),
          (1, 1, 1, 1, 1, 1, 1, 1), (2, 2, 2, 2, 2, 2, 2, 2), (5, 20),
          (40, 30), (30, 40), (1, 1200), (1200, 1), (1001, 1), (1, 1001), (11, 10, 10),
          (2, 1, 2, 1, 2, 1, 2, 70), (1, 7, 1, 150), (9, 1, 1, 120)]
for shape in SHAPES:
    for dtype in (F32, F64):
        add("shape-%s-%s" % (shape_name(shape), dname(dtype)), randn(shape, dtype))
    add("shape-%s-sci-f32" % shape_name(shape), randn(shape, F32, 3e-4))
    add("shape-%s-int-f64" % shape_name(shape), torch.round(randn(shape, F64, 30.0)))
# Bigger tensors whose values are all stored (fewer variants, to keep the
# golden file small): 7x7x7 is not summarized; 10x100 has exactly 1000
# elements (not summarized, wrapped rows); 4x4x4x4x4 has 1024 elements, so it
# is summarized, but no dimension is longer than 6 and every value is shown;
# 8x2x8x8 and 7x2x7x11 are summarized along three of their four dimensions.
for shape in [(7, 7, 7), (10, 100), (4, 4, 4, 4, 4), (8, 2, 8, 8), (7, 2, 7, 11)]:
    add("big-%s-f32" % shape_name(shape), randn(shape, F32))
    add("big-%s-int-f32" % shape_name(shape), torch.round(randn(shape, F32, 5.0)))
add("shape-40x30-grad-dense-f32", randn((40, 30), F32, 0.1), grad=True, sparse=False)

# 4. Zero-element tensors
for shape in [(0,), (0, 3), (3, 0), (0, 0), (2, 0, 4), (1, 0), (0, 1, 2, 3)]:
    for dtype in (F32, F64):
        add("empty-%s-%s" % (shape_name(shape), dname(dtype)), torch.zeros(shape, dtype=dtype))
    add("empty-%s-grad-f64" % shape_name(shape), torch.zeros(shape, dtype=F64), grad=True)
    add("empty-%s-param-f32" % shape_name(shape), torch.zeros(shape, dtype=F32),
        grad=True, param=True)

# 5. Suffixes: dtype=..., requires_grad=True, the wrapping quirk, Parameter.
#    Vectors of n elements of width w put the last line near the 80-column
#    limit, on both sides of it.
for n in range(1, 11):
    for w, scale in [(6, 1.0), (7, 10.0), (10, 1e-6)]:
        t = rand((n,), F64, scale, 2 * scale) * torch.tensor([(-1) ** i for i in range(n)],
                                                           dtype=F64)
        for dtype in (F32, F64):
            add("suffix-n%d-w%d-grad-%s" % (n, w, dname(dtype)), t.to(dtype), grad=True)
        add("suffix-n%d-w%d-param-f64" % (n, w), t, grad=True, param=True)
        add("suffix-n%d-w%d-nograd-f64" % (n, w), t)
# Integer-valued vectors of width w (w - 1 digits and the point): the
# one-line repr "tensor([...])" has 7 + n (w + 2) characters; n and w run
# over the lengths at which each suffix starts to wrap (with PyTorch's +2).
for w in range(2, 10):
    for n in range(1, 21):
        if 7 + n * (w + 2) > 84:
            break
        t = torch.randint(10 ** (w - 2), 10 ** (w - 1), (n,), generator=GEN).to(F64)
        add("quirk-w%d-n%d-f64" % (w, n), t, grad=True)
        add("quirk-w%d-n%d-f32" % (w, n), t.to(F32), grad=True)
for shape in [(2, 3), (4, 9), (2, 9), (3, 1, 5), (40, 30), (5, 20), (1200, 1)]:
    for grad, param in [(True, False), (True, True), (False, True)]:
        for dtype in (F32, F64):
            add("flags-%s-g%d-p%d-%s" % (shape_name(shape), int(grad), int(param),
                                          dname(dtype)),
                randn(shape, dtype, 0.3), grad=grad, param=param)

# 6. What the notebook prints: nn.Linear weights (seed 0: fixed, seed 14:
#    scientific with wrapped rows), NumPy float64 replacements.
torch.manual_seed(0)
add("linear-seed0-weight", torch.nn.Linear(30, 40).weight, grad=True, param=True, sparse=False)
torch.manual_seed(14)
lin = torch.nn.Linear(30, 40)
add("linear-seed14-weight", lin.weight, grad=True, param=True, sparse=False)
add("linear-seed14-bias", lin.bias, grad=True, param=True)
np.random.seed(0)
add("numpy-uniform-3-5", torch.from_numpy(np.random.uniform(3, 5, size=(40, 30))),
    grad=True, param=True, sparse=False)
add("numpy-normal-0-0.5", torch.from_numpy(np.random.normal(0, 0.5, size=(40, 30))),
    grad=True, param=True, sparse=False)
add("numpy-normal-50x40", torch.from_numpy(np.random.normal(0, 0.5, size=(50, 40))),
    grad=True, param=True)

# 7. The tensors of the chapter's example program (src/bin/print-demo.c),
#    from the same formulas, evaluated in double and rounded to the dtype.
def formula(dtype, shape, f):
    n = math.prod(shape)
    return torch.tensor([f(i) for i in range(n)], dtype=F64).to(dtype).reshape(shape)


def weights(i):
    return 0.18 * math.sin(1.7 * i + 0.3)


def ramp(i):
    return (i - 2.5) * 0.37


add("demo-fixed", formula(F32, (2, 3), ramp))
add("demo-scalar", tensor(3.0, F32))
add("demo-integers", formula(F32, (5,), lambda i: float(i * i) - 4.0))
add("demo-tiny", tensor([0.5, 2e-5, -1.25, 3.0], F32))
add("demo-spread", tensor([1.0, 2.0, 2000.0], F32))
add("demo-special", tensor([NAN, INF, -0.0, 1.5], F32))
add("demo-3d", formula(F32, (2, 2, 3), ramp))
add("demo-1001", formula(F32, (1001,), lambda i: i / 7.0))
add("demo-parameter-f32", formula(F32, (40, 30), weights), grad=True, param=True)
add("demo-parameter-f64", formula(F64, (40, 30), weights), grad=True, param=True)
add("demo-empty", torch.zeros((0, 3), dtype=F64), grad=True)

os.makedirs(OUTDIR, exist_ok=True)
path = os.path.join(OUTDIR, "cases.txt")
with open(path, "w", encoding="ascii") as f:
    f.write("# tensor repr golden cases, written by tests/golden-print.py with torch %s\n"
            % torch.__version__)
    f.write("count %d\n" % len(cases))
    f.writelines(cases)
print("%s: %d cases, %d bytes" % (path, len(cases), os.path.getsize(path)))
print("sparse cases whose fill cannot change the formatter: %d (%s)"
      % (len(harmless), ", ".join(harmless)))
