/**
 * The paired comparison of `scalewatch ab`, and calibration: on data whose truth is known. The point
 * of pairing is shown directly: a machine whose speed swings by ±25% from round to round hides a 10%
 * slowdown from an unpaired comparison and not from the paired one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { Rng } from '../../src/analysis/random.js';
import { compareAb } from '../../src/ab/run.js';
import { makeAbPlan } from '../../src/ab/plan.js';
import { compareTargets } from '../../src/compare/compare.js';
import { BINS_ALIKE, DEFAULT_READING, pairedChanges, roundLevels, type LevelReading } from '../../src/compare/paired.js';
import { weightedTrimmedMean } from '../../src/compare/levels.js';
import { DEFAULT_OPTIONS } from '../../src/compare/types.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CALIB_NAME, selectBenches, withCalibration } from '../../src/suite/benches.js';
import { cli, writeResults } from '../helpers/cli.js';
import type { ResultSet } from '../../src/suite/protocol.js';

const META = { type: 'meta', target: 'local', os: 'Linux', release: '6.1', arch: 'x86_64', ncpu: 2, cpu: 'test CPU', cc: 'cc' } as const;

/**
 * One side: `rounds` runs of a flat socket curve (n 0..299) and of the pipe and ctxswitch figures and
 * the calibration figure. `speed[r]` is the machine's speed in round r (times ÷ speed, rates × speed);
 * `slower` is the side's own slowdown (not applied to calib: the machine is the same).
 */
function side(rounds: number, speed: readonly number[], slower: number, seed: number): ResultSet {
  const rng = new Rng(seed);
  const jitter = () => Math.exp(0.02 * rng.normal());
  const rs: ResultSet = { meta: { ...META }, samples: [], values: [], errors: [], malformed: [] };
  for (let r = 0; r < rounds; r++) {
    const s = speed[r]!;
    for (let n = 0; n < 300; n++) rs.samples.push({ type: 'sample', bench: 'socket', run: r, n, ns: ((1000 * (1 + slower)) / s) * jitter() });
    rs.values.push({ type: 'value', bench: 'pipe', run: r, value: ((5000 / (1 + slower)) * s) * jitter(), unit: 'MB/s', better: 'higher' });
    rs.values.push({ type: 'value', bench: 'ctxswitch', run: r, value: ((3 * (1 + slower)) / s) * jitter(), unit: 'µs', better: 'lower' });
    rs.values.push({ type: 'value', bench: CALIB_NAME, run: r, value: 1000 * s * jitter(), unit: 'MB/s', better: 'higher' });
  }
  return rs;
}

const swinging = (rounds: number, seed: number) => {
  const rng = new Rng(seed);
  return Array.from({ length: rounds }, () => 1 + 0.25 * (2 * rng.next() - 1));
};
const labels = { a: { label: 'A' }, b: { label: 'B' } };
const verdicts = (r: { results: { bench: string; verdict: string }[] }) => Object.fromEntries(r.results.map((x) => [x.bench, x.verdict]));

describe('paired A/B comparison', () => {
  it('catches a 10% slowdown that a ±25% round-to-round swing of the machine hides from an unpaired comparison', () => {
    const speed = swinging(6, 7);
    const a = side(6, speed, 0, 1);
    const b = side(6, speed, 0.1, 2);
    const paired = compareAb({ a, b }, labels, 6, DEFAULT_OPTIONS);
    expect(verdicts(paired)).toEqual({ socket: 'regressed', pipe: 'regressed', ctxswitch: 'regressed' });
    for (const r of paired.results) expect(r.change! * (r.better === 'lower' ? 1 : -1)).toBeGreaterThan(0.07);
    expect(paired.summary.paired).toEqual({ rounds: 6, a: 'A', b: 'B' });
    // The same data, compared as two unrelated runs: the swing swamps the change.
    const unpaired = compareTargets([analyzeResults(a)], [analyzeResults(b)], { ...DEFAULT_OPTIONS, sessionNoise: 0 });
    expect(unpaired.results.filter((r) => r.verdict === 'regressed')).toHaveLength(0);
  });

  it('calls nothing in an A/A run, and leaves the calibration figure out of the verdicts', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const speed = swinging(5, seed);
      const report = compareAb({ a: side(5, speed, 0, seed * 10), b: side(5, speed, 0, seed * 10 + 1) }, labels, 5, DEFAULT_OPTIONS);
      // No alarm; a benchmark whose interval reaches past ±5% with five rounds is noisy, not unchanged.
      expect(Object.values(verdicts(report)).every((v) => v === 'unchanged' || v === 'noisy'), JSON.stringify(verdicts(report))).toBe(true);
      expect(report.results.filter((r) => r.verdict === 'unchanged').length).toBeGreaterThanOrEqual(2);
      expect(report.results.map((r) => r.bench)).not.toContain(CALIB_NAME);
    }
  });

  it('says "noisy" with its reason when too few rounds have both sides', () => {
    const speed = [1, 1, 1, 1];
    const a = side(4, speed, 0, 1);
    const b = side(4, speed, 0.2, 2);
    b.values = b.values.filter((v) => v.bench !== 'pipe' || v.run < 2);
    const changes = pairedChanges(a, b);
    expect(changes.get('pipe')?.level).toEqual({ ok: false, reason: 'only 2 rounds measured on both sides, too few to pair', cause: { kind: 'few-runs', figure: 2 } });
    expect(verdicts(compareAb({ a, b }, labels, 4, DEFAULT_OPTIONS)).pipe).toBe('noisy');
  });
});

describe("a curve's level in one round, bins weighed by their samples", () => {
  it('trims a tenth of the weight from each end, a value across a cut counting with its part inside', () => {
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    // Equal weights: 1 and 10 fall outside, the mean of 2..9.
    expect(weightedTrimmedMean(ten, ten.map(() => 1))).toBeCloseTo(5.5, 12);
    // Two values, weights 9 and 1: the cut at 9 tenths of the weight leaves the light one out entirely.
    expect(weightedTrimmedMean([0, 10], [9, 1])).toBe(0);
    // Two of one weight: each keeps 0.8 of its weight, the mean of the two.
    expect(weightedTrimmedMean([0, 1], [1, 1])).toBeCloseTo(0.5, 12);
    // One heavy value among light wild ones holds the mean.
    expect(weightedTrimmedMean([-10, 0, 10], [1, 100, 1])).toBe(0);
  });

  /**
   * One side's socket curve as the suite measures it: one sample at every n, so a grid bin at small n
   * holds one sample and one at large n hundreds; each sample scatters by 30% (a noisy machine's calls).
   */
  function curveSide(rounds: number, slower: number, seed: number): ResultSet {
    const rng = new Rng(seed);
    const rs: ResultSet = { meta: { ...META }, samples: [], values: [], errors: [], malformed: [] };
    for (let r = 0; r < rounds; r++) {
      for (let n = 1; n <= 2000; n++) rs.samples.push({ type: 'sample', bench: 'socket', run: r, n, ns: 1000 * (1 + slower) * Math.exp(0.3 * Math.abs(rng.normal())) });
    }
    return rs;
  }
  const sd = (xs: number[]) => {
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
  };

  it('scatters less from round to round than counting every bin alike, and reads a 10% slowdown as 10% either way', () => {
    const rounds = 30;
    const aa = [curveSide(rounds, 0, 1), curveSide(rounds, 0, 2)] as const;
    const spreadOf = (reading: LevelReading) => sd([...roundLevels(aa[0], aa[1], reading).get('socket')!.values()]);
    const weighed = spreadOf(DEFAULT_READING);
    const counted = spreadOf(BINS_ALIKE);
    // The one-sample bins' lower decile is one call's latency; weighed, they no longer set the scatter.
    expect(weighed).toBeLessThan(0.6 * counted);
    const slow = [curveSide(rounds, 0, 3), curveSide(rounds, 0.1, 4)] as const;
    for (const reading of [DEFAULT_READING, BINS_ALIKE]) {
      const level = pairedChanges(slow[0], slow[1], reading).get('socket')!.level;
      expect(level.ok).toBe(true);
      if (level.ok) expect(Math.abs(level.level.change - 0.1)).toBeLessThan(0.02);
    }
  });
});

describe('calibration', () => {
  it('normalizes a run on a machine 20% slower back to unchanged, and reports the factor', () => {
    const base = analyzeResults(side(5, [1, 1, 1, 1, 1], 0, 1));
    const cur = analyzeResults(side(5, [0.8, 0.8, 0.8, 0.8, 0.8], 0, 2));
    const raw = compareTargets([base], [cur], { ...DEFAULT_OPTIONS, calibrate: false, sessionNoise: 0 });
    expect(verdicts(raw)).toEqual({ socket: 'regressed', pipe: 'regressed', ctxswitch: 'regressed' });
    expect(raw.summary.calibration[0]).toMatchObject({ target: 'local', applied: false });
    expect(raw.summary.calibration[0]!.speed).toBeCloseTo(0.8, 1);
    const normalized = compareTargets([base], [cur], { ...DEFAULT_OPTIONS, calibrate: true, sessionNoise: 0 });
    expect(verdicts(normalized)).toEqual({ socket: 'unchanged', pipe: 'unchanged', ctxswitch: 'unchanged' });
    expect(normalized.summary.calibration[0]!.applied).toBe(true);
  });

  it('still catches a slowdown of the code when the machine is as fast as before', () => {
    const base = analyzeResults(side(5, [1, 1, 1, 1, 1], 0, 1));
    const cur = analyzeResults(side(5, [1, 1, 1, 1, 1], 0.15, 2));
    expect(verdicts(compareTargets([base], [cur], { ...DEFAULT_OPTIONS, calibrate: true, sessionNoise: 0 }))).toEqual({ socket: 'regressed', pipe: 'regressed', ctxswitch: 'regressed' });
  });
});

describe('session noise (stored baselines)', () => {
  it('keeps a change that a session-to-session spread could explain from being called, and still calls a larger one', () => {
    const base = analyzeResults(side(5, [1, 1, 1, 1, 1], 0, 1));
    const ten = analyzeResults(side(5, [1, 1, 1, 1, 1], 0.1, 2));
    const fifty = analyzeResults(side(5, [1, 1, 1, 1, 1], 0.5, 3));
    const at = (noise: number) => ({ ...DEFAULT_OPTIONS, sessionNoise: noise });
    expect(verdicts(compareTargets([base], [ten], at(0)))).toEqual({ socket: 'regressed', pipe: 'regressed', ctxswitch: 'regressed' });
    const wide = compareTargets([base], [ten], at(0.1));
    expect(verdicts(wide)).toEqual({ socket: 'noisy', pipe: 'noisy', ctxswitch: 'noisy' });
    expect(wide.summary.sessionNoise).toBe(0.1);
    // The interval grows by about ±1.96·√2·10% ≈ ±28% in log terms.
    for (const r of wide.results) expect(r.noise!).toBeGreaterThan(0.2);
    expect(verdicts(compareTargets([base], [fifty], at(0.1)))).toEqual({ socket: 'regressed', pipe: 'regressed', ctxswitch: 'regressed' });
  });

  it('does not apply to a side-by-side comparison, whose sides share their session', () => {
    const speed = [1, 1, 1, 1, 1];
    const report = compareAb({ a: side(5, speed, 0, 1), b: side(5, speed, 0.2, 2) }, labels, 5, { ...DEFAULT_OPTIONS, sessionNoise: 0.3 });
    expect(report.summary.sessionNoise).toBeNull();
    expect(verdicts(report)).toEqual({ socket: 'regressed', pipe: 'regressed', ctxswitch: 'regressed' });
  });
});

describe('scalewatch compare --calibrate', () => {
  it('normalizes on request, and says by how much the machine moved either way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-calib-'));
    writeResults(join(dir, 'base.jsonl'), side(5, [1, 1, 1, 1, 1], 0, 1));
    writeResults(join(dir, 'cur.jsonl'), side(5, [0.8, 0.8, 0.8, 0.8, 0.8], 0, 2));
    const args = ['compare', '--baseline', join(dir, 'base.jsonl'), '--current', join(dir, 'cur.jsonl'), '--session-noise', '0'];
    const plain = await cli(...args, '--no-calibrate');
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/machine speed \(calib \d+ against \d+ MB\/s\): this run (19|20|21)\.\d% slower than the baseline's; levels not normalized/);
    expect(plain.out).toMatch(/socket +regressed/);
    const calibrated = await cli(...args, '--calibrate', '--json');
    const report = JSON.parse(calibrated.out) as { summary: { calibration: { applied: boolean }[] }; results: { verdict: string }[] };
    expect(report.summary.calibration[0]!.applied).toBe(true);
    expect(report.results.map((r) => r.verdict)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('the A/B plan', () => {
  const benches = withCalibration(selectBenches('socket,pipe'));
  it('runs every benchmark once per side per round, the two sides back to back, one run each', () => {
    const ab = makeAbPlan({ target: 'local', suite: 'quick', benches, rounds: 4, seed: 9 });
    const inv = ab.plan.invocations;
    expect(inv).toHaveLength(4 * benches.length * 2);
    for (let i = 0; i < inv.length; i += 2) {
      const [x, y] = [ab.slots.get(inv[i]!)!, ab.slots.get(inv[i + 1]!)!];
      expect(inv[i]!.bench).toBe(inv[i + 1]!.bench);
      expect(x.round).toBe(y.round);
      expect(new Set([x.side, y.side])).toEqual(new Set(['a', 'b']));
      for (const v of [inv[i]!, inv[i + 1]!]) {
        expect(v.args[v.args.indexOf('-r') + 1]).toBe('1');
        expect(v.build).toBe(ab.slots.get(v)!.side === 'b' ? 'b' : undefined);
      }
    }
    expect(inv[0]!.bench).toBe(CALIB_NAME);
  });

  it('draws the order of the sides from its seed: repeatable, and both orders occur', () => {
    const order = (seed: number) => {
      const ab = makeAbPlan({ target: 'local', suite: 'quick', benches, rounds: 8, seed });
      return ab.plan.invocations.filter((_, i) => i % 2 === 0).map((v) => ab.slots.get(v)!.side).join('');
    };
    expect(order(3)).toBe(order(3));
    expect(order(3)).toMatch(/a/);
    expect(order(3)).toMatch(/b/);
    expect(order(3)).not.toBe(order(4));
  });
});
