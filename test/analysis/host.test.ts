import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { ORDERS } from '../../src/analysis/types.js';
import { parseResults } from '../../src/suite/protocol.js';

// Real results of suite/swbench on the development host (Linux, 2 CPUs, shared with other work).
const read = (name: string) => parseResults(readFileSync(new URL(`../../corpus/host/${name}`, import.meta.url), 'utf8'), name);

describe('analysis of real results from this host', () => {
  const target = analyzeResults(read('local-linux.jsonl'));

  it('analyzes every curve the suite wrote', () => {
    expect(target.benchmarks.map((b) => b.bench)).toEqual(['socket', 'bind', 'fork', 'fork-static', 'mmap', 'touch', 'connect', 'http']);
    for (const b of target.benchmarks) {
      expect(b.kind).toBe('curve');
      if (b.kind === 'curve') expect(ORDERS).toContain(b.findings?.order);
    }
  });

  it('finds Linux socket() and the epoll server O(1), as “Benchmarking BSD and Linux” did', () => {
    const order = (name: string) => target.benchmarks.find((b) => b.bench === name && b.kind === 'curve');
    for (const name of ['socket', 'http']) {
      const b = order(name);
      expect(b?.kind === 'curve' && b.findings?.order, name).toBe('O(1)');
    }
  });

  it('reads the small socket run too (n up to 300, 3 runs)', () => {
    const t = analyzeResults(read('local-socket.jsonl'));
    expect(t.benchmarks).toHaveLength(1);
    expect(t.benchmarks[0]!.kind === 'curve' && t.benchmarks[0]!.runs).toBe(3);
  });
});
