/**
 * What more rounds would do for a side-by-side level left undecided (src/compare/sequential.ts
 * roundsToDecide): the rounds at which its interval, if the estimate and spread held, would decide it;
 * and, on seeded data of a known spread, that a run of that many rounds then does decide it.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/analysis/random.js';
import { compareAb } from '../../src/ab/run.js';
import { pairedDf, interval, type Estimate } from '../../src/compare/estimate.js';
import { renderComparison } from '../../src/compare/output.js';
import { roundsToDecide } from '../../src/compare/sequential.js';
import { DEFAULT_OPTIONS } from '../../src/compare/types.js';
import type { ResultSet } from '../../src/suite/protocol.js';

const META = { type: 'meta', target: 'local', os: 'Linux', release: '6.1', arch: 'x86_64', ncpu: 2, cpu: 'test CPU', cc: 'cc' } as const;

/** The estimate a run of `n` rounds would have if the one of `rounds` held: the same change, its error shrunk as √(rounds/n). */
const projected = (e: Estimate, rounds: number, n: number): Estimate => ({ d: e.d, se: e.se * Math.sqrt(rounds / n), df: Math.max(pairedDf(n), 1) });
const within = (ci: [number, number], thr: number) => ci[0] >= -thr && ci[1] <= thr;

describe('the rounds that would decide an undecided level', () => {
  it('are the fewest at which the 90% interval of a level that did not move lies within the threshold', () => {
    const est: Estimate = { d: 0.004, se: 0.03, df: pairedDf(10) };
    const n = roundsToDecide(est, 10, 0.05, 0.9, 0.99)!;
    expect(n).toBeGreaterThan(10);
    expect(within(interval(projected(est, 10, n), 0.9), 0.05)).toBe(true);
    expect(within(interval(projected(est, 10, n - 1), 0.9), 0.05)).toBe(false);
    // A wider spread needs more rounds, four times the variance about four times as many.
    const wider = roundsToDecide({ ...est, se: 0.06 }, 10, 0.05, 0.9, 0.99)!;
    expect(wider / n).toBeGreaterThan(3);
    expect(wider / n).toBeLessThan(5);
  });

  it('are those at which a change beyond the threshold is told from none, at the level a change is called', () => {
    const est: Estimate = { d: Math.log(1.12), se: 0.08, df: pairedDf(10) };
    const n = roundsToDecide(est, 10, 0.05, 0.9, 0.99)!;
    const [lo] = interval(projected(est, 10, n), 0.99);
    expect(lo).toBeGreaterThan(0);
    expect(interval(projected(est, 10, n - 1), 0.99)[0]).toBeLessThanOrEqual(0);
  });

  it('are none for an estimate at the threshold itself, or a spread no run of 1,000 rounds narrows enough', () => {
    expect(roundsToDecide({ d: Math.log1p(0.05) - 1e-9, se: 0.01, df: 5 }, 10, 0.05, 0.9, 0.99)).toBeNull();
    expect(roundsToDecide({ d: 0, se: 2, df: 5 }, 10, 0.05, 0.9, 0.99)).toBeNull();
  });
});

/** One side: `rounds` rounds of the pipe figure, each round's value off by its own noise of `sigma` (log). */
function side(rounds: number, sigma: number, seed: number): ResultSet {
  const rng = new Rng(seed);
  const rs: ResultSet = { meta: { ...META }, samples: [], values: [], errors: [], malformed: [] };
  for (let r = 0; r < rounds; r++) rs.values.push({ type: 'value', bench: 'pipe', run: r, value: 5000 * Math.exp(sigma * rng.normal()), unit: 'MB/s', better: 'higher' });
  return rs;
}
const labels = { a: { label: 'A' }, b: { label: 'B' } };

describe('a side-by-side report of a level it could not decide', () => {
  it('says how many rounds would decide it, and a run of that many does, in most tries', () => {
    let told = 0;
    let decided = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const report = compareAb({ a: side(10, 0.06, seed * 2), b: side(10, 0.06, seed * 2 + 1) }, labels, 10, DEFAULT_OPTIONS);
      const first = report.results[0]!;
      if (first.verdict !== 'noisy') continue;
      expect(first.cause?.kind).toBe('wide-interval');
      const n = first.cause!.rounds;
      expect(n).not.toBeUndefined();
      if (n === null || n === undefined) continue;
      expect(n).toBeGreaterThan(10);
      expect(first.note).toContain(`about ${n} rounds would decide it, if its spread holds`);
      // The CLI ends the target with the run that would decide it.
      expect(renderComparison(report)).toContain(`More rounds: pipe would be decided by about ${n} if its spread holds (--bench pipe --rounds ${n} --max-rounds ${n}).`);
      told++;
      const again = compareAb({ a: side(n, 0.06, 1000 + seed * 2), b: side(n, 0.06, 1001 + seed * 2) }, labels, n, DEFAULT_OPTIONS).results[0]!;
      if (again.verdict === 'unchanged') decided++;
      // Identical sides: more rounds never make an alarm of them.
      expect(['unchanged', 'noisy']).toContain(again.verdict);
    }
    expect(told).toBeGreaterThanOrEqual(10);
    expect(decided / told).toBeGreaterThanOrEqual(0.5);
  });
});
