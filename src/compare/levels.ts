/**
 * Constant-factor change of a curve over the n both sides measured. Runs are the unit of replication
 * (samples within a run share its conditions, so counting them as independent would make every
 * difference "significant"): each run gets one level, the trimmed mean over matched grid bins of its
 * log latency relative to the baseline's median there. The two sets of run levels are compared as a
 * session against a stored baseline's sessions (src/compare/estimate.ts).
 */
import { binOf, GRID_PER_DECADE } from '../analysis/grid.js';
import { mean } from '../analysis/stats.js';
import type { CurveSummary, GridPoint } from '../analysis/types.js';
import type { Cause } from './causes.js';
import { interval, ONE_SESSION_REASON, pZero, sessionEstimate, type Estimate } from './estimate.js';

export interface LevelChange {
  /** Relative change, current ÷ baseline − 1. */
  change: number;
  /** 95% interval of change (the verdict may show a wider, multiplicity-adjusted one). */
  ci: [number, number];
  /** p-value of "no change at all". */
  p: number;
  /** Half-width of the 95% interval (relative). */
  noise: number;
  /** Grid bins (curves) or repetitions (figures) behind it. */
  matched: number;
  /** The estimate on the log scale, from which the verdict computes its intervals. */
  est: Estimate;
}

export type LevelOutcome = { ok: true; level: LevelChange } | { ok: false; reason: string; cause: Cause };

/** A LevelChange from an estimate. */
export function levelOf(est: Estimate, matched: number): LevelChange {
  const ci = interval(est, 0.95);
  return { change: Math.expm1(est.d), ci, p: pZero(est), noise: (ci[1] - ci[0]) / 2, matched, est };
}

/** Mean of the middle 80%: a wild bin (one slow sample where a run has one sample a bin) cannot move it. */
export function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * 0.1);
  return mean(sorted.slice(cut, sorted.length - cut));
}

/**
 * Mean of the middle 80% by weight: values sorted, a tenth of the total weight cut from each end
 * (a value straddling a cut counts with the part of its weight inside). With equal weights it is the
 * trimmed mean with fractional trimming.
 */
export function weightedTrimmedMean(values: readonly number[], weights: readonly number[]): number {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const total = weights.reduce((s, w) => s + w, 0);
  const lo = 0.1 * total;
  const hi = 0.9 * total;
  let below = 0;
  let sum = 0;
  let kept = 0;
  for (const i of order) {
    const w = weights[i]!;
    const inside = Math.min(below + w, hi) - Math.max(below, lo);
    if (inside > 0) {
      sum += values[i]! * inside;
      kept += inside;
    }
    below += w;
  }
  return kept > 0 ? sum / kept : NaN;
}

/** Run levels of a curve, with each level's run index: the trimmed mean of log(run median ÷ reference) over the matched bins. */
function runLevels(points: Map<number, GridPoint>, ref: Map<number, number>): { level: number; run: number }[] {
  const runs = Math.max(0, ...[...points.values()].map((p) => p.runs.length));
  const levels: { level: number; run: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const ratios: number[] = [];
    for (const [bin, logRef] of ref) {
      const v = points.get(bin)?.runs[r];
      if (v !== null && v !== undefined && v > 0) ratios.push(Math.log(v) - logRef);
    }
    // A run that covers under half of the matched range (it crashed early) would be compared over a
    // different stretch of n than the others, so it is left out.
    if (ratios.length >= Math.max(1, ref.size / 2)) levels.push({ level: trimmedMean(ratios), run: r });
  }
  return levels;
}

function byBin(points: readonly GridPoint[]): Map<number, GridPoint> {
  return new Map(points.map((p) => [binOf(p.n, GRID_PER_DECADE), p]));
}

/** Both sides' grid points by bin: indexed once per curve, read by the level and the growth comparison. */
export interface CurveBins {
  base: Map<number, GridPoint>;
  cur: Map<number, GridPoint>;
}

export function curveBins(base: CurveSummary, cur: CurveSummary): CurveBins {
  return { base: byBin(base.points), cur: byBin(cur.points) };
}

/**
 * `oneSessionSpread` (relative) is the spread between sessions assumed when the baseline holds a
 * single session and so cannot show it; undefined, such a level is not judged.
 */
export function curveLevelChange(base: CurveSummary, bins: CurveBins, oneSessionSpread?: number): LevelOutcome {
  const { base: b, cur: c } = bins;
  const ref = new Map<number, number>();
  for (const [bin, p] of b) if (c.has(bin) && p.median > 0) ref.set(bin, Math.log(p.median));
  if (ref.size < 3) return { ok: false, reason: `only ${ref.size} point${ref.size === 1 ? '' : 's'} of n in common with the baseline`, cause: { kind: 'short-range', figure: ref.size } };
  const lb = runLevels(b, ref);
  const lc = runLevels(c, ref);
  if (lb.length < 2 || lc.length < 2) {
    const few = Math.min(lb.length, lc.length);
    return { ok: false, reason: `only ${few} complete run${few === 1 ? '' : 's'} on one side, too few to tell a change from run-to-run variation`, cause: { kind: 'few-runs', figure: few } };
  }
  const sessions = base.sessions ? lb.map((l) => base.sessions![l.run] ?? 0) : undefined;
  const est = sessionEstimate(lb.map((l) => l.level), sessions, lc.map((l) => l.level), oneSessionSpread);
  if (!est) return { ok: false, reason: ONE_SESSION_REASON, cause: { kind: 'one-session', figure: null } };
  return { ok: true, level: levelOf(est, ref.size) };
}
