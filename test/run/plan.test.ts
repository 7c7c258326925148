import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/run/plan.js';
import { CURVES, selectBenches } from '../../src/suite/benches.js';

describe('makePlan', () => {
  it('passes each curve its runs, largest n and time limit', () => {
    const plan = makePlan({ target: 'local', suite: 'quick', benches: selectBenches('socket,fork-static'), timeLimitSec: 30, eventApi: 'poll' });
    const socket = CURVES.find((c) => c.name === 'socket')!;
    expect(plan.invocations.map((i) => i.bench)).toEqual(['socket', 'fork-static']);
    expect(plan.invocations[0]!.args).toEqual(['run', 'socket', '-r', String(socket.quick.runs), '-n', String(socket.quick.maxN), '-t', '30', '-e', 'poll']);
    expect(plan.invocations[1]!.binary).toBe('swbench-static');
  });

  it('uses the full sizes and a longer default limit for the full suite', () => {
    const plan = makePlan({ target: 'local', suite: 'full', benches: selectBenches('socket') });
    expect(plan.invocations[0]!.maxN).toBe(10000);
    expect(plan.invocations[0]!.args).toContain('1200');
  });
});

describe('selectBenches', () => {
  it('keeps catalogue order and refuses unknown names in one sentence', () => {
    expect(selectBenches('fork, socket').map((b) => b.name)).toEqual(['socket', 'fork']);
    expect(() => selectBenches('socket,sockets')).toThrow(/^Unknown benchmark "sockets"; known benchmarks are: socket, bind/);
  });
});
