/**
 * Constant-factor change of a curve over the n both runs measured. Runs are the unit of replication
 * (samples within a run share its conditions, so counting them as independent would make every
 * difference "significant"): each run gets one level, the trimmed mean over matched grid bins of its
 * log latency relative to the baseline's median there, and the two sets of run levels are compared with
 * Welch's t.
 */
import { binOf, GRID_PER_DECADE } from '../analysis/grid.js';
import { mean, tQuantile, tTwoSidedP, variance } from '../analysis/stats.js';
import type { CurveSummary, GridPoint } from '../analysis/types.js';

export interface LevelChange {
  /** Relative change, current ÷ baseline − 1. */
  change: number;
  ci: [number, number];
  p: number;
  /** Half-width of the interval (relative). */
  noise: number;
  /** Grid bins both sides measured. */
  matched: number;
}

export type LevelOutcome = { ok: true; level: LevelChange } | { ok: false; reason: string };

/** Mean of the middle 80%: a wild bin (one slow sample where a run has one sample a bin) cannot move it. */
export function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * 0.1);
  return mean(sorted.slice(cut, sorted.length - cut));
}

/** Run levels of a curve: per run, the trimmed mean of log(run median ÷ reference) over the matched bins. */
function runLevels(points: Map<number, GridPoint>, ref: Map<number, number>): number[] {
  const runs = Math.max(0, ...[...points.values()].map((p) => p.runs.length));
  const levels: number[] = [];
  for (let r = 0; r < runs; r++) {
    const ratios: number[] = [];
    for (const [bin, logRef] of ref) {
      const v = points.get(bin)?.runs[r];
      if (v !== null && v !== undefined && v > 0) ratios.push(Math.log(v) - logRef);
    }
    // A run that covers under half of the matched range (it crashed early) would be compared over a
    // different stretch of n than the others, so it is left out.
    if (ratios.length >= Math.max(1, ref.size / 2)) levels.push(trimmedMean(ratios));
  }
  return levels;
}

function byBin(points: readonly GridPoint[]): Map<number, GridPoint> {
  return new Map(points.map((p) => [binOf(p.n, GRID_PER_DECADE), p]));
}

/**
 * Welch's t on two sets of log levels; the interval is turned back into a relative change.
 * `sessionNoise` (relative) is the spread of a level between two sessions on one machine, which runs of
 * one session cannot show: it is added, as known variance, once for each side.
 */
export function welch(base: readonly number[], cur: readonly number[], sessionNoise = 0): Omit<LevelChange, 'matched'> {
  const d = mean(cur) - mean(base);
  const vb = variance(base) / base.length;
  const vc = variance(cur) / cur.length;
  const vs = 2 * Math.log1p(sessionNoise) ** 2;
  const se = Math.max(Math.sqrt(vb + vc + vs), 1e-9);
  // The known part has no degrees of freedom to lose: Welch–Satterthwaite over the estimated parts only.
  const df = Math.max(1, (vb + vc + vs) ** 2 / ((vb * vb) / Math.max(base.length - 1, 1) + (vc * vc) / Math.max(cur.length - 1, 1)) || 1);
  const tq = tQuantile(0.025, df);
  const lo = Math.exp(d - tq * se) - 1;
  const hi = Math.exp(d + tq * se) - 1;
  return { change: Math.exp(d) - 1, ci: [lo, hi], p: tTwoSidedP(d / se, df), noise: (hi - lo) / 2 };
}

export function curveLevelChange(base: CurveSummary, cur: CurveSummary, sessionNoise = 0): LevelOutcome {
  const b = byBin(base.points);
  const c = byBin(cur.points);
  const ref = new Map<number, number>();
  for (const [bin, p] of b) if (c.has(bin) && p.median > 0) ref.set(bin, Math.log(p.median));
  if (ref.size < 3) return { ok: false, reason: `only ${ref.size} point${ref.size === 1 ? '' : 's'} of n in common with the baseline` };
  const lb = runLevels(b, ref);
  const lc = runLevels(c, ref);
  if (lb.length < 2 || lc.length < 2) {
    const few = Math.min(lb.length, lc.length);
    return { ok: false, reason: `only ${few} complete run${few === 1 ? '' : 's'} on one side, too few to tell a change from run-to-run variation` };
  }
  return { ok: true, level: { ...welch(lb, lc, sessionNoise), matched: ref.size } };
}
