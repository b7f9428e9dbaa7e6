"""Helpers shared by the golden-file scripts (tests/golden-*.py).

Not a golden script itself: `make golden` runs tests/golden-*.py only.
"""
import sys

import numpy as np
import torch


def shape_str(shape):
    """A shape as the C replays read it: 40x30, or "scalar" for 0-d."""
    return "x".join(str(d) for d in shape) if len(shape) > 0 else "scalar"


def hexbits(array):
    """IEEE bit patterns of a float32/float64 NumPy array, in C order."""
    a = np.ascontiguousarray(array)
    if a.dtype == np.float32:
        return ["%08x" % v for v in a.reshape(-1).view(np.uint32)]
    if a.dtype == np.float64:
        return ["%016x" % v for v in a.reshape(-1).view(np.uint64)]
    raise TypeError(a.dtype)


def cpu_capability():
    """The kernel build torch picked ("AVX2" on the reference system)."""
    for line in torch.__config__.show().splitlines():
        if "CPU capability usage:" in line:
            return line.split(":", 1)[1].strip()
    return "?"


def require_avx2():
    """True if torch runs the AVX2 (or identical AVX-512) kernels that the C
    code models; otherwise say why on stderr and return False.  The DEFAULT
    kernels differ in the last bits."""
    cap = cpu_capability()
    print("torch %s, numpy %s, CPU capability %s" % (torch.__version__, np.__version__, cap))
    if cap in ("AVX2", "AVX512"):
        return True
    print("error: torch uses the %s kernels; the golden files need AVX2 "
          "(unset ATEN_CPU_CAPABILITY, run on an x86-64 CPU with AVX2)" % cap,
          file=sys.stderr)
    return False
