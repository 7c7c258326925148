import { describe, expect, it } from 'vitest';
import { formatNs } from '../../src/analysis/output.js';
import { median } from '../../src/analysis/stats.js';
import { readingPoints, readout } from '../../src/run/readout.js';
import type { ResultSet } from '../../src/suite/protocol.js';

describe('formatNs', () => {
  it.each([
    [812, '812 ns'],
    [1234, '1.23 µs'],
    [56_700, '56.7 µs'],
    [2_500_000, '2.50 ms'],
    [3_000_000_000, '3.00 s'],
  ])('%d ns reads %s', (ns, text) => expect(formatNs(ns)).toBe(text));
});

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('readingPoints', () => {
  it('reads the first, a tenth, half and the last n, without repeats', () => {
    expect(readingPoints(2000, 0)).toEqual([0, 200, 1000, 2000]);
    expect(readingPoints(3, 1)).toEqual([1, 2, 3]);
  });
});

describe('readout', () => {
  const base: ResultSet = {
    meta: { type: 'meta', target: 'local', os: 'Linux', release: '6.1', arch: 'x86_64', ncpu: 2, cpu: 'Test CPU', cc: 'gcc 12' },
    samples: [],
    values: [],
    errors: [],
    malformed: [],
  };

  it('gives each curve its runs and latency at a few n, and says why a run stopped early', () => {
    const samples = [];
    for (let run = 0; run < 3; run++) for (let n = 0; n <= 100; n++) samples.push({ type: 'sample' as const, bench: 'socket', run, n, ns: 1000 + 10 * n });
    const text = readout({ ...base, samples, errors: [{ type: 'error', bench: 'socket', run: 2, n: 100, message: 'socket: Too many open files' }] });
    expect(text).toContain('Linux 6.1 x86_64, 2 CPU (Test CPU), gcc 12');
    expect(text).toMatch(/socket\s+3 runs\s+n=0 1\.00 µs\s+n=10 1\.10 µs\s+n=50 1\.50 µs\s+n=100 2\.00 µs/);
    expect(text).toContain('stopped early: run 2 at n=100: socket: Too many open files');
  });

  it('gives each figure its median, range and direction', () => {
    const values = [10, 12, 11].map((value, run) => ({ type: 'value' as const, bench: 'pipe', run, value, unit: 'MB/s', better: 'higher' as const }));
    expect(readout({ ...base, values })).toMatch(/pipe\s+3 reps\s+median 11\.0 MB\/s \(10\.0–12\.0\), higher is better/);
  });

  it('lists a benchmark that only failed', () => {
    expect(readout({ ...base, errors: [{ type: 'error', bench: 'fork', run: 0, message: 'not run: interrupted' }] })).toMatch(/fork\s+no results\n\s+stopped early: run 0: not run: interrupted/);
  });
});
