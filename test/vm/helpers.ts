/** Test helpers: a sink that records what a driver delivered, and the stub suite's folder. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Invocation, InvocationEnd, RunSink, SuitePlan } from '../../src/vm/driver.js';

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
