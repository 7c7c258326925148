/**
 * A history record (src/history/record.ts) made from a real side-by-side comparison, checked against
 * its schema, and read as series in commit order (src/history/series.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseRecord, type HistoryRecord } from '../../src/history/record.js';
import { Rng } from '../../src/analysis/random.js';
import { changePoints } from '../../src/history/changepoints.js';
import { describeChange, historyChanges, MOVED_WITHIN, movedFrom, newChanges, onOneCommit, ordered, REMEMBERED, seriesOf } from '../../src/history/series.js';
import { tQuantile } from '../../src/analysis/stats.js';
import { commit, recordAt, reportAt } from './fixtures.js';


/**
 * Histories of 40 records whose malloc ratio steps 5% at the 25th, each session measuring it to ±1%
 * (40 quiet rounds, 23 degrees of freedom) or ±6% (10 busy ones, 5) at random, as a shared runner
 * does: a new one at each call, from one seeded stream.
 */
function mixedHistories(seed: number): () => HistoryRecord[] {
  const r = new Rng(seed);
  const base = Array.from({ length: 40 }, (_, i) => recordAt(i, 800));
  const gauss = () => Math.sqrt(-2 * Math.log(Math.max(r.next(), 1e-12))) * Math.cos(2 * Math.PI * r.next());
  return () =>
    base.map((rec, i) => {
      const quiet = r.next() < 0.5;
      const se = quiet ? 0.01 : 0.06;
      return { ...rec, points: rec.points.map((p) => (p.bench === 'malloc' ? { ...p, ratio: Math.exp(se * gauss() + (i >= 25 ? 0.05 : 0)), se, df: quiet ? 23 : 5 } : p)) };
    });
}

describe('a history record', () => {
  it('keeps per benchmark the ratio to the reference with its interval, the growth and the order, and passes its schema', () => {
    const rec = recordAt(1, 880);
    const socket = rec.points.find((p) => p.bench === 'socket')!;
    expect(socket.kind).toBe('curve');
    expect(socket.ratio).toBeGreaterThan(1.09);
    expect(socket.ratio).toBeLessThan(1.11);
    expect(socket.ci![0]).toBeLessThan(socket.ratio!);
    expect(socket.ci![1]).toBeGreaterThan(socket.ratio!);
    expect(socket.order).toBe('O(1)');
    expect(socket.growth).toBeGreaterThan(0.9);
    expect(rec.points.find((p) => p.bench === 'malloc')).toMatchObject({ kind: 'figure', growth: null, order: null });
    expect(rec.points.map((p) => p.bench)).toEqual(['malloc', 'socket']);
    const text = JSON.stringify(rec);
    expect(parseRecord(text, 'r.json')).toEqual(rec);
    // The machine keeps how the one-CPU benchmarks were placed, as a run's meta line gives it.
    const placed = { ...rec, machine: { ...rec.machine, oneCpu: 'taskset -c 0' } };
    expect(parseRecord(JSON.stringify(placed), 'r.json').machine.oneCpu).toBe('taskset -c 0');
    // Small: a record of two benchmarks in well under a kilobyte of JSON.
    expect(text.length).toBeLessThan(1000);
  });

  it("keeps each ratio's 95% interval, its standard error and that standard error's degrees of freedom, read from the comparison's estimate at whatever level its verdict followed", () => {
    const report = reportAt(1, 880);
    const result = report.results.find((r) => r.bench === 'socket')!;
    const socket = recordAt(1, 880).points.find((p) => p.bench === 'socket')!;
    expect(result.estimate!.se).toBeGreaterThan(0);
    expect(socket.se).toBe(result.estimate!.se);
    expect(result.estimate!.df).toBeGreaterThan(0);
    expect(socket.df).toBe(result.estimate!.df);
    // The 95% interval from the estimate: log(ratio) ± t(0.975, df)·se, whatever ciLevel the verdict used.
    const e = result.estimate!;
    const tq = tQuantile(0.025, e.df);
    expect(Math.log(socket.ci![0])).toBeCloseTo(e.logChange - tq * e.se, 10);
    expect(Math.log(socket.ci![1])).toBeCloseTo(e.logChange + tq * e.se, 10);
    expect(result.ciLevel).not.toBe(0.95);
    // A record written before `se` was kept is read as it is; a negative one is refused.
    const rec = recordAt(1, 880);
    const older = { ...rec, points: rec.points.map(({ se: _se, df: _df, ...p }) => p) };
    expect(parseRecord(JSON.stringify(older), 'old.json').points.every((p) => p.se === undefined && p.df === undefined)).toBe(true);
    const bad = { ...rec, points: rec.points.map((p) => ({ ...p, se: -1 })) };
    expect(() => parseRecord(JSON.stringify(bad), 'bad.json')).toThrow(/^bad\.json is not a history record: \/points\/0\/se must be >= 0/);
    // No degrees of freedom are zero or fewer: a record that says so is refused in one sentence.
    const none = { ...rec, points: rec.points.map((p) => ({ ...p, df: 0 })) };
    expect(() => parseRecord(JSON.stringify(none), 'none.json')).toThrow(/^none\.json is not a history record: \/points\/0\/df must be > 0\.$/);
  });

  it('is refused in one sentence when it is not JSON or not a record, naming where', () => {
    expect(() => parseRecord('{', 'local/x.json.gz')).toThrow('local/x.json.gz is not a history record: it is not JSON.');
    const rec = { ...recordAt(1, 800), commit: 'HEAD' };
    expect(() => parseRecord(JSON.stringify(rec), 'local/y.json.gz')).toThrow(/^local\/y\.json\.gz is not a history record: \/commit must match pattern/);
  });
});

describe('history as series', () => {
  it('orders records by the commits given, the records of one commit by time, and goes by time when a commit is not given', () => {
    const a = recordAt(1, 800);
    const b = recordAt(2, 800);
    const again = { ...a, recordedAt: '2026-12-02T00:00:00.000Z', rounds: 99 };
    // The same record read twice (two copies of a store) counts once.
    const list = ordered([b, again, a, { ...a }], [commit(3), commit(2)]).get('local')!;
    expect(list.map((r) => r.commit)).toEqual([commit(3), commit(2), commit(2)]);
    expect(list.map((r) => r.rounds)).toEqual([a.rounds, a.rounds, 99]);
    // A commit the order lacks (a shallow clone): every record of the target by when it was recorded.
    const stray = { ...recordAt(3, 800), commit: commit(0xfff) };
    expect(ordered([stray, b, a], [commit(3), commit(2)]).get('local')!.map((r) => r.commit)).toEqual([commit(2), commit(3), commit(0xfff)]);
  });

  it('names a change between scheduled records of one commit as the machine\'s, with the machines either side', () => {
    // One push, then a scheduled record a day while main stands still; the runner's kernel moves on day 20.
    const pushed = recordAt(0, 800);
    const records = Array.from({ length: 40 }, (_, i) => ({
      ...recordAt(0, i >= 20 ? 880 : 800),
      recordedAt: new Date(Date.UTC(2026, 11, 1 + i)).toISOString(),
      machine: { ...pushed.machine, release: i >= 20 ? '6.1.0-21-amd64' : '6.1.0-18-amd64' },
    }));
    const changes = historyChanges(records, [commit(1)]);
    expect(changes.map((c) => `${c.bench} ${c.measure}`)).toEqual(['socket ratio']);
    const c = changes[0]!;
    expect(onOneCommit(c)).toBe(true);
    expect([c.fromAt.slice(0, 10), c.toAt.slice(0, 10)]).toEqual(['2026-12-20', '2026-12-21']);
    expect(describeChange(c)).toMatch(
      new RegExp(`^socket level \\+\\d+\\.\\d% \\[.*\\] on ${commit(1).slice(0, 7)} between its records of 2026-12-20 and 2026-12-21, the code unchanged \\(${pushed.machine.os} 6\\.1\\.0-18-amd64 ${pushed.machine.arch} → ${pushed.machine.os} 6\\.1\\.0-21-amd64 ${pushed.machine.arch}\\) \\(20 records before, 20 after\\)$`),
    );
    // Found once, at the scheduled run that first shows it.
    const reported = records.map((r, i) => newChanges(records.slice(0, i), [r], [commit(1)]).length);
    expect(reported.reduce((x, y) => x + y, 0)).toBe(1);
  });

  it('reports a change point once when it moves by a commit or two or flickers as records arrive, and again when it moves further or turns', () => {
    expect(movedFrom([{ index: 30, change: 0.05 }], { index: 30 + MOVED_WITHIN, change: 0.04 })).toBe(true);
    expect(movedFrom([{ index: 30, change: 0.05 }], { index: 29, change: 0.06 })).toBe(true);
    expect(movedFrom([{ index: 30, change: 0.05 }], { index: 31 + MOVED_WITHIN, change: 0.05 })).toBe(false);
    expect(movedFrom([{ index: 30, change: 0.05 }], { index: 31, change: -0.05 })).toBe(false);
    expect(movedFrom([], { index: 31, change: 0.05 })).toBe(false);
    // 30 histories of 40 pushes (mixedHistories), malloc 5% slower from the 25th: where the
    // step, once shown, moves (within MOVED_WITHIN of where it was first shown) or is gone for a few
    // pushes (fewer than REMEMBERED) as records arrive, the pushes report it once.
    const history = mixedHistories(32);
    let moved = 0;
    for (let k = 0; k < 30; k++) {
      const records = history();
      const shown = records.map((_, i) => historyChanges(records.slice(0, i + 1)).filter((c) => c.bench === 'malloc').map((c) => ({ index: records.findIndex((x) => x.commit === c.to), change: c.change })));
      const all = shown.flat();
      const pushes = shown.flatMap((x, i) => (x.length > 0 ? [i] : []));
      // One change, shown within reach of where it was first shown, never gone for REMEMBERED pushes once shown.
      if (all.length === 0 || shown.some((x) => x.length > 1) || !all.every((c) => movedFrom([all[0]!], c)) || pushes.some((p, i) => i > 0 && p - pushes[i - 1]! > REMEMBERED)) continue;
      // It moved, or it vanished and came back: a rule that compared each push with the one before alone would report it again.
      if (new Set(all.map((c) => c.index)).size > 1 || pushes[pushes.length - 1]! - pushes[0]! + 1 > pushes.length) moved++;
      const reported = records.flatMap((rec, i) => newChanges(records.slice(0, i), [rec]).filter((c) => c.bench === 'malloc'));
      expect(reported, `history ${k}`).toHaveLength(1);
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('makes a change point known once: at the push whose record first shows it, not again at later pushes', () => {
    const records = Array.from({ length: 40 }, (_, i) => recordAt(i, i >= 25 ? 880 : 800));
    // The step at commit 26 shows once two commits after it are recorded (a segment has two at least).
    const reported = records.map((r, i) => newChanges(records.slice(0, i), [r]).map((c) => `${c.bench} ${c.to.slice(0, 7)}`));
    expect(reported.flat()).toEqual(['socket 000001a']);
    expect(reported.findIndex((x) => x.length > 0)).toBeGreaterThanOrEqual(26);
    expect(reported.findIndex((x) => x.length > 0)).toBeLessThanOrEqual(30);
  });

  it('names the commits either side of a step of the ratio to the reference, and finds nothing where there is none', () => {
    const records = Array.from({ length: 40 }, (_, i) => recordAt(i, i >= 25 ? 880 : 800));
    const order = records.map((r) => r.commit);
    const series = seriesOf('local', ordered(records, order).get('local')!);
    expect(series.map((s) => `${s.bench}/${s.measure}`)).toEqual(['malloc/ratio', 'socket/growth', 'socket/ratio']);
    const changes = historyChanges(records, order);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ target: 'local', bench: 'socket', measure: 'ratio', from: commit(25), to: commit(26) });
    expect(changes[0]!.change).toBeGreaterThan(0.08);
    expect(changes[0]!.ci[0]).toBeGreaterThan(0.05);
  });

  it("weighs each level's record by its precision, moderated by its degrees of freedom, and every growth alike", () => {
    const history = mixedHistories(31);
    let differs = 0;
    for (let k = 0; k < 60; k++) {
      const records = history();
      const order = records.map((x) => x.commit);
      const malloc = seriesOf('local', ordered(records, order).get('local')!).find((s) => s.bench === 'malloc')!;
      expect(malloc.ses).toEqual(records.map((x) => x.points.find((p) => p.bench === 'malloc')!.se));
      expect(malloc.dfs).toEqual(records.map((x) => x.points.find((p) => p.bench === 'malloc')!.df));
      const found = historyChanges(records, order).filter((c) => c.bench === 'malloc' && c.measure === 'ratio').map((c) => order.indexOf(c.to));
      expect(found, `history ${k}`).toEqual(changePoints(malloc.values, {}, malloc.ses, malloc.dfs).changes.map((c) => c.index));
      if (JSON.stringify(found) !== JSON.stringify(changePoints(malloc.values).changes.map((c) => c.index))) differs++;
      // Growths carry no standard error: they count alike.
      const growth = seriesOf('local', ordered(records, order).get('local')!).find((s) => s.measure === 'growth')!;
      expect(growth.ses.every((x) => x === null) && growth.dfs.every((x) => x === null)).toBe(true);
    }
    // Weighing is what history does, and it does not always agree with taking every record alike.
    expect(differs).toBeGreaterThan(5);
  });
});
