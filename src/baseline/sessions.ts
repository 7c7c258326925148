/**
 * Baselines of several sessions. A session is one separate run of the suite: another process, boot or
 * day. Levels move more between sessions than between the runs of one (this host: fork medians by
 * ±12%), and a baseline of one session cannot show by how much; one of several sessions can, for each
 * benchmark on its own, and compare then judges a new session against that spread
 * (src/compare/estimate.ts sessionEstimate). Pure.
 */
import { binOf, GRID_PER_DECADE } from '../analysis/grid.js';
import { median, quantileSorted } from '../analysis/stats.js';
import { UserError } from '../errors.js';
import type { BaselineFile, StoredCurve, StoredPoint, StoredFigure, StoredSession } from './model.js';

/** Sessions a baseline keeps at most; adding one more drops the oldest. */
export const MAX_SESSIONS = 10;

/** Sessions of a file, oldest first (a file without the list holds the one session of its source). */
export function sessionsOf(file: BaselineFile): StoredSession[] {
  return file.sessions ?? [{ source: file.source, ...(file.commit ? { commit: file.commit } : {}) }];
}

/**
 * The commit a baseline stands for: its newest session's, when that session recorded one. An alarm
 * against the baseline is measured again side by side with this commit (src/run/measure.ts).
 */
export function referenceCommit(file: BaselineFile): string | undefined {
  return sessionsOf(file).at(-1)?.commit;
}

const sameMachine = (a: BaselineFile['machine'], b: BaselineFile['machine']): boolean =>
  a.os === b.os && a.arch === b.arch && a.cpu === b.cpu && a.ncpu === b.ncpu && (a.driver ?? null) === (b.driver ?? null);

/** Indices of the runs (or values) whose session is kept. */
function keepRuns(ids: number[], keep: Set<number>): number[] {
  return ids.map((s, i) => (keep.has(s) ? i : -1)).filter((i) => i >= 0);
}

/** Curve `a`'s run columns `aCols` (sessions aIds), then every run of `b` (sessions bIds), bin by bin. */
function mergeCurves(a: StoredCurve | undefined, aCols: number[], aIds: number[], b: StoredCurve, bIds: number[]): StoredCurve {
  const aRuns = a ? aCols.length : 0;
  const byBin = new Map<number, { n: number[]; runs: (number | null)[]; count: number }>();
  const put = (p: StoredPoint, offset: number, width: number, total: number, pick: number[] | null) => {
    const bin = binOf(p[0], GRID_PER_DECADE);
    let e = byBin.get(bin);
    if (!e) byBin.set(bin, (e = { n: [], runs: new Array<number | null>(total).fill(null), count: 0 }));
    e.n.push(p[0]);
    e.count += p[4];
    const runs = pick ? pick.map((i) => p[5][i] ?? null) : p[5];
    for (let r = 0; r < width; r++) e.runs[offset + r] = runs[r] ?? null;
  };
  const total = aRuns + b.runs;
  if (a) for (const p of a.points) put(p, 0, aRuns, total, aCols);
  for (const p of b.points) put(p, aRuns, b.runs, total, null);
  const points: StoredPoint[] = [...byBin.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, e]) => {
      const vals = e.runs.filter((v): v is number => v !== null).sort((x, y) => x - y);
      const n = Math.round(Math.sqrt(Math.min(...e.n) * Math.max(...e.n)) * 10) / 10;
      return [n, median(vals), quantileSorted(vals, 0.25), quantileSorted(vals, 0.75), e.count, e.runs];
    });
  return {
    kind: 'curve',
    runs: total,
    samples: (a?.samples ?? 0) + b.samples,
    minN: Math.min(a?.minN ?? Infinity, b.minN),
    maxN: Math.max(a?.maxN ?? -Infinity, b.maxN),
    stopped: b.stopped,
    // The newest session's findings: they were made from its raw samples, which the baseline does not keep.
    findings: b.findings,
    points,
    sessions: [...aIds, ...bIds],
  };
}

/**
 * The baseline `existing` with the sessions of `added` after its own, the oldest dropped beyond
 * MAX_SESSIONS. Both must be of one target and one kind of machine; one sentence otherwise.
 */
export function addSessions(existing: BaselineFile, added: BaselineFile): BaselineFile {
  if (existing.target !== added.target) throw new UserError(`Cannot add a session of target "${added.target}" to the baseline of "${existing.target}".`);
  if (!sameMachine(existing.machine, added.machine)) {
    const m = (x: BaselineFile['machine']) => `${x.os} ${x.arch}, ${x.ncpu} × ${x.cpu}${x.driver ? `, ${x.driver}` : ''}`;
    throw new UserError(`The sessions of one baseline must come from one kind of machine: ${existing.target}'s baseline was measured on ${m(existing.machine)}, the new results on ${m(added.machine)}; replace the baseline instead of adding to it.`);
  }
  const oldSessions = sessionsOf(existing);
  const newSessions = sessionsOf(added);
  const all = [...oldSessions, ...newSessions];
  const drop = Math.max(0, all.length - MAX_SESSIONS);
  const keep = new Set(oldSessions.map((_, i) => i).filter((i) => i >= drop));
  const renumber = (s: number) => s - drop;
  const benchmarks: BaselineFile['benchmarks'] = {};
  const names = new Set([...Object.keys(existing.benchmarks), ...Object.keys(added.benchmarks)]);
  for (const name of names) {
    const a = existing.benchmarks[name];
    const b = added.benchmarks[name];
    const idsOf = (x: StoredCurve | StoredFigure, width: number, base: number): number[] => (x.sessions ?? new Array<number>(width).fill(0)).map((s) => s + base);
    if (b?.kind === 'curve' && (!a || a.kind === 'curve')) {
      const aAll = a ? idsOf(a, a.runs, 0) : [];
      const cols = keepRuns(aAll, keep);
      const bIds = idsOf(b, b.runs, oldSessions.length).map(renumber);
      benchmarks[name] = mergeCurves(a, cols, cols.map((i) => renumber(aAll[i]!)), b, bIds);
    } else if (b?.kind === 'figure' && (!a || a.kind === 'figure')) {
      const aAll = a ? idsOf(a, a.values.length, 0) : [];
      const cols = keepRuns(aAll, keep);
      benchmarks[name] = {
        kind: 'figure',
        unit: b.unit,
        better: b.better,
        values: [...cols.map((i) => a!.values[i]!), ...b.values],
        stopped: b.stopped,
        sessions: [...cols.map((i) => renumber(aAll[i]!)), ...idsOf(b, b.values.length, oldSessions.length).map(renumber)],
      };
    } else if (b) {
      benchmarks[name] = b; // the benchmark changed kind: only the new session means anything
    } else if (a) {
      // Measured in older sessions only: keep what is left of them.
      const width = a.kind === 'curve' ? a.runs : a.values.length;
      const aAll = idsOf(a, width, 0);
      const cols = keepRuns(aAll, keep);
      if (cols.length === 0) continue;
      if (a.kind === 'figure') {
        benchmarks[name] = { ...a, values: cols.map((i) => a.values[i]!), sessions: cols.map((i) => renumber(aAll[i]!)) };
      } else {
        const empty: StoredCurve = { ...a, runs: 0, samples: 0, points: [], sessions: [] };
        const merged = mergeCurves(a, cols, cols.map((i) => renumber(aAll[i]!)), empty, []);
        benchmarks[name] = { ...merged, findings: a.findings, stopped: a.stopped, minN: a.minN, maxN: a.maxN };
      }
    }
  }
  // Each session names its own commit now; the file's single-session field would only repeat the newest.
  const rest: BaselineFile = { ...added };
  delete rest.commit;
  return { ...rest, sessions: all.slice(drop), benchmarks };
}
