/**
 * Log-spaced binning of a curve's samples. The summary grid has 10 bins a decade of n (what baselines
 * store and what orders are fitted to): each bin keeps its log latencies pooled over runs, their median
 * and quartiles (by selection, not sorting), the median of each run, and a small sorted subsample. A
 * finer grid of 40 bins a decade, made in the same pass, locates steps.
 */
import type { CurveColumns } from './columns.js';
import { medianInPlace, quantilesInPlace } from './stats.js';

/** Largest subsample kept per summary bin for the bimodality test. */
export const SUBSAMPLE = 511;

export const GRID_PER_DECADE = 10;
export const FINE_PER_DECADE = 40;

/** Bin of n on a grid with perDecade bins a decade; n ≤ 1 all fall in bin 0. */
export function binOf(n: number, perDecade: number): number {
  return n <= 1 ? 0 : Math.floor(perDecade * Math.log10(n) + 1e-9);
}

/** Latencies of 0 ns (a coarse clock) are clamped so that their logarithm stays finite. */
export const logNs = (ns: number): number => Math.log(ns > 1e-3 ? ns : 1e-3);

export interface Binned {
  /** Bin numbers present, ascending. */
  bins: number[];
  /** Representative n of each bin (geometric middle of the smallest and largest n in it). */
  n: number[];
  /** Offsets into logs: bin i holds logs[start[i]..start[i + 1]). */
  start: Int32Array;
  /** log(ns) of each bin, pooled over runs, in no particular order. */
  logs: Float64Array;
  /** Median log(ns) of each bin. */
  medians: number[];
  /** Quartiles of log(ns) of each bin. */
  q1s: number[];
  q3s: number[];
  /**
   * A sorted subsample of each bin's log(ns) (every value up to 511, else evenly spaced by rank),
   * enough to see two clusters without sorting hundreds of thousands of samples.
   */
  samples: Float64Array[];
  /** Per bin, per run: median log(ns) of that run in the bin, NaN where it has none. */
  runMedians: Float64Array;
  runs: number;
}

/**
 * Scratch space reused from one curve to the next. A full suite bins millions of samples; fresh typed
 * arrays for each curve make the garbage collector sweep the whole heap again and again. A curve's
 * binned data lives only while that curve is analyzed, so each slot is reused by the next curve.
 */
const scratch = {
  fineBin: new Int32Array(0),
  prepLogs: new Float64Array(0),
  key: new Int32Array(0),
  logs: new Float64Array(0),
  sub: new Uint8Array(0),
};

function room<K extends keyof typeof scratch>(slot: K, len: number): (typeof scratch)[K] {
  if (scratch[slot].length < len) {
    const Kind = scratch[slot].constructor as new (n: number) => (typeof scratch)[K];
    scratch[slot] = new Kind(Math.max(len, Math.ceil(scratch[slot].length * 1.5)));
  }
  return scratch[slot].subarray(0, len) as (typeof scratch)[K];
}

/** Per-sample values both grids need, computed once: the fine bin and log(ns). Valid until the next curve is prepared. */
export interface Prepared {
  fineBin: Int32Array;
  logs: Float64Array;
}

export function prepare(cols: CurveColumns): Prepared {
  const len = cols.n.length;
  const fineBin = room('fineBin', len);
  const logs = room('prepLogs', len);
  // n mostly climbs one step at a time, so the last bin's edges usually answer without a logarithm.
  let bin = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < len; i++) {
    const n = cols.n[i]!;
    if (!(n >= lo && n < hi)) {
      bin = binOf(n, FINE_PER_DECADE);
      // Slightly inside the bin's true edges, so rounding can only cost a recomputation.
      lo = bin === 0 ? -Infinity : Math.pow(10, bin / FINE_PER_DECADE) * (1 + 1e-12);
      hi = Math.pow(10, (bin + 1) / FINE_PER_DECADE) * (1 - 1e-12);
    }
    fineBin[i] = bin;
    logs[i] = logNs(cols.ns[i]!);
  }
  return { fineBin, logs };
}

/** The fine grid (40 bins a decade) of a curve: just what step detection needs. */
export interface FineSeries {
  bins: number[];
  n: number[];
  counts: number[];
  /** Median log(ns) of each bin, pooled over runs. */
  medians: number[];
}

/**
 * Bin a curve on the summary grid (by bin and run, in one counting sort) and, from the same pass, on
 * the fine grid: 40 = 4 × 10, so each summary bin holds four fine bins. grid.logs is scratch space,
 * valid until the next curve is binned; everything else is the curve's own.
 */
export function binCurve(cols: CurveColumns, prep: Prepared): { grid: Binned; fine: FineSeries } {
  const len = cols.n.length;
  const runs = cols.runIds.length;
  const div = FINE_PER_DECADE / GRID_PER_DECADE;
  const fine: FineSeries = { bins: [], n: [], counts: [], medians: [] };
  if (len === 0) return { grid: { bins: [], n: [], start: new Int32Array(1), logs: new Float64Array(0), medians: [], q1s: [], q3s: [], samples: [], runMedians: new Float64Array(0), runs }, fine };
  let minF = Infinity;
  let maxF = -Infinity;
  for (let i = 0; i < len; i++) {
    const b = prep.fineBin[i]!;
    if (b < minF) minF = b;
    if (b > maxF) maxF = b;
  }
  const minB = Math.floor(minF / div);
  const bins = Math.floor(maxF / div) - minB + 1;
  const keys = bins * runs;
  const offset = new Int32Array(keys + 1);
  const key = room('key', len);
  // Smallest and largest n of every fine bin, counted from the first fine bin of the first summary bin.
  const fineLo = new Float64Array(bins * div).fill(Infinity);
  const fineHi = new Float64Array(bins * div).fill(-Infinity);
  for (let i = 0; i < len; i++) {
    const f = prep.fineBin[i]! - minB * div;
    const k = Math.floor(f / div) * runs + cols.run[i]!;
    key[i] = k;
    offset[k + 1]!++;
    const n = cols.n[i]!;
    if (n < fineLo[f]!) fineLo[f] = n;
    if (n > fineHi[f]!) fineHi[f] = n;
  }
  for (let k = 0; k < keys; k++) offset[k + 1]! += offset[k]!;
  const logs = room('logs', len);
  const sub = room('sub', len);
  const cursor = offset.slice(0, keys);
  for (let i = 0; i < len; i++) {
    const at = cursor[key[i]!]!++;
    logs[at] = prep.logs[i]!;
    sub[at] = (prep.fineBin[i]! - minB * div) % div;
  }
  const grid: Binned = { bins: [], n: [], start: new Int32Array(0), logs, medians: [], q1s: [], q3s: [], samples: [], runMedians: new Float64Array(0), runs };
  const starts: number[] = [];
  const runMedians: number[] = [];
  let scratch = new Float64Array(0);
  for (let b = 0; b < bins; b++) {
    const from = offset[b * runs]!;
    const to = offset[(b + 1) * runs]!;
    if (to === from) continue;
    // Fine bins first, while sub still lines up with logs: gather each into scratch and take its median.
    if (scratch.length < to - from) scratch = new Float64Array(to - from);
    const subCount = [0, 0, 0, 0];
    for (let i = from; i < to; i++) subCount[sub[i]!]!++;
    const subStart = [0, subCount[0]!, subCount[0]! + subCount[1]!, subCount[0]! + subCount[1]! + subCount[2]!];
    const fill = [...subStart];
    for (let i = from; i < to; i++) scratch[fill[sub[i]!]!++] = logs[i]!;
    for (let s = 0; s < div; s++) {
      if (subCount[s] === 0) continue;
      const f = b * div + s;
      fine.bins.push(f + minB * div);
      fine.n.push(Math.round(Math.sqrt(Math.max(fineLo[f]!, 1) * Math.max(fineHi[f]!, 1))));
      fine.counts.push(subCount[s]!);
      fine.medians.push(medianInPlace(scratch, subStart[s]!, subStart[s]! + subCount[s]!));
    }
    for (let r = 0; r < runs; r++) {
      const s = offset[b * runs + r]!;
      const e = offset[b * runs + r + 1]!;
      runMedians.push(e === s ? NaN : medianInPlace(logs, s, e));
    }
    const [q1, median, q3] = quantilesInPlace(logs, from, to, [0.25, 0.5, 0.75]);
    grid.q1s.push(q1!);
    grid.medians.push(median!);
    grid.q3s.push(q3!);
    // After the selections the bin is partitioned by rank, so even spacing samples every stretch.
    const k = to - from;
    const stride = Math.ceil(k / SUBSAMPLE);
    const sample = new Float64Array(Math.ceil(k / stride));
    for (let j = 0; j < sample.length; j++) sample[j] = logs[from + j * stride]!;
    grid.samples.push(sample.sort());
    let lo = Infinity;
    let hi = -Infinity;
    for (let s = 0; s < div; s++) {
      lo = Math.min(lo, fineLo[b * div + s]!);
      hi = Math.max(hi, fineHi[b * div + s]!);
    }
    grid.bins.push(b + minB);
    grid.n.push(Math.round(Math.sqrt(Math.max(lo, 1) * Math.max(hi, 1))));
    starts.push(from);
  }
  starts.push(len);
  grid.start = Int32Array.from(starts);
  grid.runMedians = Float64Array.from(runMedians);
  return { grid, fine };
}
