/**
 * Log-spaced binning of a curve's samples. The summary grid has 10 bins a decade of n (what baselines
 * store and what orders are fitted to); a finer grid of 40 a decade locates steps. Within each bin the
 * log latencies are sorted, pooled over runs, and optionally the median of each run is kept.
 */
import type { CurveColumns } from './columns.js';
import { medianInPlace, quantileInPlace } from './stats.js';

const SUBSAMPLE = 255;

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
  /** Summary grid only: quartiles of log(ns) of each bin. */
  q1s: number[];
  q3s: number[];
  /**
   * Summary grid only: a sorted subsample of each bin's log(ns) (every value up to 255, else evenly
   * spaced by rank), enough to see two clusters without sorting hundreds of thousands of samples.
   */
  samples: Float64Array[];
  /** Per bin, per run: median log(ns) of that run in the bin, NaN where it has none (when asked for). */
  runMedians: Float64Array | null;
  runs: number;
}

/** Per-sample values both grids need, computed once: the fine bin and log(ns). */
export interface Prepared {
  fineBin: Int32Array;
  logs: Float64Array;
}

export function prepare(cols: CurveColumns): Prepared {
  const len = cols.n.length;
  const fineBin = new Int32Array(len);
  const logs = new Float64Array(len);
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

/** Bin a curve on the fine grid, or (coarse) on the summary grid: 40 = 4 × 10, so a coarse bin is fine ÷ 4. */
export function binCurve(cols: CurveColumns, prep: Prepared, coarse: boolean): Binned {
  const len = cols.n.length;
  const runs = cols.runIds.length;
  const withRuns = coarse;
  const div = coarse ? FINE_PER_DECADE / GRID_PER_DECADE : 1;
  let minB = Infinity;
  let maxB = -Infinity;
  for (let i = 0; i < len; i++) {
    const b = prep.fineBin[i]!;
    if (b < minB) minB = b;
    if (b > maxB) maxB = b;
  }
  if (len === 0) return { bins: [], n: [], start: new Int32Array(1), logs: new Float64Array(0), medians: [], q1s: [], q3s: [], samples: [], runMedians: null, runs };
  minB = Math.floor(minB / div);
  maxB = Math.floor(maxB / div);
  const width = withRuns ? runs : 1;
  const bins = maxB - minB + 1;
  const keys = bins * width;
  const offset = new Int32Array(keys + 1);
  const key = new Int32Array(len);
  const lo = new Float64Array(bins).fill(Infinity);
  const hi = new Float64Array(bins).fill(-Infinity);
  for (let i = 0; i < len; i++) {
    const b = Math.floor(prep.fineBin[i]! / div) - minB;
    const k = b * width + (withRuns ? cols.run[i]! : 0);
    key[i] = k;
    offset[k + 1]!++;
    const n = cols.n[i]!;
    if (n < lo[b]!) lo[b] = n;
    if (n > hi[b]!) hi[b] = n;
  }
  for (let k = 0; k < keys; k++) offset[k + 1]! += offset[k]!;
  const logs = new Float64Array(len);
  const cursor = offset.slice(0, keys);
  for (let i = 0; i < len; i++) logs[cursor[key[i]!]!++] = prep.logs[i]!;
  const present: number[] = [];
  const reps: number[] = [];
  const starts: number[] = [];
  const runMedians: number[] = [];
  const medians: number[] = [];
  const q1s: number[] = [];
  const q3s: number[] = [];
  const samples: Float64Array[] = [];
  for (let b = 0; b < bins; b++) {
    const from = offset[b * width]!;
    const to = offset[(b + 1) * width]!;
    if (to === from) continue;
    if (withRuns) {
      for (let r = 0; r < width; r++) {
        const s = offset[b * width + r]!;
        const e = offset[b * width + r + 1]!;
        if (e === s) {
          runMedians.push(NaN);
          continue;
        }
        runMedians.push(medianInPlace(logs, s, e));
      }
      q1s.push(quantileInPlace(logs, from, to, 0.25));
      q3s.push(quantileInPlace(logs, from, to, 0.75));
      medians.push(quantileInPlace(logs, from, to, 0.5));
      // After the selections the bin is partitioned by rank, so even spacing samples every stretch.
      const k = to - from;
      const stride = Math.ceil(k / SUBSAMPLE);
      const sample = new Float64Array(Math.ceil(k / stride));
      for (let j = 0; j < sample.length; j++) sample[j] = logs[from + j * stride]!;
      samples.push(sample.sort());
    } else {
      medians.push(medianInPlace(logs, from, to));
    }
    present.push(b + minB);
    reps.push(Math.round(Math.sqrt(Math.max(lo[b]!, 1) * Math.max(hi[b]!, 1))));
    starts.push(from);
  }
  starts.push(len);
  return { bins: present, n: reps, start: Int32Array.from(starts), logs, medians, q1s, q3s, samples, runMedians: withRuns ? Float64Array.from(runMedians) : null, runs };
}
