/**
 * Side by side until decided (src/compare/sequential.ts, src/ab/run.ts): the looks and their shares
 * of the error rates, and a run that measures only its undecided benchmarks further, through the
 * runner's one road. The driver here stands in for a target whose two sides differ by a known amount
 * under a known, seeded noise, so that which benchmark is decided at which look is fixed; the real
 * local driver takes the same road in test/commands/ab.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAb } from '../../src/ab/run.js';
import { describeRounds } from '../../src/compare/output.js';
import { chooseStage, isOpen, joinLooks, planLooks, type OpenBench } from '../../src/compare/sequential.js';
import { DEFAULT_OPTIONS, type CompareReport, type CompareResult } from '../../src/compare/types.js';
import { sideFile } from '../../src/run/files.js';
import { selectBenches } from '../../src/suite/benches.js';
import { parseResults } from '../../src/suite/protocol.js';
import type { Driver } from '../../src/vm/driver.js';
import { TwoSidesDriver } from '../helpers/two-sides-driver.js';

const side = (label: string) => ({ spec: label, label, commit: undefined, suiteDir: '/nonexistent', shippedSuite: false });

async function abRun(driver: Driver, opts: { rounds: number; maxRounds: number; budgetSec?: number; benches: string }) {
  const out = mkdtempSync(join(tmpdir(), 'scalewatch-seq-'));
  const log: string[] = [];
  const run = await runAb({
    target: 'local',
    suite: 'quick',
    driver,
    signal: new AbortController().signal,
    write: (t) => log.push(t),
    tty: false,
    benches: selectBenches(opts.benches),
    rounds: opts.rounds,
    maxRounds: opts.maxRounds,
    budgetSec: opts.budgetSec,
    seed: 3,
    sides: { a: side('A'), b: side('B') },
    outDir: out,
    compare: DEFAULT_OPTIONS,
  });
  return { run, out, log: log.join('') };
}

const roundsIn = (out: string, s: 'a' | 'b', bench: string) =>
  parseResults(readFileSync(sideFile(out, 'local', s), 'utf8'))
    .values.filter((v) => v.bench === bench)
    .map((v) => v.run)
    .sort((x, y) => x - y);
const seq = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('the looks of a side-by-side run', () => {
  it('double the rounds up to the most allowed, and spend α and the 5% of unchanged once in all', () => {
    const looks = planLooks(10, 40, 0.05);
    expect(looks.map((l) => l.rounds)).toEqual([10, 20, 40]);
    expect(looks.reduce((s, l) => s + l.alpha, 0)).toBeCloseTo(0.05, 12);
    // unchanged is two one-sided tests at each look: each side's error summed over the looks is 5%.
    expect(looks.reduce((s, l) => s + (1 - l.unchangedLevel) / 2, 0)).toBeCloseTo(0.05, 12);
    expect(looks[0]!.alpha).toBeCloseTo(0.025, 12);
    expect(planLooks(10, 25, 0.05).map((l) => l.rounds)).toEqual([10, 20, 25]);
  });

  it('are one look at the full α and the 90% interval when no more rounds are allowed: a run of fixed size', () => {
    expect(planLooks(20, 20, 0.05)).toEqual([{ rounds: 20, alpha: 0.05, unchangedLevel: 0.9 }]);
  });

  it('keep a result from the look that decided it, and the last look for one still open', () => {
    const r = (bench: string, verdict: CompareResult['verdict'], cause?: CompareResult['cause']): CompareResult => ({
      target: 't', bench, kind: 'figure', verdict, change: 0, ci: [0, 0], ciLevel: 0.95, baselineOrder: null, currentOrder: null, growth: null, better: 'higher', p: 1, q: 1, noise: 0, caution: null, note: verdict, ...(cause ? { cause } : {}),
    });
    const report = (results: CompareResult[]): CompareReport => ({ summary: { verdicts: {} } as CompareReport['summary'], results });
    const wide = { kind: 'wide-interval' as const, figure: 0.1 };
    const looks = planLooks(10, 40, 0.05);
    const joined = joinLooks(
      [
        { look: looks[0]!, rounds: 10, report: report([r('a', 'unchanged'), r('b', 'noisy', wide), r('c', 'noisy', wide), r('d', 'noisy', { kind: 'short-range', figure: 2 })]) },
        { look: looks[1]!, rounds: 20, report: report([r('b', 'regressed'), r('c', 'noisy', wide)]) },
        { look: looks[2]!, rounds: 35, report: report([r('c', 'noisy', wide)]) },
      ],
      0.05,
    );
    expect(joined.results.map((x) => [x.bench, x.verdict, x.rounds])).toEqual([
      ['a', 'unchanged', 10],
      ['b', 'regressed', 20],
      ['c', 'noisy', 35],
      ['d', 'noisy', 10],
    ]);
    expect(joined.summary.verdicts).toMatchObject({ unchanged: 1, regressed: 1, noisy: 2 });
    expect(joined.summary.regressed).toBe(true);
    // A cause more rounds cannot cure (too little of n in common) is not measured further.
    expect(isOpen(r('d', 'noisy', { kind: 'short-range', figure: 2 }))).toBe(false);
  });
});

describe('a side-by-side run that measures its undecided benchmarks further', () => {
  it('gives more rounds to the benchmark still undecided, and only to it, until it is decided', async () => {
    // malloc: 25% slower on B under a ±25% scatter, not decided in 5 rounds; pipe: the same on both sides, barely scattered.
    const driver = new TwoSidesDriver({ malloc: { slower: 0.25, noise: 0.25 }, pipe: { slower: 0, noise: 0.002 } });
    const { run, out, log } = await abRun(driver, { rounds: 5, maxRounds: 80, benches: 'malloc,pipe' });
    const malloc = run.report.results.find((r) => r.bench === 'malloc')!;
    const pipe = run.report.results.find((r) => r.bench === 'pipe')!;
    expect(pipe).toMatchObject({ verdict: 'unchanged', rounds: 5 });
    expect(malloc.verdict).toBe('regressed');
    expect(malloc.rounds).toBeGreaterThan(5);
    // Every round of malloc is in both files, with its round as the run index; pipe has the first five only.
    for (const s of ['a', 'b'] as const) {
      expect(roundsIn(out, s, 'malloc')).toEqual(seq(malloc.rounds!));
      expect(roundsIn(out, s, 'pipe')).toEqual(seq(5));
      expect(roundsIn(out, s, 'calib')).toEqual(seq(5));
    }
    // Later stages ran only malloc, on the driver already prepared.
    expect(driver.ran.length).toBeGreaterThan(1);
    expect(new Set(driver.ran.slice(1).flat().map((i) => i.bench))).toEqual(new Set(['malloc']));
    expect(driver.prepares).toBe(1);
    expect(log).toContain('undecided after 5 rounds: malloc; 5 more rounds of it');
    const side = run.report.summary.comparedWith[0]!.side!;
    expect(side.rounds).toBe(5);
    expect(side.spent).toMatchObject({ looks: driver.ran.length, rounds: malloc.rounds, maxRounds: 80, budgetSec: null, outOfTime: false });
  });

  it('starts no further stage once the time budget is spent, and says so', async () => {
    const driver = new TwoSidesDriver({ malloc: { slower: 0.1, noise: 0.2 } });
    const { run, log } = await abRun(driver, { rounds: 5, maxRounds: 80, budgetSec: 0.001, benches: 'malloc' });
    expect(driver.ran).toHaveLength(1);
    expect(run.report.results[0]).toMatchObject({ bench: 'malloc', verdict: 'noisy', rounds: 5 });
    expect(run.report.summary.comparedWith[0]!.side!.spent).toMatchObject({ looks: 1, rounds: 5, outOfTime: true });
    expect(log).toContain('1 benchmark still undecided after 5 rounds; the time budget is spent');
  });

  it('prepares a driver that runs only the plan it booted with again for each stage', async () => {
    const driver = new TwoSidesDriver({ malloc: { slower: 0.1, noise: 0.2 } }, true);
    const { run } = await abRun(driver, { rounds: 5, maxRounds: 20, benches: 'malloc' });
    expect(driver.ran.length).toBeGreaterThan(1);
    expect(driver.prepares).toBe(driver.ran.length);
    // Torn down before each new boot, and once at the end.
    expect(driver.teardowns).toBe(driver.ran.length);
    expect(run.report.results[0]!.rounds).toBe(5 * 2 ** (driver.ran.length - 1));
  });

  it('is the run of fixed size it was when no more rounds are allowed', async () => {
    const driver = new TwoSidesDriver({ malloc: { slower: 0.1, noise: 0.2 } });
    const { run } = await abRun(driver, { rounds: 5, maxRounds: 5, benches: 'malloc' });
    expect(driver.ran).toHaveLength(1);
    expect(run.report.summary.comparedWith[0]!.side).toEqual({ label: 'A', rounds: 5 });
    expect(run.report.summary.alpha).toBe(0.05);
  });
});

describe('the next stage within a time budget', () => {
  const looks = planLooks(10, 40, 0.05);
  const ahead = looks.slice(1);
  // Seconds a round: a cheap benchmark, one a little dearer, one far dearer (dir-create's 9 s here).
  const open: OpenBench[] = [
    { bench: 'dir-create', perRound: 9, toDecide: 200 },
    { bench: 'socket', perRound: 0.4, toDecide: 14 },
    { bench: 'malloc-mt', perRound: 0.9, toDecide: 36 },
    { bench: 'bind', perRound: 0.3, toDecide: null },
    { bench: 'fork', perRound: 3, toDecide: 18 },
  ];

  it('measures every open benchmark for the planned rounds when there is no time limit', () => {
    expect(chooseStage(open, 10, ahead, Infinity, 2)).toEqual({ benches: ['dir-create', 'socket', 'malloc-mt', 'bind', 'fork'], rounds: 10, setAside: [] });
  });

  it('gives the time to the benchmarks cheapest to decide, paying for the look each would need, and sets the rest aside', () => {
    // socket to 20 rounds: 4 s; malloc-mt to 40: 27 s; fork to 20: 30 s; then bind (no projection within
    // the run) for this stage: 3 s; dir-create (beyond the last look) 90 s does not fit in 70.
    expect(chooseStage(open, 10, ahead, 70, 2)).toEqual({ benches: ['socket', 'malloc-mt', 'bind', 'fork'], rounds: 10, setAside: ['dir-create'] });
    // With 40 s: socket (4) and malloc-mt (27) are paid for; fork's 30 no longer fits, bind's 3 does.
    expect(chooseStage(open, 10, ahead, 40, 2)).toEqual({ benches: ['socket', 'malloc-mt', 'bind'], rounds: 10, setAside: ['dir-create', 'fork'] });
    // Enough for everything: nothing is set aside.
    expect(chooseStage(open, 10, ahead, 1000, 2)!.setAside).toEqual([]);
  });

  it('plans to the last look from a stage the budget cut short, and costs a benchmark with no projection at the next look', () => {
    const cut = [
      { bench: 'pipe', perRound: 1, toDecide: undefined },
      { bench: 'touch', perRound: 1, toDecide: 30 },
    ];
    // After 15 rounds (a stage cut short), the one look left is at 40: 25 rounds of each.
    expect(chooseStage(cut, 15, looks.slice(2), 50, 2)).toEqual({ benches: ['pipe', 'touch'], rounds: 25, setAside: [] });
    expect(chooseStage(cut, 15, looks.slice(2), 30, 2)).toEqual({ benches: ['pipe'], rounds: 25, setAside: ['touch'] });
  });

  it('measures only the first benchmark for the rounds that fit when none fits whole, and none when fewer than the least', () => {
    expect(chooseStage(open, 10, ahead, 2.5, 2)).toEqual({ benches: ['socket'], rounds: 6, setAside: ['dir-create', 'malloc-mt', 'bind', 'fork'] });
    expect(chooseStage(open, 10, ahead, 0.5, 2)).toBeNull();
    expect(chooseStage(open, 10, ahead, -5, 2)).toBeNull();
    expect(chooseStage(open, 40, [], 100, 2)).toBeNull();
  });

  it('measures every open benchmark for the rounds that fit under the rule before (alike), which bench:sequential measures against', () => {
    // A round of all five: 13.6 s; 70 s fits 5 rounds of every one.
    expect(chooseStage(open, 10, ahead, 70, 2, 'alike')).toEqual({ benches: ['dir-create', 'socket', 'malloc-mt', 'bind', 'fork'], rounds: 5, setAside: [] });
    expect(chooseStage(open, 10, ahead, 20, 2, 'alike')).toBeNull();
  });

  it('is said in the rounds a report shows', () => {
    const spent = { looks: 3, rounds: 40, seconds: 444, maxRounds: 40, budgetSec: 600, outOfTime: true };
    expect(describeRounds({ rounds: 10, spent: { ...spent, setAside: ['dir-create', 'fork'] } })).toBe(
      '10 rounds, then up to 40 for the undecided, 3 looks in 7.4 min of a 10.0 min budget; dir-create and fork not measured further, deciding them would not fit in it',
    );
    expect(describeRounds({ rounds: 10, spent })).toBe('10 rounds, then up to 40 for the undecided, 3 looks in 7.4 min of a 10.0 min budget, all spent');
  });
});
