/**
 * Everything about one curve: its grid summary (what a baseline keeps) and its findings (order, steps,
 * dents, bimodality, outliers). Raw samples come in as columns; nothing here keeps them.
 */
import { detectBimodal, type BimodalSplit } from './bimodal.js';
import type { CurveColumns } from './columns.js';
import { binCurve, binOf, GRID_PER_DECADE, prepare, type Binned, type FineSeries } from './grid.js';
import { growthShown, measureGrowth, type MeasuredGrowth } from './growth.js';
import { classifyOrder, type FitPoint } from './order.js';
import { median, roundSig } from './stats.js';
import { detectSteps } from './steps.js';
import { orderRank, type CurveFindings, type CurveSummary, type GridPoint, type OrderFit, type Step, type Stopped } from './types.js';

/** A sample this many robust spreads from its bin's level (or branch) is an outlier. */
const OUTLIER_SPREADS = 6;
/** Upward steps below this factor are dents (a cache outgrown); larger or downward ones are steps. */
const DENT_MAX = 2;

export function gridPoints(grid: Binned): GridPoint[] {
  const points: GridPoint[] = [];
  for (let i = 0; i < grid.bins.length; i++) {
    const from = grid.start[i]!;
    const to = grid.start[i + 1]!;
    const runs: (number | null)[] = [];
    for (let r = 0; r < grid.runs; r++) {
      const v = grid.runMedians[i * grid.runs + r] ?? NaN;
      runs.push(Number.isNaN(v) ? null : roundSig(Math.exp(v)));
    }
    points.push({
      n: grid.n[i]!,
      median: roundSig(Math.exp(grid.medians[i]!)),
      q1: roundSig(Math.exp(grid.q1s[i]!)),
      q3: roundSig(Math.exp(grid.q3s[i]!)),
      count: to - from,
      runs,
    });
  }
  return points;
}

/** Robust spread of one sample around its bin's level: the median over well-filled bins of IQR/1.349. */
function sampleSpread(grid: Binned, split: BimodalSplit | null): number {
  const spreads: number[] = [];
  const iqr = (i: number) => (grid.q3s[i]! - grid.q1s[i]!) / 1.349;
  const count = (i: number) => grid.start[i + 1]! - grid.start[i]!;
  for (let i = 0; i < grid.bins.length; i++) if (count(i) >= 10 && !split?.splits[i]) spreads.push(iqr(i));
  if (spreads.length === 0) for (let i = 0; i < grid.bins.length; i++) if (count(i) >= 3) spreads.push(iqr(i));
  return spreads.length ? median(spreads) : 0;
}

/** Samples far from their bin's level; bins that hold a step mix two levels and are skipped. */
function countOutliers(grid: Binned, split: BimodalSplit | null, spread: number, steps: readonly Step[]): number {
  const limit = Math.max(OUTLIER_SPREADS * spread, Math.log(1.5));
  const straddled = new Set(steps.map((s) => binOf(s.n, GRID_PER_DECADE)));
  let count = 0;
  for (let i = 0; i < grid.bins.length; i++) {
    const from = grid.start[i]!;
    const to = grid.start[i + 1]!;
    if (to - from < 5 || straddled.has(grid.bins[i]!)) continue;
    const s = split?.splits[i];
    const lo = (s ? s.lower : grid.medians[i]!) - limit;
    const hi = (s ? s.upper : grid.medians[i]!) + limit;
    for (let k = from; k < to; k++) if (grid.logs[k]! < lo || grid.logs[k]! > hi) count++;
  }
  return count;
}

/**
 * One branch of a bimodal curve: where bins split, that class's median. Below the first split the
 * branches have not parted clearly; the pooled median there (mostly the faster branch) serves the
 * lower branch only. Bins above it that did not split are left out rather than mixing the two curves.
 */
function branchPoints(grid: Binned, split: BimodalSplit, which: 'lower' | 'upper'): FitPoint[] {
  const first = split.splits.findIndex((s) => s !== null);
  const points: FitPoint[] = [];
  grid.bins.forEach((_, i) => {
    const count = grid.start[i + 1]! - grid.start[i]!;
    const s = split.splits[i];
    if (!s) {
      if (i < first && which === 'lower') points.push({ n: grid.n[i]!, y: Math.exp(grid.medians[i]!), count });
      return;
    }
    const lowerShare = s.at / grid.samples[i]!.length;
    points.push({ n: grid.n[i]!, y: Math.exp(s[which]), count: Math.round(count * (which === 'lower' ? lowerShare : 1 - lowerShare)) });
  });
  return points;
}

/**
 * An order is called only when the data shows growth: a fitted growing order whose measured growth is
 * not clearly above 10% (a slow first point, a wiggle) becomes O(1), and says so in `fit`.
 */
export function calledOrder(fit: OrderFit, growth: MeasuredGrowth | null): OrderFit {
  if (fit.order === 'O(1)' || growthShown(growth)) return fit;
  return {
    order: 'O(1)',
    exponent: null,
    exponentCi: null,
    growth: fit.growth,
    margin: 1,
    support: fit.support,
    // Confidently flat when the interval of the measured growth stays below 20%.
    confident: !!growth?.ci && growth.ci[1] < 1.2 && growth.ci[0] > 1 / 1.2,
    growthClear: false,
  };
}

export function curveFindings(grid: Binned, fine: FineSeries, cols: CurveColumns, points: readonly GridPoint[]): CurveFindings {
  const growth = measureGrowth(points);
  const split = detectBimodal(grid);
  const noise = sampleSpread(grid, split);
  const shifts: Step[] = split ? [] : detectSteps(fine, noise, cols);
  const steps = shifts.filter((s) => s.factor < 1 || s.factor >= DENT_MAX);
  const dents = shifts.filter((s) => s.factor >= 1 && s.factor < DENT_MAX);
  const outliers = countOutliers(grid, split, noise, shifts);
  const total = grid.logs.length;
  if (split) {
    const lower = classifyOrder(branchPoints(grid, split, 'lower'));
    const upper = classifyOrder(branchPoints(grid, split, 'upper'));
    // Each branch's order comes from that branch's own points: a slower branch that a third of the
    // operations take grows without moving the medians, so the measured growth does not overrule it.
    const worse = orderRank(upper.order) >= orderRank(lower.order) ? upper : lower;
    return {
      order: worse.order,
      fit: worse,
      growth,
      bimodal: { lower: lower.order, upper: upper.order, upperShare: Math.round(split.upperShare * 1000) / 1000 },
      steps,
      dents,
      outliers: { count: outliers, share: total ? roundSig(outliers / total, 3) : 0 },
      noise: roundSig(noise, 3),
    };
  }
  const fit = calledOrder(classifyOrder(points.map((p) => ({ n: p.n, y: p.median, count: p.count })), shifts), growth);
  return {
    order: fit.order,
    fit,
    growth,
    bimodal: null,
    steps,
    dents,
    outliers: { count: outliers, share: total ? roundSig(outliers / total, 3) : 0 },
    noise: roundSig(noise, 3),
  };
}

/** Summarize and analyze one curve from its raw samples. */
export function analyzeCurve(bench: string, cols: CurveColumns, stopped: Stopped | null): CurveSummary {
  const { grid, fine } = binCurve(cols, prepare(cols));
  const points = gridPoints(grid);
  let minN = Infinity;
  let maxN = -Infinity;
  for (let i = 0; i < cols.n.length; i++) {
    if (cols.n[i]! < minN) minN = cols.n[i]!;
    if (cols.n[i]! > maxN) maxN = cols.n[i]!;
  }
  const findings = points.length === 0 ? null : curveFindings(grid, fine, cols, points);
  return {
    bench,
    kind: 'curve',
    runs: cols.runIds.length,
    samples: cols.n.length,
    minN: points.length ? minN : 0,
    maxN: points.length ? maxN : 0,
    stopped,
    points,
    findings,
  };
}
