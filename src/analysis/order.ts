/**
 * Scaling-order classification. Each order is fitted as ns ≈ a + b·g(n) (after known steps are taken
 * out), always with the intercept a, so a large constant overhead neither hides growth nor fakes it.
 * The orders compete on a truncated squared loss of relative residuals (comparable across models and
 * blind to a few wild grid points); Akaike weights say how sure the choice is, and a simpler order wins
 * unless the more complex one is clearly better. Growth that is immaterial or within noise is O(1).
 */
import { robustFit, weightedLeastSquares, type LinearFit } from './fit.js';
import { GRID_PER_DECADE, binOf } from './grid.js';
import { ORDERS, type Order, type OrderFit, type Step } from './types.js';

export interface FitPoint {
  n: number;
  /** Typical latency at n (a bin median), ns. */
  y: number;
  /** Samples behind y. */
  count: number;
}

/** Below this relative growth over the measured range, a curve is O(1) whatever fits best. */
export const MATERIAL_GROWTH = 0.1;
/** A more complex order must lower AIC by this much to be preferred over a simpler one. */
const AIC_PREFERENCE = 2;

const basis: Record<Exclude<Order, 'O(1)'>, (n: number) => number> = {
  'O(log n)': (n) => Math.log(Math.max(n, 1)),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log(Math.max(n, 1)),
  'O(n^2)': (n) => n * n,
};

interface Candidate {
  order: Order;
  fit: LinearFit | null;
  loss: number;
  params: number;
  growth: number;
  /** t statistic of the growth coefficient. */
  t: number;
}

function design(points: readonly FitPoint[], g: ((n: number) => number) | null): number[][] {
  const nMax = Math.max(...points.map((p) => p.n));
  const scale = g ? g(nMax) || 1 : 1;
  return points.map((p) => (g ? [1, g(p.n) / scale] : [1]));
}

function residuals(x: number[][], y: readonly number[], w: readonly number[], beta: readonly number[]): number[] {
  return y.map((yi, i) => (yi - x[i]!.reduce((s, v, j) => s + v * beta[j]!, 0)) * Math.sqrt(w[i]!));
}

function madScale(r: readonly number[]): number {
  const abs = r.map(Math.abs).sort((a, b) => a - b);
  return 1.4826 * (abs[Math.floor(abs.length / 2)] ?? 0);
}

/**
 * Take known steps out of the grid points: each point past a step is divided by its factor (a step
 * scales the whole curve, as when a structure outgrows a cache), and the bin holding the step, which
 * mixes both levels, is left out.
 */
export function withoutSteps(points: readonly FitPoint[], steps: readonly Step[]): FitPoint[] {
  if (steps.length === 0) return [...points];
  const straddled = new Set(steps.map((s) => binOf(s.n, GRID_PER_DECADE)));
  return points
    .filter((p) => !straddled.has(binOf(p.n, GRID_PER_DECADE)))
    .map((p) => ({ ...p, y: steps.reduce((y, s) => (p.n >= s.n ? y / s.factor : y), p.y) }));
}

/** Classify one curve from its grid points, with its known steps taken out first. */
export function classifyOrder(points: readonly FitPoint[], known: readonly Step[] = []): OrderFit {
  const flat: OrderFit = { order: 'O(1)', exponent: null, exponentCi: null, growth: 0, margin: 1, support: 0, confident: false, growthClear: false };
  const usable = withoutSteps(points, known).filter((p) => p.y > 0 && Number.isFinite(p.y));
  if (usable.length < 4) return flat;
  const nMin = Math.min(...usable.map((p) => p.n));
  const nMax = Math.max(...usable.map((p) => p.n));
  if (nMax < 4 * Math.max(nMin, 1)) return flat;
  const y = usable.map((p) => p.y);
  const w = usable.map((p) => Math.min(p.count, 20) / 20 / (p.y * p.y));

  const candidates: Candidate[] = [];
  const residualSets: number[][] = [];
  for (const order of ORDERS) {
    const g = order === 'O(1)' ? null : basis[order];
    const x = design(usable, g);
    const fit = robustFit(x, y, w, 2);
    const params = x[0]!.length;
    let growth = 0;
    let t = 0;
    if (fit && g) {
      const b = fit.beta[1]!;
      const sigma2 = fit.rss / Math.max(fit.rows - params, 1);
      const se = Math.sqrt(Math.max(fit.unscaledCov[1]![1]! * sigma2, 0));
      t = se > 0 ? b / se : b > 0 ? Infinity : 0;
      const scale = g(nMax) || 1;
      const start = fit.beta[0]! + (b * g(nMin)) / scale;
      growth = start > 0 ? (b * (g(nMax) - g(nMin))) / scale / start : b > 0 ? Infinity : 0;
    }
    candidates.push({ order, fit, loss: Infinity, params, growth, t });
    residualSets.push(fit ? residuals(x, y, w, fit.beta) : []);
  }
  // One common truncation for every model, from the best model's residual scale.
  const scales = residualSets.filter((r) => r.length > 0).map(madScale).filter((s) => s > 0);
  const cut = 3 * (scales.length > 0 ? Math.min(...scales) : 1e-12);
  candidates.forEach((c, i) => {
    const r = residualSets[i]!;
    // A model whose growth term runs backwards is no better than the flat one.
    const invalid = !c.fit || (c.order !== 'O(1)' && !(c.fit.beta[1]! > 0));
    c.loss = invalid ? Infinity : r.reduce((s, v) => s + Math.min(v * v, cut * cut), 0) + 1e-300;
  });
  const flatLoss = candidates[0]!.loss;
  for (const c of candidates) if (!Number.isFinite(c.loss)) c.loss = flatLoss;

  const rows = usable.length;
  const aic = candidates.map((c) => rows * Math.log(c.loss / rows) + 2 * c.params);
  const minAic = Math.min(...aic);
  const weights = aic.map((a) => Math.exp(-(a - minAic) / 2));
  const total = weights.reduce((s, v) => s + v, 0);

  // The simplest order that is not clearly worse than the best one.
  let best = aic.findIndex((a) => a - minAic < AIC_PREFERENCE);
  let chosen = candidates[best]!;
  if (chosen.order !== 'O(1)' && (chosen.growth < MATERIAL_GROWTH || chosen.t < 3)) {
    best = 0;
    chosen = candidates[0]!;
  }
  const strongestGrowth = Math.max(...candidates.slice(1).map((c) => (c.loss <= flatLoss && Number.isFinite(c.growth) ? c.growth : 0)));
  const support = weights[best]! / total;
  if (chosen.order === 'O(1)') {
    return {
      ...flat,
      growth: round(Math.max(0, strongestGrowth)),
      support: round(support),
      confident: strongestGrowth < 2 * MATERIAL_GROWTH,
    };
  }
  const margin = candidates[best - 1]!.loss / chosen.loss;
  const profile = exponentProfile(usable, y, chosen.fit!.weights);
  return {
    order: chosen.order,
    exponent: profile ? round(profile.k) : null,
    exponentCi: profile ? [round(profile.lo), round(profile.hi)] : null,
    growth: round(chosen.growth),
    margin: round(Math.min(margin, 1e6)),
    support: round(support),
    confident: support >= 0.8 && margin >= 1.5 && chosen.t >= 5 && chosen.growth >= 2 * MATERIAL_GROWTH,
    growthClear: flatLoss / chosen.loss >= 1.5 && chosen.t >= 5 && chosen.growth >= 2 * MATERIAL_GROWTH,
  };
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 : v);

/**
 * Profile the exponent k of ns ≈ a + b·n^k (with the chosen fit's robustness weights held fixed):
 * the k of least squares and the 95% interval where n·ln(RSS(k)/RSS(k̂)) ≤ 3.84.
 */
function exponentProfile(points: readonly FitPoint[], y: readonly number[], w: readonly number[]): { k: number; lo: number; hi: number } | null {
  const nMax = Math.max(...points.map((p) => p.n));
  const rows = w.filter((v) => v > 0).length;
  const rssAt = (k: number): number => {
    const x = points.map((p) => [1, Math.pow(p.n / nMax, k)]);
    const fit = weightedLeastSquares(x, y, w);
    return fit && fit.beta[1]! > 0 ? fit.rss : Infinity;
  };
  // The grid's ends are the search's edges: 0.01 (a curve barely growing) and 4 (beyond n^2 noise).
  const grid = [0.01, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
  const rss = grid.map(rssAt);
  const i = rss.indexOf(Math.min(...rss));
  if (!Number.isFinite(rss[i]!)) return null;
  // Golden-section refinement between the neighbours of the best grid value (to about 0.01).
  let a = grid[Math.max(i - 1, 0)]!;
  let b = grid[Math.min(i + 1, grid.length - 1)]!;
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = rssAt(c);
  let fd = rssAt(d);
  for (let it = 0; it < 9; it++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = rssAt(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = rssAt(d);
    }
  }
  const k = fc < fd ? c : d;
  const best = Math.min(fc, fd, rss[i]!);
  const limit = best * Math.exp(3.84 / rows);
  // Each bound lies between the last grid value inside the limit and the first outside it.
  const bound = (step: 1 | -1): number => {
    let j = i;
    while (j + step >= 0 && j + step < grid.length && rss[j + step]! <= limit) j += step;
    if (j + step < 0 || j + step >= grid.length) return grid[j]!;
    let inside = step === 1 ? Math.max(grid[j]!, k) : Math.min(grid[j]!, k);
    let outside = grid[j + step]!;
    for (let it = 0; it < 6; it++) {
      const mid = (inside + outside) / 2;
      if (rssAt(mid) <= limit) inside = mid;
      else outside = mid;
    }
    return (inside + outside) / 2;
  };
  return { k, lo: bound(-1), hi: bound(1) };
}
