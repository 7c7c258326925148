/**
 * Benjamini–Hochberg false-discovery control over a whole report: with many benchmarks on many
 * targets, some p-values are small by chance, so each test's p becomes a q-value, and a change counts
 * as statistically clear only when its q is at most the chosen rate.
 */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const m = p.length;
  const order = p.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const q = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { v, i } = order[k]!;
    running = Math.min(running, (v * m) / (k + 1));
    q[i] = Math.min(1, running);
  }
  return q;
}
