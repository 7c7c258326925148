/**
 * Change of a scalar figure: the ratio of the medians of its repetitions, a percentile bootstrap
 * interval of that ratio (seeded, so the same input gives the same report), and a Mann–Whitney rank
 * test for the p-value (exact for small samples, where the repetitions of a figure usually are).
 */
import { Rng } from '../analysis/random.js';
import { median, medianInPlace, normalCdf, quantileSorted } from '../analysis/stats.js';
import type { LevelOutcome } from './levels.js';

const RESAMPLES = 2000;

/** A stable 32-bit seed from a name (FNV-1a). */
export function seedOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function resampledMedian(values: readonly number[], rng: Rng, scratch: Float64Array): number {
  for (let i = 0; i < values.length; i++) scratch[i] = values[rng.int(values.length)]!;
  return medianInPlace(scratch, 0, values.length);
}

/** Two-sided p-value of the Mann–Whitney U test. */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const m = a.length;
  const n = b.length;
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v);
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  let ra = 0;
  all.forEach((x, i) => {
    if (x.g === 0) ra += ranks[i]!;
  });
  const u = ra - (m * (m + 1)) / 2;
  const centred = Math.abs(u - (m * n) / 2);
  if (tieTerm === 0 && m + n <= 40) {
    // Exact null distribution of U by counting: ways[k] = arrangements with U = k.
    const ways = exactU(m, n);
    const total = ways.reduce((s, w) => s + w, 0);
    let tail = 0;
    ways.forEach((w, k) => {
      if (Math.abs(k - (m * n) / 2) >= centred - 1e-9) tail += w;
    });
    return Math.min(1, tail / total);
  }
  const sd = Math.sqrt(((m * n) / 12) * (m + n + 1 - tieTerm / ((m + n) * (m + n - 1))));
  if (sd === 0) return 1;
  return Math.min(1, 2 * (1 - normalCdf((centred - 0.5) / sd)));
}

/** Number of ways to reach each U for samples of m and n without ties (a standard recursion). */
function exactU(m: number, n: number): number[] {
  // f[i][j][k]: arrangements of i from the first sample and j from the second with U = k.
  let prev: number[][] = Array.from({ length: n + 1 }, () => [1]);
  for (let i = 1; i <= m; i++) {
    const next: number[][] = [];
    for (let j = 0; j <= n; j++) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      // The largest element belongs to the first sample (adds j to U) or to the second.
      const fromA = prev[j]!;
      for (let k = 0; k < fromA.length; k++) row[k + j] = (row[k + j] ?? 0) + fromA[k]!;
      if (j > 0) {
        const fromB = next[j - 1]!;
        for (let k = 0; k < fromB.length; k++) row[k] = row[k]! + fromB[k]!;
      }
      next.push(row);
    }
    prev = next;
  }
  return prev[n]!;
}

/**
 * `sessionNoise` (relative; see levels.ts welch) widens the bootstrap interval, in log space, by the
 * spread two sessions show, and the p-value is then the larger of the rank test's and a normal test's
 * on the widened interval: a change must stand out of both the repetitions' scatter and the sessions'.
 */
export function figureChange(base: readonly number[], cur: readonly number[], seedName: string, sessionNoise = 0): LevelOutcome {
  const pos = (v: readonly number[]) => v.filter((x) => Number.isFinite(x));
  const b = pos(base);
  const c = pos(cur);
  if (b.length < 3 || c.length < 3) {
    const few = Math.min(b.length, c.length);
    return { ok: false, reason: `only ${few} repetition${few === 1 ? '' : 's'} on one side, too few to judge` };
  }
  const mb = median(b);
  const mc = median(c);
  if (!(mb > 0) || !(mc > 0)) return { ok: false, reason: 'the medians are not positive, so a ratio means nothing' };
  const rng = new Rng(seedOf(seedName));
  const sorted = new Float64Array(RESAMPLES);
  const sb = new Float64Array(b.length);
  const sc = new Float64Array(c.length);
  for (let i = 0; i < RESAMPLES; i++) {
    const rb = resampledMedian(b, rng, sb);
    const rc = resampledMedian(c, rng, sc);
    sorted[i] = rb > 0 ? rc / rb : Infinity;
  }
  sorted.sort();
  let lo = quantileSorted(sorted, 0.025) - 1;
  let hi = quantileSorted(sorted, 0.975) - 1;
  let p = mannWhitneyP(b, c);
  if (sessionNoise > 0) {
    const d = Math.log(mc / mb);
    const extra = 1.96 * Math.SQRT2 * Math.log1p(sessionNoise);
    const below = d - Math.log1p(lo);
    const above = Math.log1p(hi) - d;
    lo = Math.exp(d - Math.hypot(below, extra)) - 1;
    hi = Math.exp(d + Math.hypot(above, extra)) - 1;
    const se = (Math.log1p(hi) - Math.log1p(lo)) / (2 * 1.96);
    p = Math.max(p, Math.min(1, 2 * (1 - normalCdf(Math.abs(d) / Math.max(se, 1e-12)))));
  }
  return { ok: true, level: { change: mc / mb - 1, ci: [lo, hi], p, noise: (hi - lo) / 2, matched: Math.min(b.length, c.length) } };
}
