/**
 * The verdict rules on data whose truth is known: a verdict follows the interval it shows, a figure
 * of a few repetitions can be called, a baseline of several sessions knows each benchmark's spread
 * between sessions, and a scaling verdict compares measured growth, not labels.
 */
import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { Rng } from '../../src/analysis/random.js';
import type { FigureSummary, TargetSummary } from '../../src/analysis/types.js';
import { fromBaselineFile, toBaselineFile } from '../../src/baseline/model.js';
import { addSessions } from '../../src/baseline/sessions.js';
import { compareTargets } from '../../src/compare/compare.js';
import { interval, pBeyond, pZero, sessionEstimate, welchEstimate } from '../../src/compare/estimate.js';
import { DEFAULT_OPTIONS, type CompareResult } from '../../src/compare/types.js';
import { resultSet, type CurveSpec } from '../../corpus/corpus.js';

const MACHINE = { os: 'Linux', release: '6.1', arch: 'x86_64', cpu: 'test', ncpu: 2, driver: 'local' };

/** One target holding one figure with these repetitions. */
function figureTarget(values: number[], sessions?: number[]): TargetSummary {
  const b: FigureSummary = { bench: 'pipe', kind: 'figure', unit: 'MB/s', better: 'higher', values, stopped: null, ...(sessions ? { sessions } : {}) };
  return { target: 't', machine: MACHINE, benchmarks: [b] };
}

const reps = (rng: Rng, level: number, spread: number, k: number) => Array.from({ length: k }, () => level * Math.exp(spread * rng.normal()));
const only = (r: { results: CompareResult[] }) => r.results[0]!;
/** One-session baselines: a spread between sessions assumed (0), so that the level rules themselves are what is tested. */
const ONE = { ...DEFAULT_OPTIONS, sessionNoise: 0 };

describe('a level verdict follows the interval it shows', () => {
  it('calls a 73% drop of a figure measured 3 times a side (a rank test never could)', () => {
    const rng = new Rng(1);
    const r = only(compareTargets([figureTarget(reps(rng, 6000, 0.03, 3))], [figureTarget(reps(rng, 1600, 0.03, 3))], ONE));
    expect(r.verdict).toBe('regressed');
    expect(r.ci![1]).toBeLessThan(-0.05);
    expect(r.note).toMatch(/^−7\d\.\d% \[−\d+\.\d%, −\d+\.\d%\]/);
  });

  it('is unchanged when the whole 90% interval (two one-sided tests at 5%) lies within ±5%, and says the interval', () => {
    const rng = new Rng(2);
    const r = only(compareTargets([figureTarget(reps(rng, 100, 0.01, 7))], [figureTarget(reps(rng, 100.5, 0.01, 7))], ONE));
    expect(r.verdict).toBe('unchanged');
    expect(r.ciLevel).toBe(0.9);
    expect(r.ci![0]).toBeGreaterThanOrEqual(-0.05);
    expect(r.ci![1]).toBeLessThanOrEqual(0.05);
  });

  it('is noisy when the interval reaches past the threshold, and never shows an interval that contradicts it', () => {
    for (let seed = 0; seed < 40; seed++) {
      const rng = new Rng(100 + seed);
      const r = only(compareTargets([figureTarget(reps(rng, 100, 0.08, 3))], [figureTarget(reps(rng, 100 * (1 + 0.1 * rng.normal()), 0.08, 3))], ONE));
      const [lo, hi] = r.ci!;
      // A called change: its interval excludes no change, and its estimate lies beyond the threshold.
      if (r.verdict === 'regressed') expect(hi < 0 && r.change! < -0.05).toBe(true);
      if (r.verdict === 'improved') expect(lo > 0 && r.change! > 0.05).toBe(true);
      if (r.verdict === 'unchanged') expect(lo >= -0.05 && hi <= 0.05).toBe(true);
      if (r.verdict === 'noisy') expect(lo < -0.05 || hi > 0.05).toBe(true);
      if (r.verdict === 'noisy') expect(lo > 0.05 || hi < -0.05).toBe(false);
    }
  });

  it('widens the interval of a called change to the level the report needs (Benjamini–Yekutieli)', () => {
    const est = { d: Math.log(1.3), se: 0.05, df: 8 };
    const p = pZero(est);
    // A discovery at q = p·m/R ≤ alpha exactly when the interval at 1 − alpha·R/m excludes no change.
    for (const m of [1, 5, 20, 100, 1e6]) {
      const called = p * m <= 0.05;
      const [lo] = interval(est, 1 - 0.05 / m);
      expect(lo > 0).toBe(called);
    }
    expect(pZero(est) * 1e6 > 0.05).toBe(true);
  });
});

describe('sessions', () => {
  it('compares a new session with the spread of the baseline sessions, not with the runs of one', () => {
    // Three sessions whose levels differ by ~10% while the runs inside each agree within 0.5%.
    const runs = (level: number) => [-0.005, -0.002, 0, 0.002, 0.005].map((e) => Math.log(level) + e);
    const levels = [1, 1.1, 0.92];
    const base = levels.flatMap((l) => runs(l));
    const ids = levels.flatMap((_, s) => [s, s, s, s, s]);
    const cur = runs(1.08);
    // Against the runs of one session, +8% is a "clear" change; against three sessions it is within their spread.
    expect(pBeyond(welchEstimate(runs(1), cur), -0.05, 0.05)).toBeLessThan(0.001);
    const sessions = sessionEstimate(base, ids, cur, 0);
    expect(sessions.df).toBe(2);
    expect(pBeyond(sessions, -0.05, 0.05)).toBeGreaterThan(0.5);
    const [lo, hi] = interval(sessions, 0.95);
    expect(hi - lo).toBeGreaterThan(0.5);
  });

  it('keeps identical code quiet against a baseline of sessions that wander, and still calls a 40% change', () => {
    const rng = new Rng(5);
    const session = (level: number) => figureTarget(reps(rng, level, 0.01, 5));
    const files = [1, 1.08, 0.95, 1.03, 0.97].map((l) => toBaselineFile(session(100 * l), 's'));
    const baseline = fromBaselineFile(files.reduce((a, b) => addSessions(a, b)));
    expect((baseline.benchmarks[0] as FigureSummary).sessions).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
    expect(only(compareTargets([baseline], [session(106)])).verdict).not.toMatch(/regressed|improved/);
    expect(only(compareTargets([baseline], [session(60)])).verdict).toBe('regressed');
    // A one-session baseline would have called the wander a change.
    expect(only(compareTargets([fromBaselineFile(files[0]!)], [session(108)], { ...DEFAULT_OPTIONS, sessionNoise: 0 })).verdict).toBe('improved');
  });
});

describe('scaling verdicts compare measured growth', () => {
  const flat: CurveSpec = { bench: 'socket', order: 'O(1)', base: 1000, growth: 0, maxN: 5000, runs: 5, stride: 3, noise: 0.05 };
  const curve = (spec: CurveSpec, seed: number) => analyzeResults(resultSet('t', [spec], [], seed));
  const verdict = (b: TargetSummary, c: TargetSummary) => compareTargets([b], [c]).results.find((r) => r.bench === 'socket')!;

  it('calls a flat curve that became O(n) scaling-regressed, with both growths in the note', () => {
    const r = verdict(curve(flat, 1), curve({ ...flat, order: 'O(n)', growth: 2 }, 2));
    expect(r.verdict).toBe('scaling-regressed');
    expect(r.growth!.current).toBeGreaterThan(1.4);
    expect(r.growth!.baseline).toBeLessThan(1.1);
    expect(r.note).toMatch(/grows ×\d\.\d+ from n≈\d+ to n≈\d+ where the baseline stayed flat/);
  });

  it('does not call a constant cost added to a growing curve a change of scaling', () => {
    // 1 µs → 4 µs over the range; the same plus 3 µs on every operation: the relative growth falls from
    // ×4 to ×1.75, the absolute growth (3 µs) stays, and so does the order.
    const growing: CurveSpec = { ...flat, order: 'O(n)', growth: 3 };
    const plus = resultSet('t', [growing], [], 2);
    const shifted = analyzeResults({ ...plus, samples: plus.samples.map((x) => ({ ...x, ns: x.ns + 3000 })) });
    const r = verdict(curve(growing, 1), shifted);
    expect(r.growth!.current / r.growth!.baseline).toBeLessThan(0.7);
    expect(r.verdict).not.toMatch(/scaling/);
    expect(r.note).toMatch(/absolute growth did not move with it/);
  });

  it('calls a flat curve flat, and leaves it alone, when only its first points are slow', () => {
    const slowStart = resultSet('t', [flat], [], 2);
    const b = analyzeResults({ ...slowStart, samples: slowStart.samples.map((x) => (x.n <= 3 ? { ...x, ns: x.ns * 5 } : x)) });
    const socket = b.benchmarks.find((x) => x.bench === 'socket');
    expect(socket?.kind === 'curve' && socket.findings?.order).toBe('O(1)');
    expect(verdict(curve(flat, 1), b).verdict).not.toMatch(/scaling/);
  });
});
