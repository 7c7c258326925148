import { describe, expect, it } from 'vitest';
import { binCurve, binOf, FINE_PER_DECADE, GRID_PER_DECADE, prepare, SUBSAMPLE } from '../../src/analysis/grid.js';
import { Rng } from '../../src/analysis/random.js';
import { median } from '../../src/analysis/stats.js';

function columns(samples: { n: number; ns: number; run: number }[]) {
  return {
    n: Float64Array.from(samples.map((s) => s.n)),
    ns: Float64Array.from(samples.map((s) => s.ns)),
    run: Int32Array.from(samples.map((s) => s.run)),
    runIds: [...new Set(samples.map((s) => s.run))].sort((a, b) => a - b),
  };
}

describe('log grid', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 3],
    [10, 10],
    [3500, 35],
    [25600, 44],
  ])('puts n=%d in summary bin %d', (n, bin) => expect(binOf(n, GRID_PER_DECADE)).toBe(bin));

  it('gives every sample the fine bin binOf would, for climbing and jumping n', () => {
    const rng = new Rng(3);
    const n = Float64Array.from({ length: 30000 }, (_, i) => (i < 20000 ? i % 10000 : Math.floor(rng.next() * 30000)));
    const prep = prepare({ n, ns: new Float64Array(n.length).fill(1), run: new Int32Array(n.length), runIds: [0] });
    for (let i = 0; i < n.length; i++) expect(prep.fineBin[i]).toBe(binOf(n[i]!, FINE_PER_DECADE));
  });

  it('summarizes each bin with exact medians, pooled and per run', () => {
    const rng = new Rng(5);
    const samples: { n: number; ns: number; run: number }[] = [];
    for (let run = 0; run < 3; run++) for (let n = 1; n <= 500; n++) samples.push({ n, ns: 100 + 50 * rng.next() + run, run });
    const cols = columns(samples);
    const { grid, fine } = binCurve(cols, prepare(cols));
    grid.bins.forEach((bin, i) => {
      const inBin = samples.filter((s) => binOf(s.n, GRID_PER_DECADE) === bin);
      // Medians are of log latencies: for an even count, the geometric middle of the two central values.
      expect(grid.medians[i]!).toBeCloseTo(median(inBin.map((s) => Math.log(s.ns))), 12);
      for (let r = 0; r < 3; r++) {
        expect(grid.runMedians[i * 3 + r]!).toBeCloseTo(median(inBin.filter((s) => s.run === r).map((s) => Math.log(s.ns))), 12);
      }
      for (let f = bin * 4; f < bin * 4 + 4; f++) {
        const inFine = samples.filter((s) => binOf(s.n, FINE_PER_DECADE) === f);
        const at = fine.bins.indexOf(f);
        expect(at >= 0).toBe(inFine.length > 0);
        if (at >= 0) {
          expect(fine.counts[at]).toBe(inFine.length);
          expect(fine.medians[at]!).toBeCloseTo(median(inFine.map((s) => Math.log(s.ns))), 12);
        }
      }
      expect(grid.samples[i]!.length).toBe(Math.min(inBin.length, Math.ceil(inBin.length / Math.ceil(inBin.length / SUBSAMPLE))));
    });
  });
});
