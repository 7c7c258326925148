import { describe, expect, it } from 'vitest';
import { mad, median, medianInPlace, normalCdf, quantileSorted, quantilesInPlace, roundSig, tQuantile, tTwoSidedP } from '../../src/analysis/stats.js';
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
