/**
 * A side-by-side run: two sides on one target in one session, interleaved, compared round by round.
 * One driver holds both builds (side A as its main build, side B as the extra build "b"), so both
 * sides run on the same machine, kernel and boot. It takes the runner's one road (src/run/runner.ts)
 * with two results files: side B's lines go to `<target>.jsonl` (the run being judged) and side A's to
 * `<target>.base.jsonl` (what it is judged against), with run index = round, written as they arrive;
 * a side that fails or a guest that is lost keeps what it measured (src/run/files.ts names both;
 * measureAb, src/run/measure.ts, saves the comparison beside them).
 */
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { compareTargets } from '../compare/compare.js';
import { pairedChanges } from '../compare/paired.js';
import type { CompareOptions, CompareReport } from '../compare/types.js';
import { targetFiles } from '../run/files.js';
import { runPlan, type RunBasics } from '../run/runner.js';
import type { EventApi } from '../run/plan.js';
import { withCalibration, type Bench } from '../suite/benches.js';
import type { MetaRecord, ResultSet } from '../suite/protocol.js';
import type { Invocation } from '../vm/driver.js';
import { makeAbPlan, type Side, type Slot } from './plan.js';
import type { ResolvedSide } from './sides.js';

export interface AbOptions extends RunBasics {
  benches: readonly Bench[];
  rounds: number;
  seed: number;
  sides: Record<Side, ResolvedSide>;
  outDir: string;
  compare: CompareOptions;
  timeLimitSec?: number;
  eventApi?: EventApi;
}

export interface AbRun {
  /** Side B's results (`<target>.jsonl`) and side A's (`<target>.base.jsonl`). */
  paths: Record<Side, string>;
  results: Record<Side, ResultSet>;
  /** Each side's analysis, made once: compare used it, the report's charts use it. */
  summaries: Record<Side, TargetSummary>;
  report: CompareReport;
  interrupted: boolean;
  seconds: number;
}

export async function runAb(opts: AbOptions): Promise<AbRun> {
  const ab = makeAbPlan({ target: opts.target, suite: opts.suite, benches: withCalibration(opts.benches), rounds: opts.rounds, seed: opts.seed, timeLimitSec: opts.timeLimitSec, eventApi: opts.eventApi });
  const log = (m: string) => opts.write(`scalewatch: ${m}\n`);
  const files = targetFiles(opts.outDir, opts.target);
  const slot = (inv: Invocation): Slot => {
    const s = ab.slots.get(inv);
    if (!s) throw new Error(`ab: an invocation of ${inv.bench} that is not in the plan`);
    return s;
  };
  const metaOf = (meta: MetaRecord, side: Side): MetaRecord => ({
    ...meta,
    abSide: side,
    abLabel: opts.sides[side].label,
    ...(opts.sides[side].commit ? { abCommit: opts.sides[side].commit } : {}),
    abRounds: opts.rounds,
    abSeed: opts.seed,
  });
  let round = -1;
  log(`${opts.rounds} rounds of ${ab.plan.invocations.length / opts.rounds / 2} benchmarks on each side, interleaved at random (seed ${opts.seed})`);
  const run = await runPlan<Side>({
    ...opts,
    plan: ab.plan,
    files: (meta) => ({ a: { path: files.reference, meta: metaOf(meta, 'a') }, b: { path: files.results, meta: metaOf(meta, 'b') } }),
    route: (inv) => {
      const s = slot(inv);
      return { file: s.side, run: s.round };
    },
    onStart: (inv) => {
      const s = slot(inv);
      if (s.round === round) return;
      round = s.round;
      log(`round ${round + 1} of ${opts.rounds}`);
    },
    label: (inv) => {
      const s = slot(inv);
      return `${inv.bench} (${s.side.toUpperCase()}, round ${s.round + 1})`;
    },
    endLines: 'faults',
  });
  const summaries = { a: analyzeResults(run.results.a), b: analyzeResults(run.results.b) };
  const paired = compareAb(run.results, opts.sides, opts.rounds, opts.compare, summaries);
  const comparedWith = [{ target: opts.target, side: { label: opts.sides.a.label, rounds: opts.rounds }, baseline: null, recheck: null }];
  const report = { ...paired, summary: { ...paired.summary, comparedWith } };
  return { paths: run.paths, results: run.results, summaries, report, interrupted: run.interrupted, seconds: run.seconds };
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
