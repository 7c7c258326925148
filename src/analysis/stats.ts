/**
 * Small, exact statistics helpers shared by analysis and compare: order statistics, robust spread,
 * and the Student t and normal distributions (for intervals and p-values). Pure functions.
 */

/** Quantile of an ascending-sorted array by linear interpolation (type 7); NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number, from = 0, to = sorted.length): number {
  const len = to - from;
  if (len <= 0) return NaN;
  const h = (len - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[from + lo]!;
  const b = sorted[from + Math.min(lo + 1, len - 1)]!;
  return a + (h - lo) * (b - a);
}

export function medianSorted(sorted: ArrayLike<number>, from = 0, to = sorted.length): number {
  return quantileSorted(sorted, 0.5, from, to);
}

/** k-th smallest of a[from..to) (k counted from from), partially reordering a in place (Hoare select). */
export function selectInPlace(a: Float64Array, from: number, to: number, k: number): number {
  let lo = from;
  let hi = to - 1;
  const target = from + k;
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/** Quantile (type 7, as quantileSorted) of a[from..to) by selection, reordering a in place. */
export function quantileInPlace(a: Float64Array, from: number, to: number, p: number): number {
  const len = to - from;
  if (len <= 0) return NaN;
  const h = (len - 1) * p;
  const lo = Math.floor(h);
  const v = selectInPlace(a, from, to, lo);
  if (h === lo) return v;
  let next = Infinity;
  for (let i = from + lo + 1; i < to; i++) if (a[i]! < next) next = a[i]!;
  return v + (h - lo) * (next - v);
}

/**
 * Quantiles (type 7) of a[from..to) for several p at once, by selecting only the order statistics they
 * need: each selection splits the range, so later ones search a part of it. Reorders a in place.
 */
export function quantilesInPlace(a: Float64Array, from: number, to: number, ps: readonly number[]): number[] {
  const len = to - from;
  if (len <= 0) return ps.map(() => NaN);
  const wanted = new Set<number>();
  for (const p of ps) {
    const h = (len - 1) * p;
    wanted.add(Math.floor(h));
    if (h !== Math.floor(h)) wanted.add(Math.floor(h) + 1);
  }
  const ks = [...wanted].sort((x, y) => x - y);
  const value = new Map<number, number>();
  const pick = (lo: number, hi: number, first: number, last: number): void => {
    if (first >= last) return;
    const mid = (first + last) >>> 1;
    const k = ks[mid]!;
    value.set(k, selectInPlace(a, lo, hi, from + k - lo));
    pick(lo, from + k, first, mid);
    pick(from + k + 1, hi, mid + 1, last);
  };
  pick(from, to, 0, ks.length);
  return ps.map((p) => {
    const h = (len - 1) * p;
    const lo = Math.floor(h);
    const v = value.get(lo)!;
    return h === lo ? v : v + (h - lo) * (value.get(lo + 1)! - v);
  });
}

/** Median of a[from..to) without a full sort (reorders a in place); NaN when empty. */
export function medianInPlace(a: Float64Array, from: number, to: number): number {
  const len = to - from;
  if (len <= 0) return NaN;
  const half = len >>> 1;
  const upper = selectInPlace(a, from, to, half);
  if (len % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = from; i < from + half; i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

export function median(values: readonly number[]): number {
  return medianSorted(Float64Array.from(values).sort());
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return values.length === 0 ? NaN : s / values.length;
}

/** Sample variance (n − 1 in the denominator); NaN below two values. */
export function variance(values: ArrayLike<number>): number {
  const m = mean(values);
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i]! - m) ** 2;
  return values.length < 2 ? NaN : s / (values.length - 1);
}

/** Median absolute deviation scaled to estimate a normal standard deviation (× 1.4826). */
export function mad(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const m = median(values);
  return 1.4826 * median(values.map((v) => Math.abs(v - m)));
}

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26 via erfc, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-x * x);
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9); accurate to ~1e-13 for x > 0.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = c[0]!;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the regularized incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    h *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** Upper-tail p-value of an F statistic with (d1, d2) degrees of freedom. */
export function fUpperP(f: number, d1: number, d2: number): number {
  if (!(f > 0)) return 1;
  if (!Number.isFinite(f)) return 0;
  return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}

/** Two-sided p-value of a Student t statistic with df degrees of freedom. */
export function tTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? 1 : 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Quantile of Student's t (upper tail p, e.g. 0.025 for a 95% two-sided interval), by bisection. */
export function tQuantile(upperTail: number, df: number): number {
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (tTwoSidedP(mid, df) / 2 > upperTail) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Exact two-sided p-value of the Wilcoxon–Mann–Whitney rank-sum test of two small samples: how likely
 * ranks at least as far apart as these are when both samples come from one distribution, whatever its
 * spread. U counts the pairs (x, y) with y > x (a tie counts a half); its null distribution is counted
 * exactly (every arrangement of the ranks equally likely), so it is meant for samples of up to a few
 * dozen values.
 */
export function rankSumP(x: readonly number[], y: readonly number[]): number {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) return 1;
  let u = 0;
  for (const a of x) for (const b of y) u += b > a ? 1 : b === a ? 0.5 : 0;
  // c[i][j][k]: arrangements of i x's and j y's with U = k. The smallest value is an x (every y lies
  // above it: j more pairs) or a y (above no x): c(i, j, k) = c(i − 1, j, k − j) + c(i, j − 1, k).
  const c: number[][][] = [];
  for (let i = 0; i <= m; i++) {
    c.push([]);
    for (let j = 0; j <= n; j++) {
      const row = new Array<number>(i * j + 1).fill(0);
      if (i === 0 || j === 0) row[0] = 1;
      else for (let k = 0; k <= i * j; k++) row[k] = (k >= j ? (c[i - 1]![j]![k - j] ?? 0) : 0) + (c[i]![j - 1]![k] ?? 0);
      c[i]!.push(row);
    }
  }
  const counts = c[m]![n]!;
  const total = counts.reduce((a, b) => a + b, 0);
  let below = 0;
  let above = 0;
  for (let k = 0; k < counts.length; k++) {
    if (k <= u) below += counts[k]!;
    if (k >= u) above += counts[k]!;
  }
  return Math.min(1, (2 * Math.min(below, above)) / total);
}

/** Round to a number of significant digits (for readable output and small baseline diffs). */
export function roundSig(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}
