import { describe, expect, it } from 'vitest';
import { Progress, formatSeconds } from '../../src/run/progress.js';
import type { BenchTally } from '../../src/run/recorder.js';
import type { Invocation } from '../../src/vm/driver.js';

const inv = (bench: string): Invocation => ({ bench, binary: 'swbench', args: [], timeLimitSec: 10, runs: 2, maxN: 100 });

describe('Progress', () => {
  it('says which benchmark, how far and how long is left, from the pace so far', () => {
    let t = 0;
    const out: string[] = [];
    const p = new Progress({ total: 2, write: (s) => out.push(s), tty: false, now: () => t, interval: 0 });
    p.start(inv('socket'));
    t = 10_000;
    p.update(0, 50); // a quarter of socket in 10 s: 30 s left for it, and about 40 s for the next
    expect(out.at(-1)).toBe('[1/2] socket  run 1/2  n 50/100  elapsed 10 s  ~1 min 10 s left\n');
    const tally: BenchTally = { bench: 'socket', samples: 200, values: 0, lastRun: 1, lastN: 100, errors: 0, end: { status: 'ok' }, startedAt: 0, endedAt: 40_000 };
    t = 40_000;
    p.end(inv('socket'), tally);
    expect(out.at(-1)).toBe('[1/2] socket: done, 200 samples in 40 s\n');
  });

  it('redraws one line in place on a terminal', () => {
    const out: string[] = [];
    const p = new Progress({ total: 1, write: (s) => out.push(s), tty: true, now: () => 0 });
    p.start(inv('fork'));
    expect(out[0]!.startsWith('\r\u001b[2K[1/1] fork  run 1/2')).toBe(true);
  });
});

describe('formatSeconds', () => {
  it.each([
    [1.25, '1.3 s'],
    [42, '42 s'],
    [125, '2 min 5 s'],
    [NaN, '?'],
  ])('%d reads %s', (s, text) => expect(formatSeconds(s)).toBe(text));
});
