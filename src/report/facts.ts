/**
 * What the report knows about each benchmark beyond its verdict: the curve's grid medians (current and
 * baseline) and its order, or the figure's repetitions. The comment draws its charts and its
 * cross-target comparison from these; they come from the analysis summaries. Pure.
 */
import type { BenchSummary, TargetSummary } from '../analysis/types.js';
import { findBench } from '../suite/benches.js';

/** A curve as the comment draws it: the median latency (ns) at each point of the log grid of n. */
export interface CurveLine {
  n: number[];
  ns: number[];
}

export interface CurveFacts {
  target: string;
  bench: string;
  kind: 'curve';
  /** What n counts ("descriptors open"), for axis titles. */
  nIs: string;
  order: string | null;
  current: CurveLine;
  baseline: CurveLine | null;
}

export interface FigureFacts {
  target: string;
  bench: string;
  kind: 'figure';
  unit: string;
  better: 'higher' | 'lower';
  /** Every repetition of this run, and of the baseline when there is one. */
  values: number[];
  baseline: number[] | null;
}

export type BenchFacts = CurveFacts | FigureFacts;

export function nIsOf(bench: string): string {
  const b = findBench(bench);
  return b?.kind === 'curve' ? b.nIs : 'n';
}

function line(b: BenchSummary | undefined): CurveLine | null {
  if (b?.kind !== 'curve' || b.points.length === 0) return null;
  return { n: b.points.map((p) => p.n), ns: b.points.map((p) => p.median) };
}

/** One fact per benchmark of every current target, with the baseline of the same target beside it. */
export function benchFacts(currents: readonly TargetSummary[], baselines: readonly TargetSummary[]): BenchFacts[] {
  const out: BenchFacts[] = [];
  for (const t of currents) {
    const base = baselines.find((b) => b.target === t.target);
    for (const b of t.benchmarks) {
      const before = base?.benchmarks.find((x) => x.bench === b.bench);
      if (b.kind === 'curve') {
        out.push({ target: t.target, bench: b.bench, kind: 'curve', nIs: nIsOf(b.bench), order: b.findings?.order ?? null, current: line(b) ?? { n: [], ns: [] }, baseline: line(before) });
      } else {
        const baseValues = before?.kind === 'figure' && before.values.length > 0 ? before.values : null;
        out.push({ target: t.target, bench: b.bench, kind: 'figure', unit: b.unit, better: b.better, values: b.values, baseline: baseValues });
      }
    }
  }
  return out;
}
