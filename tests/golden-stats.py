#!/usr/bin/python3
"""golden-stats.py -- reference values for the statistics appendix (check-stats).

Run by `make golden` with Debian's /usr/bin/python3 (SciPy 1.10, NumPy 1.24,
mpmath).  Writes tests/golden/stats/*.txt: whitespace-separated columns,
'#' starts a comment line; floats are written with repr(), so C's strtod
reads back exactly the double that Python computed.

Sources of truth:
  * scipy.special (ndtr, ndtri, gammainc, gammaincc, kolmogorov, kolmogi),
    scipy.stats (chi2, kstwo, kstest, truncnorm, poisson);
  * mpmath (40 digits) for the central moments of the laws;
  * Imhof's (1961) inversion formula, integrated with scipy.integrate.quad,
    for the limiting distribution of the Anderson-Darling statistic
    A^2 = sum_j Y_j / (j (j+1)), Y_j iid chi^2_1 -- an independent check of
    both Marsaglia's ADinf and the tail formula used in the C code;
  * Python's statistics module (exact rational arithmetic) for mean/variance;
  * A^2 of the fixed samples is computed here from its definition and checked
    against scipy.stats.goodness_of_fit (which has its own implementation).
"""
import math
import os
import statistics

import mpmath
import numpy as np
from scipy import integrate, special, stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "stats")


def write(name, header, rows):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        f.write("# " + header + "\n")
        for row in rows:
            f.write(" ".join(repr(float(v)) if not isinstance(v, str) else v
                             for v in row) + "\n")
    print("wrote", os.path.relpath(path), len(rows), "rows")


# ---------------------------------------------------------------- normal
xs = [-40.0, -38.5, -37.0, -30.0, -20.0, -12.0, -8.5, -6.0, -5.0, -3.5, -2.0,
      -1.5, -0.7071067811865476, -0.5, -1e-5, 0.0, 1e-300, 1e-5, 0.3, 0.5,
      0.7071067811865476, 1.0, 1.5, 2.0, 3.0, 4.8916, 6.0, 8.0, 8.5, 10.0,
      20.0, 37.0, 38.0]
write("normal.txt", "x cdf sf pdf  (scipy.special.ndtr, ndtr(-x), stats.norm.pdf)",
      [(x, special.ndtr(x), special.ndtr(-x), stats.norm.pdf(x)) for x in xs])

ps = [1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-12, 1e-10, 5e-7, 1e-6, 1e-4,
      1e-3, 0.01, 0.02425, 0.05, 0.075, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5,
      0.5 + 1e-10, 0.55, 0.6, 0.7, 0.8, 0.9, 0.925, 0.95, 0.975, 0.99, 0.999,
      1 - 1e-6, 1 - 1e-10, 1 - 1e-15]
write("normal-quantile.txt", "p ppf  (scipy.special.ndtri)",
      [(p, special.ndtri(p)) for p in ps])

# ---------------------------------------------------------------- gamma
gam = []
for a in [0.5, 1.0, 2.5, 10.0, 111.0, 111.5, 1000.0, 65536.0]:
    for r in [1e-3, 0.1, 0.5, 0.9, 0.99, 1.0, 1.01, 1.1, 2.0, 5.0]:
        x = a * r
        gam.append((a, x, special.gammainc(a, x), special.gammaincc(a, x)))
for a in [65536.0, 1000.0]:
    for z in [-6.0, -4.0, -1.0, 1.0, 4.0, 6.0]:
        x = a + z * math.sqrt(a)
        gam.append((a, x, special.gammainc(a, x), special.gammaincc(a, x)))
gam.append((3.0, 0.0, 0.0, 1.0))
write("gamma.txt", "a x P Q  (scipy.special.gammainc, gammaincc)", gam)

chi = []
for nu in [1.0, 2.0, 10.0, 99.0, 222.0, 131072.0]:
    for x in [nu * r for r in (0.01, 0.5, 0.9, 1.0, 1.1, 1.5, 2.0)]:
        chi.append((nu, x, stats.chi2.cdf(x, nu), stats.chi2.sf(x, nu)))
write("chi2.txt", "nu x cdf sf  (scipy.stats.chi2)", chi)

chiq = []
for nu in [1.0, 2.0, 10.0, 99.0, 222.0, 131072.0]:
    for p in [1e-12, 5e-7, 1e-6, 0.01, 0.5, 0.9]:
        chiq.append((nu, p, stats.chi2.ppf(p, nu), stats.chi2.isf(p, nu)))
write("chi2-quantile.txt", "nu p ppf(p) isf(p)  (scipy.stats.chi2)", chiq)

# ---------------------------------------------------------------- Kolmogorov
lams = [0.05, 0.2, 0.5, 0.8, 1.0, 1.1, 1.18, 1.2, 1.5, 2.0, 2.2252513961950457,
        2.6934, 3.0, 4.0, 6.0]
write("kolmogorov.txt", "lambda sf  (scipy.special.kolmogorov)",
      [(l, special.kolmogorov(l)) for l in lams])
write("kolmogorov-isf.txt", "p lambda  (scipy.special.kolmogi)",
      [(p, special.kolmogi(p)) for p in [0.9, 0.5, 0.1, 0.01, 1e-4, 1e-6, 1e-9]])
ksf = []
for n in [1000, 10000, 131072]:
    for p in [0.5, 0.1, 0.01, 1e-4, 1e-6]:
        d = stats.kstwo.isf(p, n)
        ksf.append((n, d, stats.kstwo.sf(d, n)))
write("ks-finite.txt", "n D exact_sf  (scipy.stats.kstwo: the exact law of D_n)", ksf)

# ---------------------------------------------------------------- Anderson-Darling
J = 20000
jj = np.arange(1, J + 1, dtype=float)
lam_ad = 1.0 / (jj * (jj + 1.0))
tail_ad = 1.0 / (J + 1)            # sum of the weights beyond J, telescoping


def ad_imhof_sf(x):
    """P(A^2_inf > x) by Imhof's formula."""
    def f(u):
        lu = lam_ad * u
        theta = 0.5 * (np.arctan(lu).sum() + tail_ad * u) - 0.5 * x * u
        logrho = 0.25 * np.log1p(lu * lu).sum()
        return math.sin(theta) / (u * math.exp(logrho))
    val, _ = integrate.quad(f, 0, np.inf, limit=2000, epsabs=1e-14, epsrel=1e-11)
    return 0.5 + val / math.pi


ads = [0.3, 0.5, 1.0, 1.5, 1.933, 2.0, 2.492, 3.0, 3.857, 4.0, 5.0, 6.0, 8.0,
       8.122, 10.0, 10.86, 12.0, 12.516, 14.0, 16.0]
write("ad-inf.txt", "A2 sf  (limiting law of A^2 by Imhof's inversion formula)",
      [(a, ad_imhof_sf(a)) for a in ads])


def ad_imhof_isf(p, lo, hi):
    from scipy.optimize import brentq
    return brentq(lambda x: math.log(ad_imhof_sf(x)) - math.log(p), lo, hi,
                  xtol=1e-10)


# ---------------------------------------------------------------- laws
def tn_dist(m, s, a, b):
    return stats.truncnorm((a - m) / s, (b - m) / s, loc=m, scale=s)


tn_params = [(0.0, 1.0, -2.0, 2.0), (0.1, 0.5, -0.5, 1.0), (0.0, 1.0, 2.0, 3.0),
             (1.0, 2.0, -math.inf, 0.0), (0.0, 0.02, -2.0, 2.0),
             (0.0, 1.0, -1.0, 8.0)]
tn = []
tnq = []
for (m, s, a, b) in tn_params:
    d = tn_dist(m, s, a, b)
    lo = max(a, m - 10 * s)
    hi = min(b, m + 10 * s)
    for t in [0.0, 1e-3, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1.0]:
        x = lo + t * (hi - lo)
        tn.append((m, s, a, b, x, d.cdf(x), d.sf(x), d.pdf(x)))
    for p in [0.0, 1e-9, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1.0]:
        tnq.append((m, s, a, b, p, d.ppf(p)))
write("truncnorm.txt", "m s a b x cdf sf pdf  (scipy.stats.truncnorm)", tn)
write("truncnorm-quantile.txt", "m s a b p ppf  (scipy.stats.truncnorm)", tnq)

mpmath.mp.dps = 40
mom = []


def central_moments(pdf, lo, hi, mean):
    return [mpmath.quad(lambda x: (x - mean) ** k * pdf(x), [lo, mean, hi])
            for k in range(13)]


# kind 0: uniform(a, b); 1: normal(m, s); 2: truncated normal(m, s, a, b)
for (a, b) in [(-0.3, 0.7), (3.0, 5.0), (-1.0, 1.0)]:
    A, B = mpmath.mpf(a), mpmath.mpf(b)
    mean = (A + B) / 2
    mu = central_moments(lambda x: 1 / (B - A), A, B, mean)
    mom.append((0, a, b, math.nan, math.nan, float(mean)) + tuple(float(mu[k]) for k in range(2, 13)))
for (m, s) in [(0.0, 1.0), (1.5, 2.0), (0.0, 0.05)]:
    M, S = mpmath.mpf(m), mpmath.mpf(s)
    mu = central_moments(lambda x: mpmath.npdf(x, M, S), -mpmath.inf, mpmath.inf, M)
    mom.append((1, m, s, math.nan, math.nan, m) + tuple(float(mu[k]) for k in range(2, 13)))
for (m, s, a, b) in tn_params:
    M, S = mpmath.mpf(m), mpmath.mpf(s)
    A = mpmath.mpf(a) if math.isfinite(a) else -mpmath.inf
    B = mpmath.mpf(b) if math.isfinite(b) else mpmath.inf
    Z = mpmath.ncdf(B, M, S) - mpmath.ncdf(A, M, S)
    pdf = lambda x: mpmath.npdf(x, M, S) / Z
    mean = mpmath.quad(lambda x: x * pdf(x), [A, M, B] if A < M < B else [A, B])
    pts = [A, mean, B]
    mu = [mpmath.quad(lambda x: (x - mean) ** k * pdf(x), pts) for k in range(13)]
    mom.append((2, m, s, a, b, float(mean)) + tuple(float(mu[k]) for k in range(2, 13)))
    # cross-check against SciPy's own moments
    d = tn_dist(m, s, a, b)
    assert abs(d.mean() - float(mean)) <= 1e-9 * max(1.0, abs(float(mean))), (m, s, a, b)
    assert abs(d.var() - float(mu[2])) <= 1e-7 * float(mu[2]), (m, s, a, b)
write("law-moments.txt",
      "kind p1 p2 p3 p4 mean mu2 mu3 mu4 mu5 mu6 mu7 mu8 mu9 mu10 mu11 mu12  "
      "(kind 0 uniform(a=p1,b=p2), 1 normal(m=p1,s=p2), 2 truncnorm(p1..p4); "
      "mpmath quadrature, 40 digits)", mom)

# ---------------------------------------------------------------- fixed samples
def law_dist(kind, p):
    if kind == 0:
        return stats.uniform(loc=p[0], scale=p[1] - p[0])
    if kind == 1:
        return stats.norm(loc=p[0], scale=p[1])
    return tn_dist(*p)


def sample_file(name, kind, params, x, bins):
    d = law_dist(kind, params)
    n = len(x)
    xs = np.sort(x)
    mean_law = d.mean()
    dev = [v - mean_law for v in x]
    m2 = math.fsum(v * v for v in dev) / n
    m3 = math.fsum(v ** 3 for v in dev) / n
    m4 = math.fsum(v ** 4 for v in dev) / n
    ks = stats.kstest(x, d.cdf)
    i = np.arange(1, n + 1)
    logf = np.maximum(d.logcdf(xs), -700.0)
    logs = np.maximum(d.logsf(xs[::-1]), -700.0)
    a2 = -n - np.sum((2 * i - 1) * (logf + logs)) / n
    # the same statistic from SciPy's own code (goodness_of_fit, all parameters known)
    if kind == 0:
        dist, known = stats.uniform, {"loc": params[0], "scale": params[1] - params[0]}
    elif kind == 1:
        dist, known = stats.norm, {"loc": params[0], "scale": params[1]}
    else:
        m, s, a, b = params
        dist, known = stats.truncnorm, {"a": (a - m) / s, "b": (b - m) / s, "loc": m, "scale": s}
    gof = stats.goodness_of_fit(dist, x, known_params=known, statistic="ad",
                                n_mc_samples=10, random_state=0)
    # (SciPy gives inf when a value sits exactly on a bound; we clip the logs)
    assert not np.isfinite(gof.statistic) or abs(gof.statistic - a2) <= 1e-10 * max(1.0, a2), \
        (name, gof.statistic, a2)
    edges = d.ppf(np.arange(1, bins) / bins)
    counts = np.bincount(np.searchsorted(edges, x, side="right"), minlength=bins)
    expected = n / bins
    x2 = float(np.sum((counts - expected) ** 2) / expected)
    xbar = float(np.mean(x))
    c = np.asarray(x) - xbar
    lag1 = float(np.sum(c[:-1] * c[1:]) / np.sum(c * c))
    distinct = len(np.unique(x))
    pars = list(params) + [math.nan] * (4 - len(params))
    rows = [("law", float(kind)) + tuple(pars),
            ("stats", float(n), statistics.fmean(x), statistics.variance(x),
             m2, m3, m4, ks.statistic, ks.pvalue, a2, float(bins), x2, lag1,
             float(distinct))]
    rows += [(float(v),) for v in x]
    write("sample-" + name + ".txt",
          "line 1: law kind p1..p4; line 2: stats n mean var(ddof=1) m2 m3 m4 "
          "(about the law's mean) ks_D ks_p_exact ad_A2 bins chi2 lag1 distinct; "
          "then the n values in memory order", rows)


rng = np.random.default_rng(20240607)
sample_file("uniform", 0, (-0.3, 0.7), list(rng.uniform(-0.3, 0.7, 1000)), 20)
sample_file("normal", 1, (1.5, 2.0), list(rng.normal(1.5, 2.0, 2000)), 25)
tn_x = tn_dist(0.1, 0.5, -0.5, 1.0).rvs(1500, random_state=rng)
sample_file("truncnorm", 2, (0.1, 0.5, -0.5, 1.0), list(tn_x), 16)
# float32 values: ties, so the distinct count is below n
f32 = list(np.float32(rng.uniform(0.0, 1.0, 3000) * 64).round() / np.float32(64))
sample_file("ties", 0, (0.0, 1.0), [float(v) for v in np.float32(f32) * np.float32(0.999)], 10)
# a badly wrong sample: normal(0.3, 1.2) tested against normal(0, 1)
sample_file("wrong", 1, (0.0, 1.0), list(rng.normal(0.3, 1.2, 500)), 10)

# numerically hard mean/variance: a large offset
off = [1e9 + v for v in rng.normal(0.0, 1.0, 1000)]
write("variance-offset.txt",
      "n mean var(ddof=1) (Python statistics, exact rational arithmetic); then the values",
      [(float(len(off)), statistics.fmean(off), statistics.variance(off))] + [(v,) for v in off])

# ---------------------------------------------------------------- thresholds
N = 131072
alpha = 1e-6
p_reach = -math.expm1(math.log(alpha) / N)
thr = [
    ("z_two_sided_1e-6", stats.norm.isf(alpha / 2)),
    ("z_one_sided_1e-6", stats.norm.isf(alpha)),
    ("z_two_sided_0.01", stats.norm.isf(0.005)),
    ("ks_lambda_1e-6", special.kolmogi(alpha)),
    ("ks_lambda_1e-4", special.kolmogi(1e-4)),
    ("ad_1e-6", ad_imhof_isf(1e-6, 11.0, 14.0)),
    ("ad_1e-4", ad_imhof_isf(1e-4, 7.0, 9.0)),
    ("ad_0.01", ad_imhof_isf(0.01, 3.0, 5.0)),
    ("chi2_isf_1e-6_222", stats.chi2.isf(alpha, 222)),
    ("chi2_isf_1e-6_99", stats.chi2.isf(alpha, 99)),
    ("var_chi2_lo_1e-6_131072", stats.chi2.ppf(alpha / 2, N)),
    ("var_chi2_hi_1e-6_131072", stats.chi2.isf(alpha / 2, N)),
    ("reach_p_131072", p_reach),
    ("reach_normal_min_131072", stats.norm.ppf(p_reach)),
    ("outlier_z_131072", stats.norm.isf(alpha / (2 * N))),
    ("outlier_z_1000000", stats.norm.isf(alpha / (2 * 1000000))),
    ("poisson_1e-6_lambda_0.5", float(stats.poisson.isf(alpha, 0.5)) + 1.0),
    ("poisson_1e-6_lambda_0.007", float(stats.poisson.isf(alpha, 0.007)) + 1.0),
    ("poisson_1e-6_lambda_20", float(stats.poisson.isf(alpha, 20.0)) + 1.0),
    ("chi2_bins_131072", float(round(2 * N ** 0.4))),
]
write("thresholds.txt",
      "name value  (poisson_*: smallest k with P(N >= k) <= alpha, "
      "from scipy.stats.poisson.isf + 1)", thr)

# ---------------------------------------------------------------- check results
# Every check of the battery, recomputed here from its definition with SciPy
# and mpmath (appendix A, "检查的结果与参考值"): for a few laws, dtypes, sample
# sizes and alphas, the statistic and the acceptance region [lo, hi] of each
# check on a fixed sample.  The sample is drawn with the real PyTorch (uniform_,
# normal_, trunc_normal_ after torch.manual_seed), which the C code reproduces
# bit for bit, so no data need to be stored.  A wrong threshold (for example a
# variance check that divides by mu4 instead of mu4 - mu2^2) fails check-stats.
import torch  # noqa: E402

TORCH_DTYPES = {"float32": torch.float32, "float64": torch.float64}
CHECK_CONFIGS = [
    # kind, (params), dtype, n, alpha, seed
    (0, (-0.3, 0.7), "float32", 131072, 1e-6, 1),
    (1, (1.5, 2.0), "float32", 131072, 1e-6, 2),
    (2, (0.1, 0.5, -0.5, 1.0), "float64", 131072, 1e-6, 3),
    (0, (3.0, 5.0), "float64", 20000, 0.01, 4),
    (2, (0.0, 1.0, -2.0, 2.0), "float32", 20000, 1e-3, 5),
    (1, (0.0, 0.05), "float64", 1000, 0.01, 6),
    (2, (0.0, 1.0, -1.0, 8.0), "float64", 50000, 1e-6, 7),
]


def torch_sample(kind, p, dtype, n, seed):
    torch.manual_seed(seed)
    t = torch.empty(n, dtype=TORCH_DTYPES[dtype])
    if kind == 0:
        t.uniform_(p[0], p[1])
    elif kind == 1:
        t.normal_(p[0], p[1])
    else:
        torch.nn.init.trunc_normal_(t, p[0], p[1], p[2], p[3])
    return t.double().numpy()


def law_moments(kind, p):
    """mean and central moments mu[0..12] of the law, by mpmath (40 digits)."""
    if kind == 0:
        a, b = mpmath.mpf(p[0]), mpmath.mpf(p[1])
        mean = (a + b) / 2
        mu = central_moments(lambda x: 1 / (b - a), a, b, mean)
    elif kind == 1:
        m, s = mpmath.mpf(p[0]), mpmath.mpf(p[1])
        mean = m
        mu = central_moments(lambda x: mpmath.npdf(x, m, s), -mpmath.inf, mpmath.inf, m)
    else:
        m, s, a, b = (mpmath.mpf(v) for v in p)
        z = mpmath.ncdf(b, m, s) - mpmath.ncdf(a, m, s)
        pdf = lambda x: mpmath.npdf(x, m, s) / z  # noqa: E731
        mean = mpmath.quad(lambda x: x * pdf(x), [a, m, b] if a < m < b else [a, b])
        mu = [mpmath.quad(lambda x: (x - mean) ** k * pdf(x), [a, mean, b])
              for k in range(13)]
    return float(mean), [float(v) for v in mu]


def ulp_at(dtype, v):
    v = abs(v)
    if not math.isfinite(v):
        return 0.0
    if dtype == "float32":
        if v >= float(np.finfo(np.float32).max):
            return v * float(np.finfo(np.float32).eps)
        f = np.float32(v)
        return float(np.nextafter(f, np.float32(np.inf))) - float(f)
    return math.nextafter(v, math.inf) - v


def check_rows(kind, p, dtype, n, alpha, x):
    d = law_dist(kind, p)
    mean, mu = law_moments(kind, p)
    a, b = (p[2], p[3]) if kind == 2 else (p[0], p[1]) if kind == 0 else (-math.inf, math.inf)
    big = max([abs(v) for v in (a, b) if math.isfinite(v)], default=0.0)
    tol = lambda at: 4.0 * ulp_at(dtype, at)  # noqa: E731
    zc = stats.norm.isf(alpha / 2)
    xs = np.sort(x)
    rows = [("finite", float(n - np.isfinite(x).sum()), 0.0, 0.0)]
    bounded = math.isfinite(a) or math.isfinite(b)
    if bounded:
        t = tol(big)
        rows.append(("bounds", float(np.sum((x < a - t) | (x > b + t))), 0.0, 0.0))
    p_reach = -math.expm1(math.log(alpha) / n)
    q = float(d.ppf(p_reach))
    rows.append(("reach_lo", float(xs[0]), -math.inf, q + tol(q)))
    q = float(d.ppf(1.0 - p_reach))
    rows.append(("reach_hi", float(xs[-1]), q - tol(q), math.inf))
    if kind != 0:
        rows.append(outlier_row(d, mean, mu, a, b, big, tol, alpha, n, xs))
    if bounded:
        rows.append(atoms_row(d, a, b, tol(big), alpha, n, x))
    rows += moment_rows(kind, mean, mu, alpha, zc, n, x)
    rows += fit_rows(d, alpha, n, x, xs)
    rows += order_rows(alpha, zc, n, x)
    return rows


def outlier_row(d, mean, mu, a, b, big, tol, alpha, n, xs):
    from scipy.optimize import brentq
    sd = math.sqrt(mu[2])
    target = alpha / n
    tail = lambda z: float(d.cdf(mean - z * sd) + d.sf(mean + z * sd))  # noqa: E731
    far = max(mean - a, b - mean) / sd
    top = far if math.isfinite(far) else 60.0
    limit = brentq(lambda z: tail(z) - target, 0.0, top, xtol=1e-14, rtol=1e-15) \
        if tail(top) < target else top
    if math.isfinite(far):
        limit += tol(big) / sd
    z = max(mean - xs[0], xs[-1] - mean) / sd
    return ("outlier", float(z), 0.0, limit)


def atoms_row(d, a, b, t, alpha, n, x):
    count = np.sum((np.isfinite(a) & (np.abs(x - a) <= t)) | (np.isfinite(b) & (np.abs(x - b) <= t)))
    density = (d.pdf(a) if math.isfinite(a) else 0.0) + (d.pdf(b) if math.isfinite(b) else 0.0)
    lam = n * t * density
    k = max(1, math.floor(lam))
    while stats.poisson.sf(k - 1, lam) > alpha:     # P(N >= k)
        k += 1
    return ("atoms", float(count), 0.0, float(k - 1))


def skewed(zc, gamma):
    shift = gamma * (zc * zc - 1.0) / 6.0
    return -zc + shift, zc + shift


def moment_rows(kind, mean, mu, alpha, zc, n, x):
    dev = [v - mean for v in x]
    xbar = math.fsum(x) / n
    rows = [("mean", (xbar - mean) * math.sqrt(n / mu[2]), -zc, zc)]
    v = math.fsum(t * t for t in dev) / n
    if kind == 1:
        rows.append(("var", n * v / mu[2], stats.chi2.ppf(alpha / 2, n),
                     stats.chi2.isf(alpha / 2, n)))
    else:
        vy = mu[4] - mu[2] ** 2
        gamma = (mu[6] - 3 * mu[4] * mu[2] + 2 * mu[2] ** 3) / (vy ** 1.5 * math.sqrt(n))
        rows.append(("var", (v - mu[2]) / math.sqrt(vy / n)) + skewed(zc, gamma))
    if n >= 10000:
        t4 = math.fsum(t ** 4 for t in dev) / n
        vy = mu[8] - mu[4] ** 2
        gamma = (mu[12] - 3 * mu[8] * mu[4] + 2 * mu[4] ** 3) / (vy ** 1.5 * math.sqrt(n))
        rows.append(("m4", (t4 - mu[4]) / math.sqrt(vy / n)) + skewed(zc, gamma))
    return rows


def fit_rows(d, alpha, n, x, xs):
    rn = math.sqrt(n)
    rows = [("ks", stats.kstest(x, d.cdf).statistic, 0.0,
             special.kolmogi(alpha) / (rn + 0.12 + 0.11 / rn))]
    i = np.arange(1, n + 1)
    logf = np.maximum(d.logcdf(xs), -700.0)
    logs = np.maximum(d.logsf(xs[::-1]), -700.0)
    a2 = -n - math.fsum((2 * i - 1) * (logf + logs)) / n
    lo, hi = {1e-6: (11.0, 14.0), 1e-3: (5.0, 8.0), 0.01: (3.0, 5.0)}[alpha]
    rows.append(("ad", a2, 0.0, ad_imhof_isf(alpha, lo, hi)))
    k = max(2, min(int(math.floor(2.0 * n ** 0.4 + 0.5)), n // 5))
    edges = d.ppf(np.arange(1, k) / k)
    counts = np.bincount(np.searchsorted(edges, x, side="right"), minlength=k)
    e = n / k
    rows.append(("chi2", math.fsum((c - e) ** 2 / e for c in counts), 0.0,
                 stats.chi2.isf(alpha, k - 1)))
    return rows


def order_rows(alpha, zc, n, x):
    xbar = math.fsum(x) / n
    c = x - xbar
    r1 = math.fsum(c[:-1] * c[1:]) / math.fsum(c * c)
    m = mpmath.mpf(2) ** 20
    N = mpmath.mpf(n)
    a1, a2 = (1 - 1 / m) ** N, (1 - 2 / m) ** N
    mean = m * (1 - a1)
    sd = mpmath.sqrt(m * (m - 1) * a2 + m * a1 - m * m * a1 * a1)
    limit = float(mean - mpmath.mpf(stats.norm.isf(alpha)) * sd)
    return [("lag1", r1 * math.sqrt(n), -zc, zc),
            ("distinct", float(len(np.unique(x))), limit, math.inf)]


lines = ["# each config: 'config kind p1 p2 p3 p4 dtype n alpha seed first last', "
         "then 'check NAME statistic lo hi' for every check of the battery, in "
         "battery order; the sample is torch.manual_seed(seed) and uniform_ (kind 0), "
         "normal_ (1) or nn.init.trunc_normal_ (2) on torch.empty(n, dtype)"]
for kind, p, dtype, n, alpha, seed in CHECK_CONFIGS:
    x = torch_sample(kind, p, dtype, n, seed)
    pars = list(p) + [math.nan] * (4 - len(p))
    lines.append("config %d %s %s %d %r %d %r %r" % (
        kind, " ".join(repr(float(v)) for v in pars), dtype, n, alpha, seed,
        float(x[0]), float(x[-1])))
    for name, stat, lo, hi in check_rows(kind, p, dtype, n, alpha, x):
        lines.append("check %s %r %r %r" % (name, float(stat), float(lo), float(hi)))
path = os.path.join(OUT, "check-results.txt")
with open(path, "w") as f:
    f.write("\n".join(lines) + "\n")
print("wrote", os.path.relpath(path), len(CHECK_CONFIGS), "configs")
