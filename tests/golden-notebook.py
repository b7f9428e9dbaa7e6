#!/usr/bin/python3
"""Golden transcripts of the seed notebook, made by the real PyTorch and NumPy.

Runs every code cell of tests/notebook/param-init.ipynb in order, in one
namespace, after seeding as the C program build/bin/notebook does:
    torch.manual_seed(N); np.random.seed(N % 2**32)
and writes, for each seed N, tests/golden/notebook/seed-N.txt:
    In [n]:            (n = the cell's execution_count)
    <what the cell prints>
    Out[n]:            (only when the cell ends in an expression whose value
    <repr of it>        Jupyter would display, i.e. not None, no trailing ';')

Usage: /usr/bin/python3 tests/golden-notebook.py [SEED ...]
"""
import ast
import contextlib
import io
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOK = os.path.join(HERE, "notebook", "param-init.ipynb")
OUTDIR = os.path.join(HERE, "golden", "notebook")

# Seeds: small ones, ones whose first weight prints in scientific notation
# (3, 14, 16, 39, 88, 377, ...), 32-bit wrap-around (2^32 + 7 has the stream of 7), and the extremes.
DEFAULT_SEEDS = list(range(21)) + [39, 42, 88, 377, 123456789,
                                 2**32 + 7, 2**63 + 5, 2**64 - 1]


def code_cells(path):
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            yield cell["execution_count"], "".join(cell["source"])


def run_cell(source, namespace, out):
    """Execute like IPython: the value of a final expression is returned."""
    tree = ast.parse(source)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) \
            and not source.rstrip().endswith(";"):
        last = ast.Expression(tree.body.pop().value)
    with contextlib.redirect_stdout(out):
        exec(compile(tree, "<cell>", "exec"), namespace)
        if last is not None:
            return eval(compile(last, "<cell>", "eval"), namespace)
    return None


def transcript(seed):
    torch.manual_seed(seed)
    np.random.seed(seed % 2**32)
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    for count, source in code_cells(NOTEBOOK):
        out.write("In [%d]:\n" % count)
        value = run_cell(source, namespace, out)
        if value is not None:
            out.write("Out[%d]:\n%r\n" % (count, value))
    return out.getvalue()


def main():
    seeds = [int(s) for s in sys.argv[1:]] or DEFAULT_SEEDS
    os.makedirs(OUTDIR, exist_ok=True)
    for seed in seeds:
        path = os.path.join(OUTDIR, "seed-%d.txt" % seed)
        with open(path, "w", encoding="utf-8") as f:
            f.write(transcript(seed))
        print("wrote", os.path.relpath(path))
    with open(os.path.join(OUTDIR, "seeds.txt"), "w") as f:
        f.write("".join("%d\n" % s for s in seeds))
    print("torch", torch.__version__, "numpy", np.__version__)


if __name__ == "__main__":
    main()
