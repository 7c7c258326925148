import { describe, expect, it } from 'vitest';
import { mad, median, medianInPlace, normalCdf, quantileSorted, quantilesInPlace, rankSumP, roundSig, tQuantile, tTwoSidedP } from '../../src/analysis/stats.js';
import { Rng } from '../../src/analysis/random.js';

describe('order statistics', () => {
  it.each([
    [[1], 1],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
    expect(medianInPlace(Float64Array.from(values), 0, values.length)).toBe(expected);
  });

  it('selects the median of a shuffled range in place, as sorting would', () => {
    const rng = new Rng(7);
    for (let len = 1; len < 60; len++) {
      const a = Float64Array.from({ length: len }, () => Math.floor(rng.next() * 20));
      const sorted = Float64Array.from(a).sort();
      expect(medianInPlace(a, 0, len)).toBe(quantileSorted(sorted, 0.5));
    }
  });

  it('selects several quantiles at once, as sorting would', () => {
    const rng = new Rng(11);
    for (let len = 1; len < 80; len++) {
      const a = Float64Array.from({ length: len }, () => Math.floor(rng.next() * 30));
      const sorted = Float64Array.from(a).sort();
      const ps = [0.25, 0.5, 0.75, 0.1];
      expect(quantilesInPlace(a, 0, len, ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
    }
  });

  it('scales the MAD to a normal standard deviation', () => {
    const rng = new Rng(1);
    const values = Array.from({ length: 20000 }, () => 3 * rng.normal());
    expect(mad(values)).toBeCloseTo(3, 1);
  });

  it('rounds to significant digits', () => {
    expect(roundSig(812.3456)).toBe(812.3);
    expect(roundSig(0.000123456, 2)).toBe(0.00012);
  });
});

describe('distributions', () => {
  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [-1, 0.158655],
  ])('normal cdf(%d) = %d', (z, p) => expect(normalCdf(z)).toBeCloseTo(p, 5));

  it.each([
    [4, 2.776445],
    [8, 2.306004],
    [30, 2.042272],
  ])('t quantile 0.975 with %d df is %d', (df, q) => expect(tQuantile(0.025, df)).toBeCloseTo(q, 4));

  it('gives two-sided t p-values', () => {
    expect(tTwoSidedP(2.776445, 4)).toBeCloseTo(0.05, 5);
    expect(tTwoSidedP(0, 10)).toBeCloseTo(1, 10);
  });

  it('gives the exact rank-sum p: complete separation is 2 ÷ C(m + n, n), U = 1 of 4 and 4 is 4 ÷ 70', () => {
    const before = Array.from({ length: 30 }, (_, i) => i);
    expect(rankSumP(before, [100, 101, 102])).toBeCloseTo(2 / 5456, 12);
    expect(rankSumP([100, 101, 102], before)).toBeCloseTo(2 / 5456, 12);
    expect(rankSumP([1, 2, 3], [4, 5, 6])).toBeCloseTo(0.1, 12);
    expect(rankSumP([1, 2, 3, 5], [4, 6, 7, 8])).toBeCloseTo(4 / 70, 12);
    expect(rankSumP([1, 2], [1, 2])).toBe(1);
  });

  it('agrees with counting every split of the pooled values, on random samples of up to 8 values', () => {
    const r = new Rng(12);
    for (let t = 0; t < 40; t++) {
      const m = 1 + Math.floor(r.next() * 5);
      const n = 1 + Math.floor(r.next() * 3);
      const x = Array.from({ length: m }, () => r.next());
      const y = Array.from({ length: n }, () => r.next() + 0.2);
      const pooled = [...x, ...y];
      const uOf = (xs: number[], ys: number[]) => xs.reduce((t2, a) => t2 + ys.reduce((t3, b) => t3 + (b > a ? 1 : b === a ? 0.5 : 0), 0), 0);
      const u = uOf(x, y);
      // Every way of choosing which n of the m + n values are the y's, by bit masks.
      let below = 0;
      let above = 0;
      let all = 0;
      for (let mask = 0; mask < 1 << (m + n); mask++) {
        let bits = 0;
        for (let k = 0; k < m + n; k++) bits += (mask >> k) & 1;
        if (bits !== n) continue;
        const ys = pooled.filter((_, k) => (mask >> k) & 1);
        const xs = pooled.filter((_, k) => !((mask >> k) & 1));
        const v = uOf(xs, ys);
        all++;
        if (v <= u) below++;
        if (v >= u) above++;
      }
      expect(rankSumP(x, y), `x ${x} y ${y}`).toBeCloseTo(Math.min(1, (2 * Math.min(below, above)) / all), 12);
    }
  });
});

describe('Rng', () => {
  it('repeats its sequence for one seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });
});
