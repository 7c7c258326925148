/**
 * History read as series: the records of one target in commit order, one series per benchmark and
 * measure (its level as a ratio to the reference, its growth), and every change point of each named
 * by the commits on either side of it. Pure.
 */
import { changePoints } from './changepoints.js';
import type { HistoryRecord } from './record.js';

/** What a series follows: the level relative to the reference, or the curve's growth with n. */
export type Measure = 'ratio' | 'growth';

export interface Series {
  target: string;
  bench: string;
  measure: Measure;
  /** Commits in order, each with its value; commits whose record lacks the value are left out. */
  commits: string[];
  values: number[];
}

export interface HistoryChange {
  target: string;
  bench: string;
  measure: Measure;
  /** The last commit before the change and the first after it: the range to bisect. */
  from: string;
  to: string;
  /** Relative change, after ÷ before − 1, with its 95% interval and the p-value of "no change". */
  change: number;
  ci: [number, number];
  p: number;
  /** Commits on each side it was measured over. */
  before: number;
  after: number;
}

/**
 * The records of each target in commit order. `order` lists commits oldest first (the default
 * branch's first-parent history, as git gives it); records of commits not in it follow in the order
 * they were recorded. Of two records of one commit and target, the later recorded is kept.
 */
export function ordered(records: readonly HistoryRecord[], order: readonly string[] = []): Map<string, HistoryRecord[]> {
  const rank = new Map(order.map((c, i) => [c, i]));
  const byTarget = new Map<string, Map<string, HistoryRecord>>();
  for (const r of records) {
    const m = byTarget.get(r.target) ?? new Map<string, HistoryRecord>();
    const had = m.get(r.commit);
    if (!had || had.recordedAt < r.recordedAt) m.set(r.commit, r);
    byTarget.set(r.target, m);
  }
  const out = new Map<string, HistoryRecord[]>();
  for (const target of [...byTarget.keys()].sort()) {
    const list = [...byTarget.get(target)!.values()].sort((a, b) => {
      const ra = rank.get(a.commit);
      const rb = rank.get(b.commit);
      if (ra !== undefined && rb !== undefined) return ra - rb;
      if (ra !== undefined) return -1;
      if (rb !== undefined) return 1;
      return a.recordedAt.localeCompare(b.recordedAt);
    });
    out.set(target, list);
  }
  return out;
}

/** Every series of a target's ordered records: per benchmark its ratio and, for curves, its growth. */
export function seriesOf(target: string, records: readonly HistoryRecord[]): Series[] {
  const out = new Map<string, Series>();
  for (const r of records) {
    for (const p of r.points) {
      for (const [measure, value] of [
        ['ratio', p.ratio],
        ['growth', p.growth],
      ] as const) {
        if (value === null || !(value > 0)) continue;
        const key = `${p.bench}\u0000${measure}`;
        const s = out.get(key) ?? { target, bench: p.bench, measure, commits: [], values: [] };
        s.commits.push(r.commit);
        s.values.push(value);
        out.set(key, s);
      }
    }
  }
  return [...out.values()].sort((a, b) => a.bench.localeCompare(b.bench) || a.measure.localeCompare(b.measure));
}

/** The change points of a series, each named by the commits on either side. */
export function changesOf(s: Series): HistoryChange[] {
  return changePoints(s.values).changes.map((c) => ({
    target: s.target,
    bench: s.bench,
    measure: s.measure,
    from: s.commits[c.index - 1]!,
    to: s.commits[c.index]!,
    change: c.change,
    ci: c.ci,
    p: c.p,
    before: c.before,
    after: c.after,
  }));
}

/** Every change point of every series of every target, targets and benchmarks in name order. */
export function historyChanges(records: readonly HistoryRecord[], order: readonly string[] = []): HistoryChange[] {
  return [...ordered(records, order)].flatMap(([target, list]) => seriesOf(target, list).flatMap(changesOf));
}
