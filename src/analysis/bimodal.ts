/**
 * Bimodality across runs: the Linux 2.4 fork curve of “Benchmarking BSD and Linux”, where every point lands at random on
 * one of two curves (an O(1) one and an O(n) one). In each grid bin with enough samples the sorted log
 * latencies (a rank-spaced subsample of at most 511) are split in two where the classes differ most
 * (Otsu's criterion). The bin is bimodal when both classes hold at least 15% of it, their medians are
 * 1.3× apart, and that gap is three robust spreads of the wider class, so a long tail of disturbed
 * samples is not a second curve. The curve is bimodal when at least half of the well-filled bins in
 * the upper half of its n range are.
 */
import type { Binned } from './grid.js';
import { medianSorted } from './stats.js';

const MIN_COUNT = 30;
const MIN_SHARE = 0.15;
const MIN_SEPARATION = 3;
const MIN_GAP = Math.log(1.3);

export interface BinSplit {
  /** First index (within the bin's sorted logs) of the slower class. */
  at: number;
  lower: number;
  upper: number;
}

export interface BimodalSplit {
  /** Per grid bin: its split, or null where the bin is not bimodal. */
  splits: (BinSplit | null)[];
  upperShare: number;
}

/** Best two-class split of sorted values v[from..to), or null when it is not clearly bimodal. */
export function splitBin(v: Float64Array, from: number, to: number): BinSplit | null {
  const k = to - from;
  if (k < MIN_COUNT) return null;
  let total = 0;
  for (let i = from; i < to; i++) total += v[i]!;
  let left = 0;
  let bestAt = -1;
  let bestScore = -Infinity;
  const lo = Math.ceil(MIN_SHARE * k);
  const hi = Math.floor((1 - MIN_SHARE) * k);
  for (let s = 1; s < k; s++) {
    left += v[from + s - 1]!;
    if (s < lo || s > hi) continue;
    const ml = left / s;
    const mr = (total - left) / (k - s);
    const score = s * (k - s) * (mr - ml) ** 2;
    if (score > bestScore) {
      bestScore = score;
      bestAt = s;
    }
  }
  if (bestAt < 0) return null;
  const lower = medianSorted(v, from, from + bestAt);
  const upper = medianSorted(v, from + bestAt, to);
  if (upper - lower < MIN_GAP) return null;
  // Both classes must be tight: a second curve, not a long tail of interrupted samples.
  const spreadOf = (a: number, b: number, centre: number): number => {
    const dev = new Float64Array(b - a);
    for (let i = a; i < b; i++) dev[i - a] = Math.abs(v[i]! - centre);
    return 1.4826 * medianSorted(dev.sort());
  };
  const spread = Math.max(spreadOf(from, from + bestAt, lower), spreadOf(from + bestAt, to, upper));
  if (spread > 0 && (upper - lower) / spread < MIN_SEPARATION) return null;
  return { at: bestAt, lower, upper };
}

export function detectBimodal(grid: Binned): BimodalSplit | null {
  const m = grid.bins.length;
  const splits: (BinSplit | null)[] = [];
  for (let i = 0; i < m; i++) splits.push(splitBin(grid.samples[i]!, 0, grid.samples[i]!.length));
  const logN = grid.n.map((n) => Math.log(Math.max(n, 1)));
  const middle = (logN[0]! + logN[m - 1]!) / 2;
  let filled = 0;
  let bimodal = 0;
  let share = 0;
  for (let i = 0; i < m; i++) {
    const count = grid.start[i + 1]! - grid.start[i]!;
    if (logN[i]! < middle || count < MIN_COUNT) continue;
    filled++;
    const s = splits[i];
    if (s) {
      bimodal++;
      share += 1 - s.at / grid.samples[i]!.length;
    }
  }
  if (filled < 3 || bimodal < filled / 2) return null;
  return { splits, upperShare: share / bimodal };
}
