#!/usr/bin/python3
"""Golden data for deepnet (appendix C), made by PyTorch 1.13 in float64.

deepnet draws its random numbers exactly as this script does:

    torch.manual_seed(seed)
    x = torch.randn(B, N, dtype=torch.float64)
    for each of the L layers: nn.Linear(N, N, dtype=torch.float64) ("default")
        or torch.empty(N, N).<init>_() with a zero bias (every other init)
    r = torch.randn(N, dtype=torch.float64)

and then runs one forward pass and one backward pass (autograd here) of the
loss L = sum_b sum_j r_j a^L_bj.  Writes tests/golden/deepnet/:

  same-seed.txt  per-layer statistics for given seeds (C must agree to 1e-9
                 relative: same draws, only rounding differs), singular value
                 summaries of linear networks, the notebook's net1 in float32
  seeds.txt      for each configuration, over SEEDS seeds: mean and standard
                 deviation of log10 of each statistic per layer, and the
                 infinite-width (mean-field) prediction, computed here
                 independently of the C code (scipy quadrature)

Usage: /usr/bin/python3 tests/golden-deepnet.py
"""
import math
import os

import numpy as np
import torch
from scipy import integrate
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "golden", "deepnet")
F64 = torch.float64
SEEDS = 50
STATS = ["pre_std", "act_std", "grad_rms", "act_rms", "sat", "wgrad_rms"]
LOG_STATS = ["pre_std", "act_std", "grad_rms", "act_rms", "wgrad_rms"]
NONLIN = {"tanh": "tanh", "relu": "relu", "linear": "linear"}


def build(act, init, width, depth, batch, seed, std, gain):
    torch.manual_seed(seed)
    x = torch.randn(batch, width, dtype=F64)
    layers = []
    for _ in range(depth):
        if init == "default":
            lin = nn.Linear(width, width, dtype=F64)
            layers.append((lin.weight.detach().clone(), lin.bias.detach().clone()))
            continue
        w = torch.empty(width, width, dtype=F64)
        b = torch.zeros(width, dtype=F64)
        bound = 1.0 / math.sqrt(width)
        if init == "standard":
            nn.init.uniform_(w, -bound, bound)
        elif init == "normal":
            nn.init.normal_(w, 0.0, std)
        elif init == "xavier_uniform":
            nn.init.xavier_uniform_(w, gain)
        elif init == "xavier_normal":
            nn.init.xavier_normal_(w, gain)
        elif init == "kaiming_uniform":
            nn.init.kaiming_uniform_(w, a=0, mode="fan_in", nonlinearity=NONLIN[act])
        elif init == "kaiming_normal":
            nn.init.kaiming_normal_(w, a=0, mode="fan_in", nonlinearity=NONLIN[act])
        elif init == "orthogonal":
            nn.init.orthogonal_(w, gain)
        else:
            raise ValueError(init)
        layers.append((w, b))
    r = torch.randn(width, dtype=F64)
    return x, layers, r


def activation(act, s):
    if act == "tanh":
        return torch.tanh(s)
    if act == "relu":
        return torch.relu(s)
    return s * 1.0


def layer_stats(act, init, width, depth, batch, seed, std=1.0, gain=1.0):
    x, layers, r = build(act, init, width, depth, batch, seed, std, gain)
    h, saved = x.requires_grad_(), []
    for w, b in layers:
        s = h @ w.t() + b
        s.retain_grad()
        a = activation(act, s)
        saved.append((h, s, a))
        h = a
    loss = (h * r).sum()
    loss.backward()
    rows = []
    for inp, s, a in saved:
        d = s.grad
        wg = ((d * d).mean(1) * (inp * inp).mean(1)).mean().sqrt()
        rows.append({
            "pre_std": float(s.std(unbiased=False)),
            "act_std": float(a.std(unbiased=False)),
            "grad_rms": float((d * d).mean().sqrt()),
            "act_rms": float((a * a).mean().sqrt()),
            "sat": float((a.abs() > 0.9).double().mean()),
            "wgrad_rms": float(wg),
        })
    return rows


# ---------------------------------------------------------------- mean field

def f_moments(act, q):
    """E f, E f^2, E f'^2 for f(sqrt(q) xi), xi ~ N(0, 1)."""
    if act == "linear":
        return 0.0, q, 1.0
    if act == "relu":
        return math.sqrt(q / (2 * math.pi)), q / 2, 0.5 if q > 0 else 0.0
    phi = lambda z: math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    sq = math.sqrt(q)
    pts = [0.0]
    m1 = integrate.quad(lambda z: math.tanh(sq * z) * phi(z), -40, 40, points=pts,
                        limit=500, epsabs=1e-15, epsrel=1e-13)[0]
    m2 = integrate.quad(lambda z: math.tanh(sq * z) ** 2 * phi(z), -40, 40, points=pts,
                        limit=500, epsabs=1e-15, epsrel=1e-13)[0]
    d2 = integrate.quad(lambda z: (1 - math.tanh(sq * z) ** 2) ** 2 * phi(z), -40, 40,
                        points=pts, limit=500, epsabs=1e-15, epsrel=1e-13)[0]
    return m1, m2, d2


def weight_c(act, init, width, std, gain):
    if init in ("standard", "default"):
        return 1.0 / 3.0
    if init == "normal":
        return width * std * std
    if init.startswith("kaiming"):
        return nn.init.calculate_gain(NONLIN[act]) ** 2
    return gain * gain


def mean_field(act, init, width, depth, std=1.0, gain=1.0):
    c = weight_c(act, init, width, std, gain)
    vb = 1.0 / (3.0 * width) if init == "default" else 0.0
    a2, fwd = 1.0, []
    for _ in range(depth):
        q = c * a2 + vb
        m1, m2, d2 = f_moments(act, q)
        fwd.append((q, m1, m2, d2, a2))
        a2 = m2
    rows, e = [None] * depth, 1.0
    for l in reversed(range(depth)):
        q, m1, m2, d2, ain = fwd[l]
        e *= d2
        rows[l] = {"pre_std": math.sqrt(q), "act_std": math.sqrt(max(0.0, m2 - m1 * m1)),
                   "grad_rms": math.sqrt(e), "act_rms": math.sqrt(m2),
                   "wgrad_rms": math.sqrt(e * ain)}
        e *= c
    return rows


# ---------------------------------------------------------------- other runs

def linear_sv(init, width, depth, batch, seed, std=1.0, gain=1.0):
    _, layers, _ = build("linear", init, width, depth, batch, seed, std, gain)
    m = torch.eye(width, dtype=F64)
    for w, _ in layers:
        m = w @ m
    s = torch.linalg.svdvals(m).numpy()
    return {"mean": s.mean(), "median": float(np.median(s)), "frac": (s < 0.1).mean(),
            "max": s.max(), "mean_s2": (s ** 2).mean(), "mean_s4": (s ** 4).mean()}


NB_WIDTHS = [30, 40, 50, 10]
NB_VARIANTS = ["default", "U(3,5)", "N(0,0.5^2)", "xavier_uniform", "kaiming_normal"]


def notebook(seed, batch, variant):
    torch.manual_seed(seed)
    np.random.seed(seed % 2**32)
    x = torch.randn(batch, 30)
    net = nn.Sequential(nn.Linear(30, 40), nn.ReLU(), nn.Linear(40, 50), nn.ReLU(),
                        nn.Linear(50, 10))
    with torch.no_grad():
        for k, layer in enumerate([net[0], net[2], net[4]]):
            w = layer.weight
            if variant == "U(3,5)" and k == 0:
                w.copy_(torch.from_numpy(np.random.uniform(3, 5, tuple(w.shape))).float())
            elif variant == "N(0,0.5^2)":
                w.copy_(torch.from_numpy(np.random.normal(0, 0.5, tuple(w.shape))).float())
            elif variant == "xavier_uniform":
                nn.init.xavier_uniform_(w)
            elif variant == "kaiming_normal":
                nn.init.kaiming_normal_(w, nonlinearity="relu")
        outs, h = [], x
        for m in net:
            h = m(h)
            if isinstance(m, nn.Linear):
                outs.append(float(h.std(unbiased=False)))
    return outs


# ---------------------------------------------------------------- the files

# (act, init, width, depth, batch, seed, std, gain): the same-seed cases.
SAME_SEED = [
    ("tanh", "standard", 64, 5, 32, 0, 1.0, 1.0),
    ("tanh", "xavier_uniform", 48, 4, 20, 7, 1.0, 1.0),
    ("tanh", "xavier_normal", 50, 3, 16, 3, 1.0, 5.0 / 3.0),
    ("tanh", "kaiming_uniform", 32, 6, 10, 11, 1.0, 1.0),
    ("tanh", "normal", 40, 4, 12, 2**64 - 1, 0.3, 1.0),
    ("relu", "default", 64, 8, 32, 1, 1.0, 1.0),
    ("relu", "kaiming_normal", 64, 10, 24, 5, 1.0, 1.0),
    ("relu", "orthogonal", 33, 7, 9, 9, 1.0, 1.4142135623730951),
    ("relu", "standard", 17, 12, 5, 12345678901234, 1.0, 1.0),
]
SAME_SEED_LINEAR = [    # init, width, depth, batch, seed, std, gain
    ("xavier_normal", 40, 5, 256, 0, 1.0, 1.0), ("default", 32, 3, 7, 4, 1.0, 1.0),
    ("orthogonal", 24, 6, 1, 2, 1.0, 1.0), ("normal", 30, 2, 3, 8, 0.2, 1.0),
    ("kaiming_uniform", 20, 4, 5, 6, 1.0, 1.0),
]

# (act, init, width, depth, batch, std, gain): the configurations of the
# statistical suite (check-stat-deepnet) and of the book's figures.
SEED_CONFIGS = [
    ("tanh", "standard", 256, 5, 256, 1.0, 1.0),
    ("tanh", "xavier_uniform", 256, 5, 256, 1.0, 1.0),
    ("tanh", "kaiming_normal", 256, 5, 256, 1.0, 1.0),
    ("relu", "xavier_normal", 128, 30, 128, 1.0, 1.0),
    ("relu", "kaiming_normal", 128, 30, 128, 1.0, 1.0),
    ("relu", "default", 128, 30, 128, 1.0, 1.0),
    ("relu", "orthogonal", 128, 30, 128, 1.0, 1.4142135623730951),
    ("tanh", "standard", 500, 5, 500, 1.0, 1.0),
    ("tanh", "xavier_uniform", 500, 5, 500, 1.0, 1.0),
    ("relu", "normal", 256, 30, 256, 0.5, 1.0),
    ("relu", "xavier_normal", 256, 30, 256, 1.0, 1.0),
    ("relu", "kaiming_normal", 256, 30, 256, 1.0, 1.0),
    ("relu", "default", 256, 30, 256, 1.0, 1.0),
]


def g(v):
    return "%.17g" % v


def write_same_seed(f):
    for act, init, width, depth, batch, seed, std, gain in SAME_SEED:
        f.write("case %s %s %d %d %d %d %s %s\n" % (act, init, width, depth, batch, seed,
                                                    g(std), g(gain)))
        rows = layer_stats(act, init, width, depth, batch, seed, std, gain)
        mf = mean_field(act, init, width, depth, std, gain)
        for l, row in enumerate(rows, start=1):
            f.write("layer %d %s mf %s\n" % (l, " ".join(g(row[k]) for k in STATS),
                                            " ".join(g(mf[l - 1][k]) for k in
                                                     ["pre_std", "act_std", "grad_rms",
                                                      "wgrad_rms"])))
    for init, width, depth, batch, seed, std, gain in SAME_SEED_LINEAR:
        s = linear_sv(init, width, depth, batch, seed, std, gain)
        f.write("linear %s %d %d %d %d %s %s\n" % (init, width, depth, batch, seed, g(std),
                                                  g(gain)))
        f.write("sv %s\n" % " ".join(g(s[k]) for k in
                                     ["mean", "median", "frac", "max", "mean_s2", "mean_s4"]))
    for seed, batch in [(0, 1000), (42, 64)]:
        for v, name in enumerate(NB_VARIANTS):
            f.write("notebook %d %d %d %s\n" % (seed, batch, v,
                                                " ".join(g(s) for s in notebook(seed, batch,
                                                                                name))))


def write_seeds(f):
    f.write("seeds %d\n" % SEEDS)
    for act, init, width, depth, batch, std, gain in SEED_CONFIGS:
        f.write("config %s %s %d %d %d %s %s\n" % (act, init, width, depth, batch, g(std),
                                                   g(gain)))
        runs = [layer_stats(act, init, width, depth, batch, s, std, gain)
                for s in range(SEEDS)]
        mf = mean_field(act, init, width, depth, std, gain)
        for l in range(depth):
            for k in LOG_STATS:
                v = np.log10([run[l][k] for run in runs])
                f.write("stat %s %d %s %s %s\n" % (k, l + 1, g(v.mean()), g(v.std(ddof=1)),
                                                  g(mf[l][k])))
    f.write("notebook_seeds %d 1000\n" % SEEDS)
    for v, name in enumerate(NB_VARIANTS):
        runs = np.log10([notebook(s, 1000, name) for s in range(SEEDS)])
        f.write("notebook %d %s %s\n" % (v, " ".join(g(m) for m in runs.mean(0)),
                                         " ".join(g(s) for s in runs.std(0, ddof=1))))


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "same-seed.txt"), "w") as f:
        write_same_seed(f)
    if os.environ.get("DEEPNET_SAME_SEED_ONLY"):
        return
    with open(os.path.join(OUT, "seeds.txt"), "w") as f:
        write_seeds(f)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
