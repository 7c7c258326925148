/**
 * Steps and dents: abrupt, lasting changes of level at one n (“Benchmarking BSD and Linux”: FreeBSD's "suddenly much
 * faster past ~3500 descriptors", or a structure outgrowing a cache). On the fine grid (40 bins a
 * decade) the level of a window of bins after each bin is compared with the window before it, after
 * removing the local trend (the Theil–Sen slope inside the windows, so a steep curve is not a step). A
 * change counts when it is at least 10% and five standard errors, and is the largest around; its n is
 * then placed exactly with the per-n medians of the raw samples.
 */
import type { CurveColumns } from './columns.js';
import { FINE_PER_DECADE, logNs, type FineSeries } from './grid.js';
import { median } from './stats.js';
import type { Step } from './types.js';

/** Bins each side of a candidate (6 of 40 a decade: a window of 1.4× in n). */
const WINDOW = 6;
const MIN_STEP = Math.log(1.1);
const MIN_Z = 5;

/**
 * Find level shifts in a curve. fine is its fine binning; sampleSpread the robust spread of one sample
 * (log scale) around its bin's level; cols the raw samples, to place each step at its exact n.
 */
export function detectSteps(fine: FineSeries, sampleSpread: number, cols: CurveColumns): Step[] {
  const m = fine.bins.length;
  if (m < 2 * WINDOW + 1) return [];
  const z: number[] = [];
  const x: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < m; i++) {
    z.push(fine.medians[i]!);
    x.push(Math.log(Math.max(fine.n[i]!, 1)));
    c.push(fine.counts[i]!);
  }
  // Noise of one bin's level from the data itself: second differences cancel a linear trend.
  const second: number[] = [];
  for (let i = 1; i < m - 1; i++) second.push(Math.abs(z[i + 1]! - 2 * z[i]! + z[i - 1]!));
  const binNoise = (1.4826 * median(second)) / Math.sqrt(6);

  const score: { i: number; d: number; z: number; left: number; right: number; slope: number }[] = [];
  for (let i = WINDOW; i < m - WINDOW; i++) {
    const left = z.slice(i - WINDOW, i);
    const right = z.slice(i + 1, i + 1 + WINDOW);
    const slope = (theilSen(x, z, i - WINDOW, i) + theilSen(x, z, i + 1, i + 1 + WINDOW)) / 2;
    const xl = median(x.slice(i - WINDOW, i));
    const xr = median(x.slice(i + 1, i + 1 + WINDOW));
    const zl = median(left);
    const zr = median(right);
    const d = zr - zl - slope * (xr - xl);
    const countNoise = median(c.slice(i - WINDOW, i + 1 + WINDOW).map((k) => (1.2533 * sampleSpread) / Math.sqrt(k)));
    const noise = Math.max(binNoise, countNoise);
    // Error of the two window levels, plus that of the trend carried across the gap between them.
    const spreadX = sumSquares(x, i - WINDOW, i) + sumSquares(x, i + 1, i + 1 + WINDOW);
    const slopeSe = spreadX > 0 ? (1.2533 * noise) / Math.sqrt(spreadX) : Infinity;
    const se = Math.hypot(1.2533 * noise * Math.sqrt(2 / WINDOW), slopeSe * (xr - xl));
    score.push({ i, d, z: se > 0 ? Math.abs(d) / se : Infinity, left: zl - slope * xl, right: zr - slope * xr, slope });
  }
  const found: typeof score = [];
  const candidates = score.filter((s) => Math.abs(s.d) >= MIN_STEP && s.z >= MIN_Z).sort((a, b) => b.z - a.z);
  for (const s of candidates) {
    if (found.some((f) => Math.abs(f.i - s.i) <= WINDOW)) continue;
    found.push(s);
  }
  return found
    .map((s) => ({ n: placeStep(fine, s.i, s, cols), factor: Math.round(Math.exp(s.d) * 1000) / 1000 }))
    .sort((a, b) => a.n - b.n);
}

/** Theil–Sen slope of z against x over [from, to): the median of all pairwise slopes. */
function theilSen(x: readonly number[], z: readonly number[], from: number, to: number): number {
  const slopes: number[] = [];
  for (let a = from; a < to; a++) {
    for (let b = a + 1; b < to; b++) if (x[b]! > x[a]!) slopes.push((z[b]! - z[a]!) / (x[b]! - x[a]!));
  }
  return slopes.length ? median(slopes) : 0;
}

/** Σ (x − mean)² over [from, to). */
function sumSquares(x: readonly number[], from: number, to: number): number {
  let m = 0;
  for (let i = from; i < to; i++) m += x[i]!;
  m /= to - from;
  let s = 0;
  for (let i = from; i < to; i++) s += (x[i]! - m) ** 2;
  return s;
}

/** Lowest n of a fine bin. */
function binStart(bin: number): number {
  return Math.ceil(Math.pow(10, bin / FINE_PER_DECADE) - 1e-9);
}

/**
 * The exact n of a step found at fine bin i: the split of the per-n medians around it that best
 * separates the two trend lines (least absolute deviation).
 */
function placeStep(fine: FineSeries, i: number, s: { left: number; right: number; slope: number }, cols: CurveColumns): number {
  const from = binStart(fine.bins[i - 2]!);
  const to = binStart(fine.bins[i + 2]! + 1);
  const byN = new Map<number, number[]>();
  for (let k = 0; k < cols.n.length; k++) {
    const n = cols.n[k]!;
    if (n < from || n >= to) continue;
    let list = byN.get(n);
    if (!list) byN.set(n, (list = []));
    list.push(logNs(cols.ns[k]!));
  }
  const ns = [...byN.keys()].sort((a, b) => a - b);
  if (ns.length === 0) return fine.n[i]!;
  const v = ns.map((n) => median(byN.get(n)!));
  const lx = ns.map((n) => Math.log(Math.max(n, 1)));
  // cost(split) = Σ_{k<split} |v − left line| + Σ_{k≥split} |v − right line|, by running sums.
  let rightCost = 0;
  for (let k = 0; k < ns.length; k++) rightCost += Math.abs(v[k]! - s.right - s.slope * lx[k]!);
  let leftCost = 0;
  let best = 0;
  let bestCost = Infinity;
  for (let split = 1; split < ns.length; split++) {
    const k = split - 1;
    leftCost += Math.abs(v[k]! - s.left - s.slope * lx[k]!);
    rightCost -= Math.abs(v[k]! - s.right - s.slope * lx[k]!);
    if (leftCost + rightCost < bestCost) {
      bestCost = leftCost + rightCost;
      best = split;
    }
  }
  return ns[best]!;
}
