/**
 * Raw samples of one curve in columns (typed arrays): a full suite is hundreds of thousands of
 * samples a target, so everything downstream works on these rather than on record objects.
 */
import type { SampleRecord } from '../suite/protocol.js';

export interface CurveColumns {
  n: Float64Array;
  ns: Float64Array;
  /** Run index 0..runIds.length − 1 (not the raw run number). */
  run: Int32Array;
  /** The raw run numbers, ascending. */
  runIds: number[];
}

/** Split samples by benchmark into columns, in one counting pass and one filling pass. */
export function curveColumns(samples: readonly SampleRecord[]): Map<string, CurveColumns> {
  const counts = new Map<string, number>();
  const runSets = new Map<string, Set<number>>();
  let current = '';
  let count = 0;
  let set: Set<number> | undefined;
  let lastRun = NaN;
  for (const s of samples) {
    if (s.bench !== current || !set) {
      if (set) counts.set(current, count);
      current = s.bench;
      count = counts.get(current) ?? 0;
      set = runSets.get(current);
      if (!set) runSets.set(current, (set = new Set()));
      lastRun = NaN;
    }
    count++;
    if (s.run !== lastRun) set.add((lastRun = s.run));
  }
  if (set) counts.set(current, count);
  const out = new Map<string, CurveColumns>();
  const fill = new Map<string, number>();
  const runIndex = new Map<string, Map<number, number>>();
  for (const [name, total] of counts) {
    const runIds = [...runSets.get(name)!].sort((a, b) => a - b);
    runIndex.set(name, new Map(runIds.map((r, i) => [r, i])));
    out.set(name, { n: new Float64Array(total), ns: new Float64Array(total), run: new Int32Array(total), runIds });
    fill.set(name, 0);
  }
  // Samples come in long runs of one benchmark: keep its columns at hand instead of looking them up.
  let bench = '';
  let c: CurveColumns | undefined;
  let runs: Map<number, number> | undefined;
  let i = 0;
  let runAt = 0;
  for (const s of samples) {
    if (s.bench !== bench || !c) {
      if (c) fill.set(bench, i);
      bench = s.bench;
      c = out.get(bench)!;
      runs = runIndex.get(bench)!;
      i = fill.get(bench)!;
      lastRun = NaN;
    }
    if (s.run !== lastRun) runAt = runs!.get((lastRun = s.run))!;
    c.n[i] = s.n;
    c.ns[i] = s.ns;
    c.run[i] = runAt;
    i++;
  }
  return out;
}
