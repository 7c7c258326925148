/** Turn the user's choices into the list of suite invocations a driver runs. Pure. */
import type { Bench, SuiteName } from '../suite/benches.js';
import type { Invocation, SuitePlan } from '../vm/driver.js';

export type EventApi = 'auto' | 'epoll' | 'kqueue' | 'poll';

export interface PlanOptions {
  target: string;
  suite: SuiteName;
  benches: readonly Bench[];
  /** Per-benchmark time limit in seconds; default 120 (quick) or 1200 (full). */
  timeLimitSec?: number;
  eventApi?: EventApi;
}

export const DEFAULT_TIME_LIMIT_SEC: Record<SuiteName, number> = { quick: 120, full: 1200 };

/** `runs` overrides the suite size's number of runs (repetitions for a figure); ab runs one per round. */
export function invocationFor(bench: Bench, suite: SuiteName, timeLimitSec: number, eventApi: EventApi = 'auto', runs?: number): Invocation {
  const limit = ['-t', String(timeLimitSec)];
  if (bench.kind === 'curve') {
    const size = { ...bench[suite], ...(runs !== undefined ? { runs } : {}) };
    const api = eventApi === 'auto' ? [] : ['-e', eventApi];
    return {
      bench: bench.name,
      binary: bench.binary,
      args: ['run', bench.name, '-r', String(size.runs), '-n', String(size.maxN), ...limit, ...api],
      timeLimitSec,
      runs: size.runs,
      maxN: size.maxN,
      ...(bench.oneCpu ? { oneCpu: true } : {}),
    };
  }
  const size = { ...bench[suite], ...(runs !== undefined ? { runs } : {}) };
  return {
    bench: bench.name,
    binary: bench.binary,
    args: ['run', bench.name, '-r', String(size.runs), '-s', String(size.seconds), ...limit],
    timeLimitSec,
    runs: size.runs,
    ...(bench.oneCpu ? { oneCpu: true } : {}),
  };
}

export function makePlan(opts: PlanOptions): SuitePlan {
  const limit = opts.timeLimitSec ?? DEFAULT_TIME_LIMIT_SEC[opts.suite];
  return {
    target: opts.target,
    suite: opts.suite,
    invocations: opts.benches.map((b) => invocationFor(b, opts.suite, limit, opts.eventApi)),
  };
}
