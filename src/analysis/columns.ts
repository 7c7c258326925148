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

/**
 * Split samples by benchmark into columns. The records are read once, into columns for all of them;
 * a benchmark whose samples are contiguous (the suite writes one benchmark at a time) then gets views
 * of those columns, and only interleaved ones are copied out.
 */
export function curveColumns(samples: readonly SampleRecord[]): Map<string, CurveColumns> {
  const total = samples.length;
  const n = new Float64Array(total);
  const ns = new Float64Array(total);
  const run = new Int32Array(total);
  const benchOf = new Int32Array(total);
  const names: string[] = [];
  const index = new Map<string, number>();
  /** Per benchmark: raw run number → index in order of first appearance. */
  const runSeen: Map<number, number>[] = [];
  // Samples come in long stretches of one benchmark and one run: look names up only when they change.
  let name = '';
  let b = -1;
  let lastRun = NaN;
  let runAt = 0;
  for (let i = 0; i < total; i++) {
    const s = samples[i]!;
    if (s.bench !== name || b < 0) {
      name = s.bench;
      let at = index.get(name);
      if (at === undefined) {
        at = names.length;
        index.set(name, at);
        names.push(name);
        runSeen.push(new Map());
      }
      b = at;
      lastRun = NaN;
    }
    if (s.run !== lastRun) {
      lastRun = s.run;
      const seen = runSeen[b]!;
      let r = seen.get(lastRun);
      if (r === undefined) seen.set(lastRun, (r = seen.size));
      runAt = r;
    }
    n[i] = s.n;
    ns[i] = s.ns;
    run[i] = runAt;
    benchOf[i] = b;
  }
  // Where each benchmark starts and ends, and whether it is one contiguous stretch.
  const count = new Int32Array(names.length);
  const first = new Int32Array(names.length).fill(-1);
  const last = new Int32Array(names.length);
  for (let i = 0; i < total; i++) {
    const k = benchOf[i]!;
    count[k]!++;
    if (first[k] === -1) first[k] = i;
    last[k] = i;
  }
  const out = new Map<string, CurveColumns>();
  names.forEach((bench, k) => {
    const seen = runSeen[k]!;
    const runIds = [...seen.keys()].sort((x, y) => x - y);
    const remap = new Int32Array(runIds.length);
    for (const [raw, at] of seen) remap[at] = runIds.indexOf(raw);
    let cols: CurveColumns;
    if (last[k]! - first[k]! + 1 === count[k]) {
      const from = first[k]!;
      const to = last[k]! + 1;
      cols = { n: n.subarray(from, to), ns: ns.subarray(from, to), run: run.subarray(from, to), runIds };
    } else {
      cols = { n: new Float64Array(count[k]!), ns: new Float64Array(count[k]!), run: new Int32Array(count[k]!), runIds };
      let j = 0;
      for (let i = first[k]!; i <= last[k]!; i++) {
        if (benchOf[i] !== k) continue;
        cols.n[j] = n[i]!;
        cols.ns[j] = ns[i]!;
        cols.run[j++] = run[i]!;
      }
    }
    // Run indices in ascending order of the raw run numbers.
    const identity = remap.every((v, i) => v === i);
    if (!identity) for (let i = 0; i < cols.run.length; i++) cols.run[i] = remap[cols.run[i]!]!;
    out.set(bench, cols);
  });
  return out;
}
