/**
 * What a curve chart plots of the raw samples: every run, thinned to a fixed number of points so
 * that a chart stays light whatever the number of samples. n is cut into equal slices; each run
 * gives the sample at the median rank of its samples in each slice, and for a bimodal curve also those
 * at the 10th and 90th percentile ranks, so that both branches stay visible. Pure.
 */
import type { CurveColumns } from '../../analysis/columns.js';
import { selectInPlace } from '../../analysis/stats.js';

export const SLICES = 32;

export interface RunPoint {
  run: number;
  n: number;
  ns: number;
  /** Which quantile of the run's samples in the slice: 0.5, or 0.1 and 0.9 for a bimodal curve. */
  q: number;
}

export function thinRuns(cols: CurveColumns, bimodal: boolean, slices = SLICES): RunPoint[] {
  const total = cols.n.length;
  if (total === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < total; i++) {
    const n = cols.n[i]!;
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  const runs = cols.runIds.length;
  const width = hi > lo ? (hi - lo) / slices : 1;
  const cellOf = (i: number) => cols.run[i]! * slices + Math.min(slices - 1, Math.floor((cols.n[i]! - lo) / width));
  // Counting sort of the samples by (run, slice), then quantiles within each cell.
  const start = new Int32Array(runs * slices + 1);
  for (let i = 0; i < total; i++) start[cellOf(i) + 1]!++;
  for (let c = 0; c < runs * slices; c++) start[c + 1]! += start[c]!;
  const fill = start.slice();
  const ns = new Float64Array(total);
  const nSum = new Float64Array(runs * slices);
  for (let i = 0; i < total; i++) {
    const c = cellOf(i);
    ns[fill[c]!++] = cols.ns[i]!;
    nSum[c]! += cols.n[i]!;
  }
  const out: RunPoint[] = [];
  const ps = bimodal ? [0.1, 0.5, 0.9] : [0.5];
  for (let c = 0; c < runs * slices; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (to === from) continue;
    const n = nSum[c]! / (to - from);
    const run = cols.runIds[Math.floor(c / slices)]!;
    // Nearest rank, not interpolated: every dot is a sample that was measured, never a value between two branches.
    for (const q of ps) out.push({ run, n: Math.round(n * 10) / 10, ns: selectInPlace(ns, from, to, Math.round(q * (to - from - 1))), q });
  }
  return out;
}
