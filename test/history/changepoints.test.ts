/**
 * Change points of a series over commits (src/history/changepoints.ts), on seeded series whose truth is
 * known: noise alone (normal, and heavy-tailed as real rounds are), steps of 10% and 5% at a noise of
 * 2.5% (what a level measured side by side with a reference moves by here, docs/statistics.md), a
 * one-commit spike, and a series with two steps. The counts are exact for these seeds; the bars they
 * are held to are the ones the history must meet.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/analysis/random.js';
import { changePoints, noisesOf, PRECISION_CAP } from '../../src/history/changepoints.js';

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

  it('names a fivefold step (a growth when the order changes) within 3 commits though the values after it scatter by 20%', () => {
    // Three values after the step cannot tell their own spread: Welch's t with 2 degrees of freedom
    // kept about a third of such steps; their ranks against the thirty before decide.
    const r = new Rng(13);
    let found = 0;
    for (let k = 0; k < 200; k++) {
      const xs = Array.from({ length: 53 }, (_, i) => (i < 50 ? Math.exp(0.03 * normal(r)) : 5 * Math.exp(0.2 * normal(r))));
      if (changePoints(xs).changes.some((c) => c.index === 50)) found++;
    }
    expect(found).toBeGreaterThanOrEqual(190);
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

  it('with standard errors that are all alike, finds exactly what it finds without them', () => {
    const r = new Rng(7);
    for (let k = 0; k < 100; k++) {
      const xs = series(r, heavy, 100, 0.025, (i) => (i >= 50 ? 1.05 : 1));
      expect(changePoints(xs, {}, xs.map(() => 0.01)).changes.map((c) => c.index), `series ${k}`).toEqual(changePoints(xs).changes.map((c) => c.index));
    }
  });

  describe('each record weighed by its own standard error', () => {
    // Sessions of a shared machine: a quiet one measures a level to ±1%, a busy one to ±6%, in turn at random.
    const draw = (r: Rng, n: number, factor: (i: number) => number = () => 1) => {
      const ses = Array.from({ length: n }, () => (r.next() < 0.5 ? 0.01 : 0.06));
      return { xs: ses.map((se, i) => Math.exp(se * heavy(r)) * factor(i)), ses };
    };

    it('finds a 5% step among sessions of mixed precision far more often than when all count alike', () => {
      const r = new Rng(8);
      let weighted = 0;
      let alike = 0;
      for (let k = 0; k < 200; k++) {
        const { xs, ses } = draw(r, 58, (i) => (i >= 50 ? 1.05 : 1));
        if (changePoints(xs, {}, ses).changes.some((c) => c.index >= 47 && c.index <= 53)) weighted++;
        if (changePoints(xs).changes.some((c) => c.index >= 47 && c.index <= 53)) alike++;
      }
      expect(weighted).toBeGreaterThanOrEqual(160);
      expect(weighted).toBeGreaterThan(alike + 40);
    });

    it('finds fewer changes in such noise alone than when all count alike: about 1 in 100 series of 100 commits', () => {
      const r = new Rng(9);
      let weighted = 0;
      let alike = 0;
      for (let k = 0; k < 1000; k++) {
        const { xs, ses } = draw(r, 100);
        weighted += changePoints(xs, {}, ses).changes.length;
        alike += changePoints(xs).changes.length;
      }
      // Heavy tails and a sixfold mix of precisions: all alike, the same series show more.
      expect(weighted).toBeLessThanOrEqual(15);
      expect(weighted).toBeLessThan(alike);
    });

    it('counts no record for more than 16 typical ones, whatever precision it claims, and one without a standard error as a typical one', () => {
      const r = new Rng(10);
      const logs = series(r, normal, 100, 0.025).map(Math.log);
      const ses: (number | null)[] = logs.map(() => 0.025);
      ses[60] = 0.0001;
      ses[30] = null;
      const sigmas = noisesOf(logs, ses);
      expect(sigmas[60]! / sigmas[59]!).toBeCloseTo(1 / PRECISION_CAP, 12);
      expect(sigmas[30]).toBe(sigmas[59]);
      // The scale is read from the series: about the 2.5% it was drawn with.
      expect(sigmas[59]).toBeGreaterThan(0.02);
      expect(sigmas[59]).toBeLessThan(0.03);
    });

    it("moderates a standard error toward the series' typical one by its degrees of freedom: a precise claim from 3 rounds weighs about a typical record", () => {
      const r = new Rng(12);
      const logs = series(r, normal, 100, 0.025).map(Math.log);
      const ses: number[] = logs.map(() => 0.025);
      ses[60] = 0.0025;
      const dfs = logs.map(() => 10);
      const rough = noisesOf(logs, ses, dfs.map((d, i) => (i === 60 ? 2 : d)), 10);
      const sure = noisesOf(logs, ses, dfs.map((d, i) => (i === 60 ? 1000 : d)), 10);
      // (10 · 0.025² + 2 · 0.0025²) ÷ 12: the rough one's noise is 0.91 of a typical record's.
      expect(rough[60]! / rough[59]!).toBeCloseTo(Math.sqrt((10 * 0.025 ** 2 + 2 * 0.0025 ** 2) / 12) / 0.025, 12);
      // Its own, from 1,000 degrees of freedom, to the cap.
      expect(sure[60]! / sure[59]!).toBeCloseTo(1 / PRECISION_CAP, 12);
      // A missing count of degrees counts as the prior's; without any, no moderation.
      const unknown = noisesOf(logs, ses, logs.map(() => null), 10);
      expect(unknown[60]! / unknown[59]!).toBeCloseTo(Math.sqrt((10 * 0.025 ** 2 + 10 * 0.0025 ** 2) / 20) / 0.025, 12);
      expect(noisesOf(logs, ses)).toEqual(noisesOf(logs, ses, undefined, 10));
    });

    it('takes a spike on one precise record for no step: one record and its neighbours are not a segment by weight', () => {
      const r = new Rng(11);
      for (let k = 0; k < 100; k++) {
        const xs = series(r, normal, 100, 0.025, (i) => (i === 60 ? 1.5 : 1));
        const ses = xs.map((_, i) => (i === 60 ? 0.025 / PRECISION_CAP : 0.025));
        expect(changePoints(xs, {}, ses).changes, `series ${k}`).toEqual([]);
      }
    });
  });

  it('finds the step of a series that does not scatter at all, and nothing in one too short to hold one', () => {
    expect(changePoints([5, 5, 5, 5, 5, 7, 7, 7, 7, 7]).changes.map((c) => c.index)).toEqual([5]);
    expect(changePoints([5, 5, 5, 5, 5, 5]).changes).toEqual([]);
    expect(changePoints([1, 2, 3]).changes).toEqual([]);
  });
});
