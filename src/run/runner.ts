/**
 * `scalewatch run`: plan, prepare the target through its driver, stream the suite's output into a
 * results file, and always tear down. Faults of the target (a crash, a hang, a lost guest) end up as
 * `error` lines in the results, never as an exception: what was measured before them is kept.
 */
import { mkdirSync } from 'node:fs';
import { UserError } from '../errors.js';
import { withCalibration, type Bench, type SuiteName } from '../suite/benches.js';
import { parseLine, type MetaRecord, type ResultSet } from '../suite/protocol.js';
import type { Driver, TargetInfo } from '../vm/driver.js';
import { makePlan, type EventApi } from './plan.js';
import { Progress } from './progress.js';
import { targetFiles } from './files.js';
import { Recorder } from './recorder.js';

export interface RunOptions {
  target: string;
  suite: SuiteName;
  /** The calibration figure is added in front of these (see withCalibration). */
  benches: readonly Bench[];
  outDir: string;
  driver: Driver;
  timeLimitSec?: number;
  eventApi?: EventApi;
  signal: AbortSignal;
  /** Progress and log lines go here (stderr in the CLI). */
  write: (text: string) => void;
  tty: boolean;
}

export interface RunOutcome {
  path: string;
  results: ResultSet;
  interrupted: boolean;
  seconds: number;
}

/**
 * The results file's meta line: the one the suite printed on the target (checked), what the driver
 * adds, and the host's own fields. Throws one sentence when the target printed no valid meta line.
 */
export function hostMeta(prepared: { metaLine: string; info: TargetInfo }, target: string, suite: SuiteName, started: number): MetaRecord {
  const parsed = parseLine(prepared.metaLine);
  if (!parsed.ok || parsed.record.type !== 'meta') {
    throw new UserError(`The suite on target "${target}" did not print a valid meta line (${parsed.ok ? 'wrong record type' : parsed.reason}).`);
  }
  return { ...parsed.record, ...prepared.info, target, suite, startedAt: new Date(started).toISOString() };
}

export async function runSuite(opts: RunOptions): Promise<RunOutcome> {
  const plan = makePlan({ target: opts.target, suite: opts.suite, benches: withCalibration(opts.benches), timeLimitSec: opts.timeLimitSec, eventApi: opts.eventApi });
  const started = Date.now();
  const driver = opts.driver;
  try {
    const meta = hostMeta(await driver.prepare(plan, opts.signal), opts.target, opts.suite, started);
    mkdirSync(opts.outDir, { recursive: true });
    const path = targetFiles(opts.outDir, opts.target).results;
    const progress = new Progress({ total: plan.invocations.length, write: opts.write, tty: opts.tty });
    const recorder = new Recorder(path, meta, {
      onStart: (inv) => progress.start(inv),
      onProgress: (_inv, run, n) => progress.update(run, n),
      onEnd: (inv, tally) => progress.end(inv, tally),
    });
    await driver.run(plan, recorder, opts.signal);
    const lost = [...recorder.tallies.values()].find((t) => t.end?.status === 'lost');
    for (const inv of plan.invocations) {
      if (recorder.tallies.has(inv.bench)) continue;
      const why = opts.signal.aborted ? 'the run was interrupted' : lost ? `the target was lost during ${lost.bench}` : 'the driver did not run it';
      recorder.notRun(inv, why);
    }
    const seconds = (Date.now() - started) / 1000;
    const benchSec = Object.fromEntries([...recorder.tallies.values()].map((t) => [t.bench, Math.round(((t.endedAt ?? Date.now()) - t.startedAt) / 100) / 10]));
    recorder.finish({ runSec: Math.round(seconds * 10) / 10, benchSec });
    if (recorder.malformed > 0) {
      opts.write(`warning: ${recorder.malformed} malformed line(s) from the target were skipped, e.g. ${recorder.malformedExamples[0] ?? ''}\n`);
    }
    return { path, results: recorder.results(), interrupted: opts.signal.aborted, seconds };
  } finally {
    await driver.teardown();
  }
}
