import { describe, expect, it } from 'vitest';
import { curveColumns } from '../../src/analysis/columns.js';
import type { SampleRecord } from '../../src/suite/protocol.js';

const s = (bench: string, run: number, n: number, ns: number): SampleRecord => ({ type: 'sample', bench, run, n, ns });

describe('curveColumns', () => {
  it('splits contiguous and interleaved benchmarks alike, with runs indexed in ascending order', () => {
    const samples = [s('a', 3, 1, 10), s('a', 3, 2, 11), s('a', 1, 1, 12), s('b', 0, 5, 20), s('c', 0, 1, 30), s('b', 0, 6, 21), s('a2', 9, 1, 1)];
    const cols = curveColumns(samples);
    expect([...cols.keys()]).toEqual(['a', 'b', 'c', 'a2']);
    const a = cols.get('a')!;
    expect([...a.n]).toEqual([1, 2, 1]);
    expect([...a.ns]).toEqual([10, 11, 12]);
    expect(a.runIds).toEqual([1, 3]);
    expect([...a.run]).toEqual([1, 1, 0]);
    const b = cols.get('b')!;
    expect([...b.n]).toEqual([5, 6]);
    expect([...b.ns]).toEqual([20, 21]);
    expect([...cols.get('c')!.ns]).toEqual([30]);
  });
});
