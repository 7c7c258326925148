/**
 * Change points of one series over commits (a benchmark's level relative to its reference, or its
 * growth, one value a commit in commit order): where the series steps to another level and stays
 * there. Pure.
 *
 * The method is optimal segmentation by dynamic programming with pruning (PELT, Killick, Fearnhead and
 * Eckley 2012): the split of the series into segments of constant mean that minimizes the squared
 * deviations from each segment's mean, in units of the series' noise, plus a penalty per change.
 *  - Values are compared on the log scale (a step is a ratio).
 *  - The noise σ is read from the differences of neighbouring values (1.4826 · MAD / √2), which a few
 *    steps hardly move; the penalty is `PENALTY_PER_LOG_N` · ln(n) in units of σ², chosen on noise
 *    alone so that a series of 100 commits without a change shows one in about 1 of 100 series or
 *    fewer (test/history/changepoints.test.ts measures it).
 *  - A value far from its neighbours (over `CLIP_SIGMAS` σ from the median of the five around it) is
 *    pulled in to that distance before segmenting (but for the two at either end), and a segment has
 *    at least `MIN_SEGMENT` values: a spike of one commit is not a step.
 * Each change found is then measured against the segments on either side (up to `WINDOW` values
 * each): its size with a 95% interval (Welch's t on the log values, each window's spread at least the
 * series' noise) and the p-value of "no change";
 * one whose p-value is above `MAX_P` (the noise was read too low) or whose size is under `MIN_STEP`
 * is dropped.
 * Chosen over E-divisive means (Matteson and James 2014, as Apache Otava and MongoDB use it) because
 * it gives every change of a series at once, from one rule, instead of one split at a time; its cost
 * grows with the square of the commits at worst (a series with no change prunes nothing), about 8 ms
 * for 1,000 commits (npm run bench:history).
 */
import { mad, mean, median, tQuantile, tTwoSidedP, variance } from '../analysis/stats.js';

/** Fewest values a segment has: a one-commit spike is not a step. */
export const MIN_SEGMENT = 2;
/** Penalty of one change, in units of σ² per ln(n). */
export const PENALTY_PER_LOG_N = 6;
/** How far a value may lie from the median of its five neighbours before it is pulled in, in σ. */
export const CLIP_SIGMAS = 4;
/**
 * The least noise assumed (log scale, 0.5%): a series of equal values has no noise to measure, and
 * one that varies by less than this is not read more finely: no benchmark is that repeatable here.
 */
export const SIGMA_FLOOR = 0.005;
/** The smallest change kept (relative): below it a step is not worth a maintainer's look. */
export const MIN_STEP = 0.02;
/** The largest p-value of "no change" a change point may have, over its windows. */
export const MAX_P = 0.001;
/** Values on each side a change is measured over. */
export const WINDOW = 30;

export interface ChangePoint {
  /** Index of the first value after the change: it lies between values index − 1 and index. */
  index: number;
  /** Relative change of the level, after ÷ before − 1. */
  change: number;
  /** Its 95% interval. */
  ci: [number, number];
  /** p-value of "no change" (Welch's t over the windows). */
  p: number;
  /** Values on each side it was measured over. */
  before: number;
  after: number;
}

export interface Segmentation {
  /** The noise of the series (log scale), read from neighbouring differences. */
  sigma: number;
  changes: ChangePoint[];
}

/** The noise of a log series from its neighbouring differences: a few steps barely move it. */
export function noiseOf(logs: readonly number[]): number {
  if (logs.length < 3) return 0;
  const diffs = logs.slice(1).map((v, i) => v - logs[i]!);
  return mad(diffs) / Math.SQRT2;
}

/**
 * Each value pulled to within CLIP_SIGMAS·σ of the median of the five values around it. The two values
 * at either end have no five around them and are left as they are: the first two after a step at the
 * end of the series are the step, not a spike (the shortest segment and the p-value check keep a spike
 * there from counting).
 */
function clipped(logs: readonly number[], sigma: number): number[] {
  const reach = CLIP_SIGMAS * sigma;
  return logs.map((v, i) => {
    if (i < 2 || i > logs.length - 3) return v;
    const m = median(logs.slice(i - 2, i + 3));
    return Math.min(m + reach, Math.max(m - reach, v));
  });
}

/** Start indices of the segments (after the first) of the penalized least-squares segmentation of xs. */
function pelt(xs: readonly number[], penalty: number): number[] {
  const n = xs.length;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i]! + xs[i]!;
    s2[i + 1] = s2[i]! + xs[i]! * xs[i]!;
  }
  // Squared deviations of xs[a..b) from their mean.
  const cost = (a: number, b: number) => {
    const len = b - a;
    const sum = s1[b]! - s1[a]!;
    return Math.max(0, s2[b]! - s2[a]! - (sum * sum) / len);
  };
  const best = new Float64Array(n + 1);
  const last = new Int32Array(n + 1);
  best[0] = -penalty;
  // The starts still worth trying, compacted in place (a series of 1,000 commits tries each once a commit).
  const cand = new Int32Array(n + 1);
  let m = 0;
  cand[m++] = 0;
  for (let t = MIN_SEGMENT; t <= n; t++) {
    let min = Infinity;
    let arg = 0;
    for (let k = 0; k < m; k++) {
      const s = cand[k]!;
      if (t - s < MIN_SEGMENT) continue;
      const v = best[s]! + cost(s, t) + penalty;
      if (v < min) {
        min = v;
        arg = s;
      }
    }
    best[t] = min;
    last[t] = arg;
    // Pruning: a start that is already worse than the best by more than a penalty can never win later.
    let w = 0;
    for (let k = 0; k < m; k++) {
      const s = cand[k]!;
      if (t - s < MIN_SEGMENT || best[s]! + cost(s, t) <= min) cand[w++] = s;
    }
    m = w;
    cand[m++] = t;
  }
  const starts: number[] = [];
  for (let t = n; t > 0; t = last[t]!) if (last[t]! > 0) starts.push(last[t]!);
  return starts.reverse();
}

/**
 * A change measured over the values of the segments on either side of it (up to WINDOW each): the
 * difference of their means with Welch's t. A window's spread is its own when that exceeds the
 * series' noise σ, else σ itself, known with the degrees of freedom of the whole series: two values
 * that happen to agree do not make a window precise, nor uncertain.
 */
function measure(logs: readonly number[], sigma: number, prev: number, index: number, next: number): ChangePoint {
  const before = logs.slice(Math.max(prev, index - WINDOW), index);
  const after = logs.slice(index, Math.min(next, index + WINDOW));
  const d = mean(after) - mean(before);
  const spread = (w: number[]) => {
    const own = w.length > 1 ? variance(w) : 0;
    return own > sigma * sigma ? { v: own / w.length, df: w.length - 1 } : { v: (sigma * sigma) / w.length, df: Math.max(logs.length - 2, 1) };
  };
  const a = spread(before);
  const b = spread(after);
  const se = Math.max(Math.sqrt(a.v + b.v), 1e-12);
  const df = Math.max(1, (a.v + b.v) ** 2 / ((a.v * a.v) / a.df + (b.v * b.v) / b.df));
  const tq = tQuantile(0.025, df);
  return { index, change: Math.expm1(d), ci: [Math.expm1(d - tq * se), Math.expm1(d + tq * se)], p: Math.min(1, tTwoSidedP(d / se, df)), before: before.length, after: after.length };
}

/** The change points of a series of positive values in commit order. */
/** What a study may vary (scripts/replay.ts); the defaults are the constants above. */
export interface ChangePointTuning {
  penaltyPerLogN?: number;
}

export function changePoints(values: readonly number[], tuning: ChangePointTuning = {}): Segmentation {
  const logs = values.map((v) => Math.log(v));
  // A series that does not scatter at all (a deterministic count) still has its steps: σ gets a floor.
  const sigma = Math.max(noiseOf(logs), SIGMA_FLOOR);
  if (logs.length < 2 * MIN_SEGMENT || !Number.isFinite(sigma)) return { sigma, changes: [] };
  const xs = clipped(logs, sigma);
  const starts = pelt(
    xs.map((x) => x / sigma),
    (tuning.penaltyPerLogN ?? PENALTY_PER_LOG_N) * Math.log(logs.length),
  );
  // A change its own windows do not show clearly (the noise was read low) is dropped, the weakest
  // first, and its neighbours measured again over the merged segment.
  const kept = [...starts];
  for (;;) {
    const bounds = [0, ...kept, logs.length];
    const changes = kept.map((index, i) => measure(xs, sigma, bounds[i]!, index, bounds[i + 2]!));
    let weakest = -1;
    changes.forEach((c, i) => {
      if ((c.p > MAX_P || Math.abs(c.change) < MIN_STEP) && (weakest < 0 || c.p > changes[weakest]!.p)) weakest = i;
    });
    if (weakest < 0) return { sigma, changes };
    kept.splice(weakest, 1);
  }
}
