/**
 * Change points of a series over commits (src/history/changepoints.ts), on seeded series whose truth is
 * known: noise alone (normal, and heavy-tailed as real rounds are), steps of 10% and 5% at a noise of
 * 2.5% (what a level measured side by side with a reference moves by here, docs/statistics.md), a
 * one-commit spike, and a series with two steps. The counts are exact for these seeds; the bars they
 * are held to are the ones the history must meet.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/analysis/random.js';
import { changePoints } from '../../src/history/changepoints.js';

function normal(r: Rng): number {
  const u = Math.max(r.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}

/** Student t with 3 degrees of freedom, scaled to a standard deviation of 1: tails like real rounds'. */
function heavy(r: Rng): number {
  const chi = normal(r) ** 2 + normal(r) ** 2 + normal(r) ** 2;
  return normal(r) / Math.sqrt(chi / 3) / Math.sqrt(3);
}

/** A series of `n` commits at noise σ (relative), its level × `factor(i)` at commit i. */
function series(r: Rng, noise: (r: Rng) => number, n: number, sigma: number, factor: (i: number) => number = () => 1): number[] {
  return Array.from({ length: n }, (_, i) => Math.exp(sigma * noise(r)) * factor(i));
}

describe('change points over commits', () => {
  it('finds about no change in noise alone: at most 1 in 100 series of 100 commits, normal or heavy-tailed', () => {
    for (const noise of [normal, heavy]) {
      const r = new Rng(1);
      let found = 0;
      for (let k = 0; k < 1000; k++) found += changePoints(series(r, noise, 100, 0.025)).changes.length;
      expect(found, noise.name).toBeLessThanOrEqual(10);
    }
  });

  it('finds a 10% step within 8 commits of where it happened in every series, with its size in the interval', () => {
    const r = new Rng(2);
    let found = 0;
    let covered = 0;
    for (let k = 0; k < 200; k++) {
      const cps = changePoints(series(r, heavy, 100, 0.025, (i) => (i >= 50 ? 1.1 : 1))).changes;
      const cp = cps.find((c) => c.index >= 47 && c.index <= 58);
      if (cp) found++;
      if (cp && cp.ci[0] <= 0.1 && cp.ci[1] >= 0.1) covered++;
      expect(cps.length, `series ${k}`).toBeLessThanOrEqual(2);
    }
    expect(found).toBe(200);
    expect(covered).toBeGreaterThanOrEqual(180);
  });

  it('finds a 5% step within 8 commits in at least 9 series of 10', () => {
    const r = new Rng(3);
    let found = 0;
    for (let k = 0; k < 200; k++) if (changePoints(series(r, heavy, 100, 0.025, (i) => (i >= 50 ? 1.05 : 1))).changes.some((c) => c.index >= 47 && c.index <= 58)) found++;
    expect(found).toBeGreaterThanOrEqual(180);
  });

  it('takes a spike of one commit for no step, however tall', () => {
    const r = new Rng(4);
    for (let k = 0; k < 100; k++) expect(changePoints(series(r, normal, 100, 0.025, (i) => (i === 60 ? 1.5 : 1))).changes).toEqual([]);
  });

  it('names each of two steps, up and then down, with its direction and the commits either side', () => {
    const r = new Rng(5);
    const { changes } = changePoints(series(r, normal, 120, 0.02, (i) => (i >= 40 && i < 80 ? 1.2 : 1)));
    expect(changes.map((c) => c.index)).toEqual([40, 80]);
    expect(changes[0]!.change).toBeGreaterThan(0.15);
    expect(changes[1]!.change).toBeLessThan(-0.1);
    expect(changes[0]!.p).toBeLessThan(1e-6);
    expect(changes[0]).toMatchObject({ before: 30, after: 30 });
  });

  it('keeps a change where it found it as later commits arrive: one change, one commit, not a new one each push', () => {
    const r = new Rng(6);
    const full = series(r, heavy, 100, 0.025, (i) => (i >= 50 ? 1.1 : 1));
    const seen = new Set<number>();
    for (let n = 60; n <= 100; n++) for (const c of changePoints(full.slice(0, n)).changes) seen.add(c.index);
    expect([...seen]).toHaveLength(1);
    expect([...seen][0]).toBeGreaterThanOrEqual(47);
    expect([...seen][0]).toBeLessThanOrEqual(53);
  });

  it('finds the step of a series that does not scatter at all, and nothing in one too short to hold one', () => {
    expect(changePoints([5, 5, 5, 5, 5, 7, 7, 7, 7, 7]).changes.map((c) => c.index)).toEqual([5]);
    expect(changePoints([5, 5, 5, 5, 5, 5]).changes).toEqual([]);
    expect(changePoints([1, 2, 3]).changes).toEqual([]);
  });
});
