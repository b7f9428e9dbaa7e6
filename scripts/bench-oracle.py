#!/usr/bin/python3
"""bench-oracle.py -- PyTorch and NumPy timings for `make bench` (book appendix
性能, book/appP-performance.nw).  Run by build/bin/bench with /usr/bin/python3:

    bench-oracle.py --sizes 1200,1048576 --reps 7 --batch 1048576

For every size n (elements) and dtype it times the operations that the C
benchmark times, in the same way: one warm-up, then REPS repetitions, each
calling the operation max(1, BATCH // n) times back to back; it prints the
median, one tab-separated row per measurement:

    case  dtype  n  ns_per_elem  gbps

Rows: pytorch:uniform (uniform_(-1, 1)), pytorch:normal (normal_(0, 1)),
pytorch:xavier_uniform, pytorch:kaiming_normal, pytorch:trunc_normal
(nn.init defaults), numpy:uniform and numpy:normal (the legacy RandomState,
float64 only: it has no float32 path and allocates its result),
numpy:generator_random and numpy:generator_normal (Generator(PCG64) writing
into a preallocated array, float32 and float64).  PyTorch runs on one thread
(torch.set_num_threads(1)), like the C library without threads.

Lines starting with '#' are notes (versions).  When torch or numpy cannot be
imported it prints '# ...' and exits with status 3: the C side then simply has
no reference rows.  A benchmark, not a test: nothing here is asserted.
"""
import argparse
import math
import sys
import time


def shape_for(n):
    """The same 2-D shape as bench_shape() in the C benchmark."""
    side = math.isqrt(n)
    rows = 40 if n == 1200 else side if side * side == n else n
    return (rows, n // rows)


def median(values):
    v = sorted(values)
    k = len(v)
    return v[k // 2] if k % 2 else (v[k // 2 - 1] + v[k // 2]) / 2


def measure(fn, n, reps, batch):
    calls = max(1, batch // n)
    fn()                                    # warm-up
    times = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter_ns() - t0) / (calls * n))
    return median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", required=True)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--batch", type=int, default=1 << 20)
    args = ap.parse_args()
    try:
        import numpy as np
        import torch
    except ImportError as e:
        print("# PyTorch/NumPy: not available (%s)" % e)
        sys.exit(3)
    torch.set_num_threads(1)
    capability = "?"
    for line in torch.__config__.show().splitlines():
        if "CPU capability usage:" in line:
            capability = line.split(":", 1)[1].strip()
    print("# PyTorch %s (1 thread, %s kernels), NumPy %s"
          % (torch.__version__, capability, np.__version__))
    sys.stdout.flush()
    init = torch.nn.init
    rs = np.random.RandomState(0)
    gen = np.random.default_rng(0)
    torch.manual_seed(0)

    def row(name, dtype, n, ns, itemsize):
        print("%s\t%s\t%d\t%.4f\t%.3f" % (name, dtype, n, ns, itemsize / ns))
        sys.stdout.flush()

    for dtype, tdt, ndt in [("float32", torch.float32, np.float32),
                            ("float64", torch.float64, np.float64)]:
        for n in [int(s) for s in args.sizes.split(",")]:
            t = torch.empty(shape_for(n), dtype=tdt)
            out = np.empty(n, dtype=ndt)
            size = 4 if dtype == "float32" else 8
            cases = [
                ("pytorch:uniform", lambda: t.uniform_(-1.0, 1.0)),
                ("pytorch:normal", lambda: t.normal_(0.0, 1.0)),
                ("pytorch:xavier_uniform", lambda: init.xavier_uniform_(t)),
                ("pytorch:kaiming_normal", lambda: init.kaiming_normal_(t)),
                ("pytorch:trunc_normal", lambda: init.trunc_normal_(t)),
                ("numpy:generator_random", lambda: gen.random(dtype=ndt, out=out)),
                ("numpy:generator_normal",
                 lambda: gen.standard_normal(dtype=ndt, out=out)),
            ]
            if dtype == "float64":
                cases += [("numpy:uniform", lambda: rs.uniform(-1.0, 1.0, n)),
                          ("numpy:normal", lambda: rs.normal(0.0, 1.0, n))]
            for name, fn in cases:
                row(name, dtype, n, measure(fn, n, args.reps, args.batch), size)


if __name__ == "__main__":
    main()
