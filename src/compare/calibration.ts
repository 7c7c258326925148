/**
 * Machine-speed normalization with the calibration figure (`calib`, measured first in every run).
 * speed = current calib ÷ baseline calib (medians): above 1, this run's machine hashed faster. A time
 * measured on it is then multiplied by `speed` and a rate divided by it, which puts the current run on
 * the baseline machine's scale before the levels are compared. Orders, steps and bimodality do not
 * depend on a constant factor and are left as they are. docs/statistics.md measures when this helps.
 */
import type { BenchSummary, TargetSummary } from '../analysis/types.js';
import { median } from '../analysis/stats.js';
import { CALIB_NAME } from '../suite/benches.js';

export interface CalibrationFactor {
  target: string;
  /** Medians of the calibration figure (MB/s) in the baseline and in this run. */
  baseline: number;
  current: number;
  /** current ÷ baseline. */
  speed: number;
  /** Whether the current run was normalized by it. */
  applied: boolean;
}

/** Repetitions of the calibration figure each side needs before its median is trusted. */
const MIN_REPS = 3;

function calibMedian(t: TargetSummary): number | null {
  const b = t.benchmarks.find((x) => x.bench === CALIB_NAME);
  if (!b || b.kind !== 'figure') return null;
  const v = b.values.filter((x) => x > 0);
  return v.length >= MIN_REPS ? median(v) : null;
}

/** The speed ratio of two runs of one target, or null when either lacks the calibration figure. */
export function calibrationFactor(base: TargetSummary, cur: TargetSummary, apply: boolean): CalibrationFactor | null {
  const b = calibMedian(base);
  const c = calibMedian(cur);
  if (b === null || c === null) return null;
  return { target: cur.target, baseline: b, current: c, speed: c / b, applied: apply };
}

function scaleBench(bench: BenchSummary, speed: number): BenchSummary {
  if (bench.bench === CALIB_NAME) return bench;
  if (bench.kind === 'curve') {
    // Latencies: times, so multiplied.
    return {
      ...bench,
      points: bench.points.map((p) => ({ ...p, median: p.median * speed, q1: p.q1 * speed, q3: p.q3 * speed, runs: p.runs.map((r) => (r === null ? null : r * speed)) })),
    };
  }
  const f = bench.better === 'lower' ? speed : 1 / speed;
  return { ...bench, values: bench.values.map((v) => v * f) };
}

/** The current run as if measured on a machine of the baseline's speed. */
export function normalize(cur: TargetSummary, speed: number): TargetSummary {
  return { ...cur, benchmarks: cur.benchmarks.map((b) => scaleBench(b, speed)) };
}
