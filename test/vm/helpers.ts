/** Test helpers: a sink that records what a driver delivered, and the stub suite's folder. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Driver, Invocation, InvocationEnd, RunSink, SuitePlan, TargetInfo } from '../../src/vm/driver.js';

/** Where the VM tests keep kernels, images, boxes and suite builds between runs (SCALEWATCH_CACHE, else a fixed temp folder). */
export const TEST_CACHE_DIR = process.env.SCALEWATCH_CACHE ?? join(tmpdir(), 'scalewatch-test-cache');

export const STUB_SUITE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'stub-suite');

export interface Recorded {
  bench: string;
  lines: string[];
  end?: InvocationEnd;
  startedAt: number;
}

export class RecordingSink implements RunSink {
  readonly runs: Recorded[] = [];
  /** Called after each line, e.g. to kill the guest half way. */
  onLine?: (inv: Invocation, text: string, count: number) => void;

  start(inv: Invocation): void {
    this.runs.push({ bench: inv.bench, lines: [], startedAt: Date.now() });
  }

  line(inv: Invocation, text: string): void {
    const r = this.current(inv);
    r.lines.push(text);
    this.onLine?.(inv, text, r.lines.length);
  }

  end(inv: Invocation, end: InvocationEnd): void {
    this.current(inv).end = end;
  }

  get(bench: string): Recorded {
    const r = this.runs.find((x) => x.bench === bench);
    if (!r) throw new Error(`no run of ${bench}`);
    return r;
  }

  private current(inv: Invocation): Recorded {
    const r = this.runs[this.runs.length - 1];
    if (!r || r.bench !== inv.bench) throw new Error(`line for ${inv.bench} outside its start/end`);
    return r;
  }
}

/** A plan over the stub suite's benchmarks: [bench, maxN, timeLimitSec, binary?]. */
export function stubPlan(target: string, items: [string, number, number, ('swbench' | 'swbench-static')?][]): SuitePlan {
  return {
    target,
    suite: 'quick',
    invocations: items.map(([bench, maxN, limit, binary]) => ({
      bench,
      binary: binary ?? 'swbench',
      args: ['run', bench, '-r', '1', '-n', String(maxN), '-t', String(limit)],
      timeLimitSec: limit,
      runs: 1,
      maxN,
    })),
  };
}

export const log = (msg: string): void => {
  if (process.env.SCALEWATCH_TEST_LOG) process.stderr.write(`  [vm] ${msg}\n`);
};

/** The pid of the QEMU process whose command line mentions `needle` (e.g. a run's work folder). */
export function findQemuPid(needle: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const argv0 = cmd.split('\0')[0] ?? '';
      if (/(^|\/)qemu-system-[\w-]+$/.test(argv0) && cmd.includes(needle)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

export function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The one fault scenario every real driver goes through: a steady benchmark, one that exits
 * non-zero, one that hangs past its limit, one whose guest is killed (SIGKILL to its QEMU) after
 * KILL_AFTER samples, and one planned after the kill.
 */
const FAULT_PLAN: [string, number, number, ('swbench' | 'swbench-static')?][] = [
  ['steady', 30, 30],
  ['fail', 10, 30, 'swbench-static'],
  ['hang', 1, 2],
  ['slow', 3000, 120],
  ['steady', 5, 30],
];
const KILL_AFTER = 30;

export interface FaultOutcome {
  prepared: { metaLine: string; info: TargetInfo };
  runs: Recorded[];
  /** When the guest's QEMU was killed (ms since the epoch). */
  killedAt: number;
  /** When the driver's run returned. */
  endedAt: number;
}

/** Run the fault scenario on `driver`, killing the QEMU whose command line mentions `qemuNeedle`. */
export async function runFaultScenario(driver: Driver, target: string, qemuNeedle: string): Promise<FaultOutcome> {
  const plan = stubPlan(target, FAULT_PLAN);
  const sink = new RecordingSink();
  let killedAt = 0;
  sink.onLine = (inv, _text, count) => {
    if (inv.bench !== 'slow' || count !== KILL_AFTER || killedAt) return;
    const pid = findQemuPid(qemuNeedle);
    if (pid === undefined) throw new Error(`no QEMU process mentions ${qemuNeedle}`);
    process.kill(pid, 'SIGKILL');
    killedAt = Date.now();
  };
  const t0 = Date.now();
  let prepared: FaultOutcome['prepared'];
  try {
    prepared = await driver.prepare(plan, new AbortController().signal);
    log(`${driver.name} guest ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(prepared.info)}`);
    await driver.run(plan, sink, new AbortController().signal);
  } finally {
    await driver.teardown();
  }
  return { prepared, runs: sink.runs, killedAt, endedAt: Date.now() };
}

/**
 * What every driver must make of the scenario: the steady samples kept, the exit code and stderr
 * of the failing benchmark, the hang cut at its limit, every sample sent before the kill kept in
 * order and the benchmark lost with `lostReason`, within `detectMs` of the kill; the benchmark
 * after it not run and saying why; no QEMU left behind.
 */
export function expectFaultOutcome(o: FaultOutcome, lostReason: RegExp, detectMs: number, qemuNeedle: string): void {
  const meta = JSON.parse(o.prepared.metaLine) as Record<string, unknown>;
  expect(meta).toMatchObject({ type: 'meta', os: 'Linux', ncpu: 2 });
  expect(o.runs.map((r) => r.bench)).toEqual(FAULT_PLAN.map(([b]) => b));
  const [steady, fail, hang, slow, after] = o.runs;
  expect(steady!.lines).toHaveLength(30);
  expect(steady!.end).toEqual({ status: 'ok' });
  expect(fail!.lines).toHaveLength(5);
  expect(fail!.end).toMatchObject({ status: 'exited', code: 3, stderrTail: ['fail: stopping at n=6 as asked'] });
  expect(hang!.lines).toHaveLength(1);
  expect(hang!.end).toMatchObject({ status: 'timeout' });
  expect(o.killedAt).toBeGreaterThan(0);
  expect(slow!.lines.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(slow!.lines.length).toBeLessThan(3000);
  slow!.lines.forEach((l, i) => expect(JSON.parse(l)).toMatchObject({ bench: 'slow', n: i + 1 }));
  expect(slow!.end).toMatchObject({ status: 'lost' });
  expect((slow!.end as { reason: string }).reason).toMatch(lostReason);
  expect(o.endedAt - o.killedAt).toBeLessThan(detectMs);
  expect(after!.lines).toHaveLength(0);
  expect(after!.end).toMatchObject({ status: 'lost' });
  expect((after!.end as { reason: string }).reason).toMatch(/^not run: /);
  expect(findQemuPid(qemuNeedle)).toBeUndefined();
}
