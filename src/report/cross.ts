/**
 * The comparison “Benchmarking BSD and Linux” made by hand, per benchmark across targets: which system is fastest
 * and which scales worst. Curves are compared over the range of n that every target measured, so a
 * target that stopped early is not favoured for missing its slow end. Pure.
 */
import { ORDERS, type Order } from '../analysis/types.js';
import { figureStats } from '../analysis/output.js';
import type { BenchFacts, CurveFacts, FigureFacts } from './facts.js';

export interface Standing {
  target: string;
  /** Median latency (ns) over the shared range of n, or the figure's median. */
  level: number;
}

export interface CrossTarget {
  bench: string;
  kind: 'curve' | 'figure';
  /** Best first. */
  ranking: Standing[];
  /** Curves only: the target whose order grows fastest, when the targets do not all share one order. */
  worstScaling: { target: string; order: Order } | null;
  /** Curves only: the shared range of n the levels come from. */
  range: [number, number] | null;
  unit: string;
}

function medianOf(values: readonly number[]): number {
  return figureStats(values).median ?? NaN;
}

function rank(order: string | null): number {
  return order === null ? -1 : ORDERS.indexOf(order as Order);
}

function curves(bench: string, facts: readonly CurveFacts[]): CrossTarget | null {
  const measured = facts.filter((f) => f.current.n.length > 0);
  if (measured.length < 2) return null;
  const lo = Math.max(...measured.map((f) => f.current.n[0]!));
  const hi = Math.min(...measured.map((f) => f.current.n[f.current.n.length - 1]!));
  const shared = lo <= hi;
  const ranking = measured
    .map((f) => {
      const ns = f.current.ns.filter((_, i) => !shared || (f.current.n[i]! >= lo && f.current.n[i]! <= hi));
      return { target: f.target, level: medianOf(ns) };
    })
    .sort((a, b) => a.level - b.level || a.target.localeCompare(b.target));
  const ranks = measured.map((f) => rank(f.order));
  const top = Math.max(...ranks);
  const worst = measured
    .filter((f) => rank(f.order) === top)
    .sort((a, b) => growth(b) - growth(a) || a.target.localeCompare(b.target))[0];
  const allSame = ranks.every((r) => r === top);
  return {
    bench,
    kind: 'curve',
    ranking,
    worstScaling: !allSame && worst && top >= 0 ? { target: worst.target, order: worst.order as Order } : null,
    range: shared ? [lo, hi] : null,
    unit: 'ns',
  };
}

/** Last grid median ÷ first: how much the curve grows over what was measured. */
function growth(f: CurveFacts): number {
  const ns = f.current.ns;
  return ns.length > 0 ? ns[ns.length - 1]! / ns[0]! : 0;
}

function figures(bench: string, facts: readonly FigureFacts[]): CrossTarget | null {
  const measured = facts.filter((f) => f.values.length > 0);
  if (measured.length < 2) return null;
  const sign = measured[0]!.better === 'higher' ? -1 : 1;
  const ranking = measured.map((f) => ({ target: f.target, level: medianOf(f.values) })).sort((a, b) => sign * (a.level - b.level) || a.target.localeCompare(b.target));
  return { bench, kind: 'figure', ranking, worstScaling: null, range: null, unit: measured[0]!.unit };
}

/** One comparison per benchmark measured on at least two targets, in the order benchmarks first appear. */
export function crossTargets(facts: readonly BenchFacts[]): CrossTarget[] {
  const benches = [...new Set(facts.map((f) => f.bench))];
  const out: CrossTarget[] = [];
  for (const bench of benches) {
    const mine = facts.filter((f) => f.bench === bench);
    const c = mine.every((f) => f.kind === 'curve') ? curves(bench, mine as CurveFacts[]) : mine.every((f) => f.kind === 'figure') ? figures(bench, mine as FigureFacts[]) : null;
    if (c) out.push(c);
  }
  return out;
}
