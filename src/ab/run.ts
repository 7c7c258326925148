/**
 * `scalewatch ab`: measure two sides on one target in one session, interleaved, and compare them round
 * by round. One driver holds both builds (side A as its main suite, side B as the extra build "b"), so
 * both sides run on the same machine, kernel and boot. Each side's lines go to a results file of its
 * own (results/ab/a/<target>.jsonl and …/b/…), with run index = round, written as they arrive like
 * every run's; a side that fails or a guest that is lost keeps what it measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { compareTargets } from '../compare/compare.js';
import { pairedChanges } from '../compare/paired.js';
import type { CompareOptions, CompareReport } from '../compare/types.js';
import { Recorder } from '../run/recorder.js';
import { hostMeta } from '../run/runner.js';
import type { EventApi } from '../run/plan.js';
import { withCalibration, type Bench, type SuiteName } from '../suite/benches.js';
import type { MetaRecord, ResultSet } from '../suite/protocol.js';
import type { Driver, Invocation, InvocationEnd, RunSink } from '../vm/driver.js';
import { makeAbPlan, type Side, type Slot } from './plan.js';
import type { ResolvedSide } from './sides.js';

export interface AbOptions {
  target: string;
  suite: SuiteName;
  benches: readonly Bench[];
  rounds: number;
  seed: number;
  sides: Record<Side, ResolvedSide>;
  outDir: string;
  /** Holds side A's build as its main suite and side B's as the extra build "b". */
  driver: Driver;
  compare: CompareOptions;
  timeLimitSec?: number;
  eventApi?: EventApi;
  signal: AbortSignal;
  write: (text: string) => void;
}

export interface AbOutcome {
  paths: Record<Side, string>;
  results: Record<Side, ResultSet>;
  /** Each side's analysis, made once: compare used it, the report's charts use it. */
  summaries: Record<Side, TargetSummary>;
  report: CompareReport;
  interrupted: boolean;
  seconds: number;
}

/** Routes each invocation's lines to its side's recorder, with the round as the run index. */
class AbSink implements RunSink {
  readonly started = new Set<Invocation>();
  private round = -1;

  constructor(
    private readonly slots: ReadonlyMap<Invocation, Slot>,
    private readonly recorders: Record<Side, Recorder>,
    private readonly rounds: number,
    private readonly log: (m: string) => void,
  ) {}

  private slot(inv: Invocation): Slot {
    const s = this.slots.get(inv);
    if (!s) throw new Error(`ab: an invocation of ${inv.bench} that is not in the plan`);
    return s;
  }

  start(inv: Invocation): void {
    const s = this.slot(inv);
    this.started.add(inv);
    if (s.round !== this.round) {
      this.round = s.round;
      this.log(`round ${s.round + 1} of ${this.rounds}`);
    }
    this.recorders[s.side].start(inv);
  }

  line(inv: Invocation, text: string): void {
    const s = this.slot(inv);
    this.recorders[s.side].line(inv, text, s.round);
  }

  end(inv: Invocation, end: InvocationEnd): void {
    const s = this.slot(inv);
    if (end.status !== 'ok') this.log(`${inv.bench} on side ${s.side.toUpperCase()} in round ${s.round + 1}: ${end.status}${end.status === 'lost' ? ` (${end.reason})` : ''}`);
    this.recorders[s.side].end(inv, end);
  }
}

export async function runAb(opts: AbOptions): Promise<AbOutcome> {
  const started = Date.now();
  const ab = makeAbPlan({ target: opts.target, suite: opts.suite, benches: withCalibration(opts.benches), rounds: opts.rounds, seed: opts.seed, timeLimitSec: opts.timeLimitSec, eventApi: opts.eventApi });
  const log = (m: string) => opts.write(`scalewatch: ${m}\n`);
  const driver = opts.driver;
  const paths = { a: join(opts.outDir, 'a', `${opts.target}.jsonl`), b: join(opts.outDir, 'b', `${opts.target}.jsonl`) };
  let recorders: Record<Side, Recorder> | undefined;
  let sink: AbSink | undefined;
  try {
    const meta = hostMeta(await driver.prepare(ab.plan, opts.signal), opts.target, opts.suite, started);
    const metaOf = (side: Side): MetaRecord => ({
      ...meta,
      abSide: side,
      abLabel: opts.sides[side].label,
      ...(opts.sides[side].commit ? { abCommit: opts.sides[side].commit } : {}),
      abRounds: opts.rounds,
      abSeed: opts.seed,
    });
    for (const side of ['a', 'b'] as const) mkdirSync(join(opts.outDir, side), { recursive: true });
    recorders = { a: new Recorder(paths.a, metaOf('a')), b: new Recorder(paths.b, metaOf('b')) };
    sink = new AbSink(ab.slots, recorders, opts.rounds, log);
    log(`${opts.rounds} rounds of ${ab.plan.invocations.length / opts.rounds / 2} benchmarks on each side, interleaved at random (seed ${opts.seed})`);
    await driver.run(ab.plan, sink, opts.signal);
  } finally {
    await driver.teardown();
    if (recorders && sink) {
      for (const inv of ab.plan.invocations) {
        if (sink.started.has(inv)) continue;
        const slot = ab.slots.get(inv)!;
        recorders[slot.side].notRun(inv, opts.signal.aborted ? 'the run was interrupted' : 'the driver did not run it', slot.round);
      }
      const runSec = Math.round(((Date.now() - started) / 1000) * 10) / 10;
      for (const side of ['a', 'b'] as const) recorders[side].finish({ runSec });
    }
  }
  // The prepare step either threw (and this line is not reached) or made the recorders.
  const results = { a: recorders!.a.results(), b: recorders!.b.results() };
  const summaries = { a: analyzeResults(results.a), b: analyzeResults(results.b) };
  const report = compareAb(results, opts.sides, opts.rounds, opts.compare, summaries);
  writeFileSync(join(opts.outDir, 'compare.json'), `${JSON.stringify(report)}\n`);
  return { paths, results, summaries, report, interrupted: opts.signal.aborted, seconds: (Date.now() - started) / 1000 };
}

/** The comparison of two sides' results: orders as compare finds them, levels paired by round. Pure. */
export function compareAb(
  results: Record<Side, ResultSet>,
  sides: Record<Side, Pick<ResolvedSide, 'label'>>,
  rounds: number,
  options: CompareOptions,
  summaries: Record<Side, TargetSummary> = { a: analyzeResults(results.a), b: analyzeResults(results.b) },
): CompareReport {
  const { a, b } = summaries;
  const changes = new Map([[b.target, pairedChanges(results.a, results.b)]]);
  return compareTargets([a], [b], options, { rounds, a: sides.a.label, b: sides.b.label, changes });
}
