/**
 * History read as series: the records of one target in commit order, one series per benchmark and
 * measure (its level as a ratio to the reference, its growth), and every change point of each named
 * by the commits on either side of it. A commit recorded more than once (a push, then scheduled runs
 * that follow the OS and the runner while main stands still) has a point per record, in the order they
 * were recorded: a change between two records of one commit is the machine's, not the code's. Pure.
 */
import { signedPct } from '../compare/causes.js';
import { changePoints, type Segmentation } from './changepoints.js';
import type { HistoryRecord } from './record.js';

/** What a series follows: the level relative to the reference, or the curve's growth with n. */
export type Measure = 'ratio' | 'growth';

export interface Series {
  target: string;
  bench: string;
  measure: Measure;
  /** Records in order, by their commits, each with its value; records that lack the value are left out. */
  commits: string[];
  values: number[];
  /** Each value's standard error of its log and that standard error's degrees of freedom, where its record keeps them (levels). */
  ses: (number | null)[];
  dfs: (number | null)[];
  /** When each was recorded (ISO 8601), and the machine it ran on ("Linux 6.1.0-18-amd64 x86_64"). */
  recordedAt: string[];
  machines: string[];
}

export interface HistoryChange {
  target: string;
  bench: string;
  measure: Measure;
  /** The last commit before the change and the first after it: the range to bisect. */
  from: string;
  to: string;
  /** When the records either side were made: when `from` equals `to`, the change came between two records of one commit. */
  fromAt: string;
  toAt: string;
  /** The machines of the records either side, when they differ (an OS or runner update). */
  machines?: [string, string];
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
 * branch's first-parent history, as git gives it); when it lacks a recorded commit (a shallow clone, a
 * commit no longer on the branch), the target's records are in the order they were recorded instead.
 * Records of one commit follow each other in the order they were recorded.
 */
export function ordered(records: readonly HistoryRecord[], order: readonly string[] = []): Map<string, HistoryRecord[]> {
  const rank = new Map(order.map((c, i) => [c, i]));
  // One record is one measurement: the same record read twice (two copies of a store) counts once.
  const byTarget = new Map<string, Map<string, HistoryRecord>>();
  for (const r of records) {
    const m = byTarget.get(r.target) ?? new Map<string, HistoryRecord>();
    m.set(`${r.commit} ${r.recordedAt}`, r);
    byTarget.set(r.target, m);
  }
  const out = new Map<string, HistoryRecord[]>();
  for (const target of [...byTarget.keys()].sort()) {
    const records = [...byTarget.get(target)!.values()];
    const known = records.every((r) => rank.has(r.commit));
    const list = records.sort((a, b) => (known ? rank.get(a.commit)! - rank.get(b.commit)! : 0) || a.recordedAt.localeCompare(b.recordedAt));
    out.set(target, list);
  }
  return out;
}

/** A machine as a history line names it: "Linux 6.1.0-18-amd64 x86_64". */
export const machineName = (m: HistoryRecord['machine']) => `${m.os} ${m.release} ${m.arch}`;

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
        const s = out.get(key) ?? { target, bench: p.bench, measure, commits: [], values: [], ses: [], dfs: [], recordedAt: [], machines: [] };
        s.commits.push(r.commit);
        s.values.push(value);
        s.ses.push(measure === 'ratio' ? (p.se ?? null) : null);
        s.dfs.push(measure === 'ratio' ? (p.df ?? null) : null);
        s.recordedAt.push(r.recordedAt);
        s.machines.push(machineName(r.machine));
        out.set(key, s);
      }
    }
  }
  return [...out.values()].sort((a, b) => a.bench.localeCompare(b.bench) || a.measure.localeCompare(b.measure));
}

/**
 * A series segmented, each level's record weighed by its precision: its `se`, moderated toward the
 * series' typical one by its degrees of freedom (changePoints, noisesOf), so that a record of a few
 * rounds, whose standard error is itself rough, weighs about what a typical record does. Growths carry
 * no standard error and count alike. Replayed on real sessions (bench:replay, docs/history.md), this
 * named more 5% steps than every record alike (80% against 74%) and no false change point more.
 */
export const segmentsOf = (s: Series): Segmentation => changePoints(s.values, {}, s.ses, s.dfs);

/** The change points of a series, each named by the commits on either side. */
export function changesOf(s: Series): HistoryChange[] {
  return segmentsOf(s).changes.map((c) => ({
    target: s.target,
    bench: s.bench,
    measure: s.measure,
    from: s.commits[c.index - 1]!,
    to: s.commits[c.index]!,
    fromAt: s.recordedAt[c.index - 1]!,
    toAt: s.recordedAt[c.index]!,
    ...(s.machines[c.index - 1] !== s.machines[c.index] ? { machines: [s.machines[c.index - 1]!, s.machines[c.index]!] as [string, string] } : {}),
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

const keyOf = (c: HistoryChange) => `${c.target}\u0000${c.bench}\u0000${c.measure}\u0000${c.from}\u0000${c.to}\u0000${c.toAt}`;

/**
 * How far, in records, a change point may move as records arrive and still be the change already
 * reported: a step whose first records after it scatter is first placed a commit or two off, then
 * settles. bench:replay counts how often that happens (docs/history.md).
 */
export const MOVED_WITHIN = 3;

/** A change point as a series places it: the index of its first record after, and its size. */
export interface Placed {
  index: number;
  change: number;
}

/**
 * Whether a change point is one of `known` that moved as records arrived: in the same series, the same
 * way (both up or both down), and within MOVED_WITHIN records of it. Then it was reported already.
 */
export const movedFrom = (known: readonly Placed[], c: Placed): boolean =>
  known.some((k) => Math.sign(k.change) === Math.sign(c.change) && Math.abs(k.index - c.index) <= MOVED_WITHIN);

/**
 * How many pushes back a change point is remembered: one that the history of any of the last
 * REMEMBERED pushes showed is not new when it shows again. A step measured against few records after
 * it can show at one push, not at the next, and again at the one after (bench:replay counts it).
 */
export const REMEMBERED = 5;

/**
 * The change points the records `added` make known: those found in the history with them and neither
 * in the history of any of the last REMEMBERED pushes before them nor a move of one that was
 * (movedFrom). A change found stays where it was found as commits arrive, or moves by a commit or two,
 * or flickers while the records after it are few (src/history/changepoints.ts), so each is new once, at
 * the push that first shows it, and later pushes do not report it again; nothing needs to remember
 * what was reported: the history before a push is the history of the pushes before it, less their
 * last records.
 */
export function newChanges(before: readonly HistoryRecord[], added: readonly HistoryRecord[], order: readonly string[] = []): HistoryChange[] {
  const all = [...before, ...added];
  // Where each record lies in its target's series (every series of a target has a point per record
  // that measured it; the records' order is the same for all).
  const at = new Map<string, number>();
  for (const [target, list] of ordered(all, order)) list.forEach((r, i) => at.set(`${target}\u0000${r.commit}\u0000${r.recordedAt}`, i));
  const placed = (c: HistoryChange): Placed => ({ index: at.get(`${c.target}\u0000${c.to}\u0000${c.toAt}`) ?? -Infinity, change: c.change });
  const seriesKey = (c: HistoryChange) => `${c.target}\u0000${c.bench}\u0000${c.measure}`;
  // The histories of the last REMEMBERED pushes: each target's records but its last j, j = 0, 1, ….
  const lists = [...ordered(before, order).values()];
  const previous: HistoryChange[] = [];
  for (let j = 0; j < REMEMBERED; j++) {
    const earlier = lists.flatMap((l) => l.slice(0, Math.max(0, l.length - j)));
    if (earlier.length === 0) break;
    previous.push(...historyChanges(earlier, order));
  }
  const known = new Set(previous.map(keyOf));
  const bySeries = new Map<string, Placed[]>();
  for (const c of previous) {
    const list = bySeries.get(seriesKey(c));
    if (list) list.push(placed(c));
    else bySeries.set(seriesKey(c), [placed(c)]);
  }
  return historyChanges(all, order).filter((c) => !known.has(keyOf(c)) && !movedFrom(bySeries.get(seriesKey(c)) ?? [], placed(c)));
}

/**
 * The change points that start after commit `after` and at or before commit `upTo` on the first-parent
 * line `order` (oldest first): how main moved between the commit a stored baseline was made from and
 * the commit a run builds on, which the run's comparison with that baseline includes. Empty when
 * either commit is not on the line: then nothing can be said of what lies between.
 */
export function movedBetween(changes: readonly HistoryChange[], order: readonly string[], after: string, upTo: string): HistoryChange[] {
  const at = new Map(order.map((c, i) => [c, i]));
  const lo = at.get(after);
  const hi = at.get(upTo);
  if (lo === undefined || hi === undefined) return [];
  return changes.filter((c) => {
    const i = at.get(c.to);
    return i !== undefined && i > lo && i <= hi;
  });
}

/** A relative change as people read it: +9.8%, −75.0%. */
export const signed = signedPct;

/** Whether a change came between two records of one commit: the code did not change, the machine did. */
export const onOneCommit = (c: HistoryChange) => c.from === c.to;

/**
 * One change for people: "socket level +9.8% [+7.1%, +12.6%] between 1a2b3c4 and 5d6e7f8 (25 records
 * before, 15 after)"; between two records of one commit, "… on 1a2b3c4 between its records of
 * 2026-12-01 and 2026-12-08, the code unchanged (Linux 6.1 x86_64 → Linux 6.8 x86_64) (…)".
 */
export function describeChange(c: HistoryChange): string {
  const what = c.measure === 'ratio' ? 'level' : 'growth';
  const where = onOneCommit(c)
    ? `on ${c.from.slice(0, 7)} between its records of ${c.fromAt.slice(0, 10)} and ${c.toAt.slice(0, 10)}, the code unchanged${c.machines ? ` (${c.machines[0]} → ${c.machines[1]})` : ''}`
    : `between ${c.from.slice(0, 7)} and ${c.to.slice(0, 7)}${c.machines ? ` (the machine changed too: ${c.machines[0]} → ${c.machines[1]})` : ''}`;
  return `${c.bench} ${what} ${signed(c.change)} [${signed(c.ci[0])}, ${signed(c.ci[1])}] ${where} (${c.before} records before, ${c.after} after)`;
}
