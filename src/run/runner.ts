/**
 * The one road every measurement takes: prepare the target through its driver, stream the suite's
 * output into results files as it arrives, show progress, and always tear down after the files are
 * finished. Faults of the target (a crash, a hang, a lost guest) end up as `error` lines in the
 * results, never as an exception: what was measured before them is kept.
 *
 * `runPlan` is that road for any plan and any number of results files: one for `scalewatch run`
 * (`runSuite`), two for a side-by-side run (`runAb`, src/ab/run.ts), where each invocation's lines go
 * to its side's file with the round as the run index.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { withCalibration, type Bench, type SuiteName } from '../suite/benches.js';
import { parseLine, type MetaRecord, type ResultSet } from '../suite/protocol.js';
import type { Driver, Invocation, InvocationEnd, RunSink, SuitePlan, TargetInfo } from '../vm/driver.js';
import { makePlan, type EventApi } from './plan.js';
import { Progress } from './progress.js';
import { targetFiles } from './files.js';
import { Recorder } from './recorder.js';

/** What every run of the suite is told, whatever its plan. */
export interface RunBasics {
  target: string;
  suite: SuiteName;
  driver: Driver;
  signal: AbortSignal;
  /** Progress and log lines go here (stderr in the CLI). */
  write: (text: string) => void;
  tty: boolean;
}

export interface RunOptions extends RunBasics {
  /** The calibration figure is added in front of these (see withCalibration). */
  benches: readonly Bench[];
  outDir: string;
  timeLimitSec?: number;
  eventApi?: EventApi;
  /** The commit the measured code is at and whether its checkout had changes, for the meta line (a baseline made from the run records it). */
  source?: { commit: string; dirty: boolean };
}

export interface SuiteRun {
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

/** One results file of a run: where it is written and the meta line it starts with. */
export interface RunFile {
  path: string;
  meta: MetaRecord;
}

/** Where one invocation's lines go: which of the run's files, and the run index they are saved with (unset: as the suite printed it). */
export interface Route<K extends string> {
  file: K;
  run?: number;
}

export interface PlanRunOptions<K extends string> extends RunBasics {
  plan: SuitePlan;
  /** The run's results files, made once the target has printed its meta line. */
  files: (meta: MetaRecord) => Record<K, RunFile>;
  /** Which file each invocation of the plan writes to; an invocation not in the plan is a bug and throws. */
  route: (inv: Invocation) => Route<K>;
  /** Called as each invocation starts, before its progress line (side by side: says which round). */
  onStart?: (inv: Invocation) => void;
  /** How progress names an invocation (default: its benchmark). */
  label?: (inv: Invocation) => string;
  /** A progress line at the end of every invocation (the default), or only of those that went wrong. */
  endLines?: 'all' | 'faults';
  /**
   * Asked each time the invocations so far have run (and the run was neither interrupted nor lost its
   * target), with what the files hold: more invocations for the same run, or none to end it. A side-by-
   * side run measures its undecided benchmarks further this way. A driver that runs only the plan it
   * booted with (plansAtBoot) is prepared again for them.
   */
  more?: (results: Record<K, ResultSet>, seconds: ReadonlyMap<string, number>) => Invocation[] | null;
}

export interface PlanRun<K extends string> {
  paths: Record<K, string>;
  results: Record<K, ResultSet>;
  interrupted: boolean;
  seconds: number;
}

/** Hands each invocation's lines to its file's recorder; remembers what started, what was lost, and how long each benchmark took. */
class RoutingSink<K extends string> implements RunSink {
  readonly started = new Set<Invocation>();
  /** The benchmark during which the target was lost, if it was. */
  lostDuring: string | undefined;
  private readonly begun = new Map<Invocation, number>();
  /** Seconds per file and benchmark, summed over its invocations. */
  readonly seconds = new Map<K, Map<string, number>>();

  constructor(
    private readonly recorders: Record<K, Recorder>,
    private readonly route: (inv: Invocation) => Route<K>,
    private readonly onStart: ((inv: Invocation) => void) | undefined,
  ) {}

  /** Seconds per benchmark so far, over every file. */
  benchSeconds(): Map<string, number> {
    const out = new Map<string, number>();
    for (const perBench of this.seconds.values()) for (const [bench, sec] of perBench) out.set(bench, (out.get(bench) ?? 0) + sec);
    return out;
  }

  start(inv: Invocation): void {
    const { file } = this.route(inv);
    this.started.add(inv);
    this.begun.set(inv, Date.now());
    this.onStart?.(inv);
    this.recorders[file].start(inv);
  }

  line(inv: Invocation, text: string): void {
    const { file, run } = this.route(inv);
    this.recorders[file].line(inv, text, run);
  }

  end(inv: Invocation, end: InvocationEnd): void {
    const { file } = this.route(inv);
    if (end.status === 'lost') this.lostDuring ??= inv.bench;
    const sec = (Date.now() - (this.begun.get(inv) ?? Date.now())) / 1000;
    const perBench = this.seconds.get(file) ?? new Map<string, number>();
    perBench.set(inv.bench, (perBench.get(inv.bench) ?? 0) + sec);
    this.seconds.set(file, perBench);
    this.recorders[file].end(inv, end);
  }
}

const tenths = (sec: number) => Math.round(sec * 10) / 10;

export async function runPlan<K extends string>(opts: PlanRunOptions<K>): Promise<PlanRun<K>> {
  const { plan, driver } = opts;
  const started = Date.now();
  try {
    const meta = hostMeta(await driver.prepare(plan, opts.signal), opts.target, opts.suite, started);
    const files = opts.files(meta);
    const keys = Object.keys(files) as K[];
    const progress = new Progress({ total: plan.invocations.length, write: opts.write, tty: opts.tty, label: opts.label, endLines: opts.endLines });
    const events = { onStart: (inv: Invocation) => progress.start(inv), onProgress: (_inv: Invocation, run: number, n: number | undefined) => progress.update(run, n), onEnd: progress.end.bind(progress) };
    const recorders = {} as Record<K, Recorder>;
    for (const k of keys) {
      mkdirSync(dirname(files[k].path), { recursive: true });
      recorders[k] = new Recorder(files[k].path, files[k].meta, events);
    }
    const sink = new RoutingSink(recorders, opts.route, opts.onStart);
    const planned = [...plan.invocations];
    const snapshot = () => Object.fromEntries(keys.map((k) => [k, recorders[k].results()])) as Record<K, ResultSet>;
    try {
      await driver.run(plan, sink, opts.signal);
      for (;;) {
        if (!opts.more || opts.signal.aborted || sink.lostDuring) break;
        const next = opts.more(snapshot(), sink.benchSeconds());
        if (!next || next.length === 0) break;
        planned.push(...next);
        progress.extend(next.length);
        const stage: SuitePlan = { ...plan, invocations: next };
        if (driver.plansAtBoot) {
          await driver.teardown();
          await driver.prepare(stage, opts.signal);
        }
        await driver.run(stage, sink, opts.signal);
      }
    } finally {
      // Every invocation the driver never started gets its reason, so the results say why it is missing.
      for (const inv of planned) {
        if (sink.started.has(inv)) continue;
        const why = opts.signal.aborted ? 'the run was interrupted' : sink.lostDuring ? `the target was lost during ${sink.lostDuring}` : 'the driver did not run it';
        const { file, run } = opts.route(inv);
        recorders[file].notRun(inv, why, run);
      }
      const runSec = tenths((Date.now() - started) / 1000);
      for (const k of keys) {
        const benchSec = Object.fromEntries([...(sink.seconds.get(k) ?? new Map<string, number>())].map(([bench, sec]) => [bench, tenths(sec)]));
        recorders[k].finish({ runSec, benchSec });
      }
    }
    const malformed = keys.reduce((n, k) => n + recorders[k].malformed, 0);
    if (malformed > 0) {
      const example = keys.flatMap((k) => recorders[k].malformedExamples)[0] ?? '';
      opts.write(`warning: ${malformed} malformed line(s) from the target were skipped, e.g. ${example}\n`);
    }
    const paths = {} as Record<K, string>;
    const results = {} as Record<K, ResultSet>;
    for (const k of keys) {
      paths[k] = files[k].path;
      results[k] = recorders[k].results();
    }
    return { paths, results, interrupted: opts.signal.aborted, seconds: (Date.now() - started) / 1000 };
  } finally {
    await driver.teardown();
  }
}

/** `scalewatch run`'s measurement: the suite's plan, into `<target>.jsonl`. */
export async function runSuite(opts: RunOptions): Promise<SuiteRun> {
  const plan = makePlan({ target: opts.target, suite: opts.suite, benches: withCalibration(opts.benches), timeLimitSec: opts.timeLimitSec, eventApi: opts.eventApi });
  const path = targetFiles(opts.outDir, opts.target).results;
  const source = opts.source ? { commit: opts.source.commit, dirty: opts.source.dirty } : {};
  const run = await runPlan({ ...opts, plan, files: (meta) => ({ run: { path, meta: { ...meta, ...source } } }), route: () => ({ file: 'run' }) });
  return { path, results: run.results.run, interrupted: run.interrupted, seconds: run.seconds };
}
