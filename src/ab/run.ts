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
import { MOST_ROUNDS_WORDS } from '../compare/causes.js';
import { chooseStage, joinLooks, lookOptions, openBenches, planLooks, type OpenBench, type StageRule, type TakenLook } from '../compare/sequential.js';
import type { CompareOptions, CompareReport, Spent } from '../compare/types.js';
import { targetFiles } from '../run/files.js';
import { runPlan, type RunBasics } from '../run/runner.js';
import type { EventApi } from '../run/plan.js';
import { withCalibration, type Bench } from '../suite/benches.js';
import { keepRecords, type MetaRecord, type ResultSet } from '../suite/protocol.js';
import type { Invocation } from '../vm/driver.js';
import { BUDGET_SHARE, makeAbPlan, type Side, type Slot } from './plan.js';
import type { ResolvedSide } from './sides.js';

export interface AbOptions extends RunBasics {
  benches: readonly Bench[];
  /** Rounds every benchmark gets before the first look. */
  rounds: number;
  /**
   * Rounds an undecided benchmark may get in all (looks at rounds, 2·rounds, … up to it:
   * src/compare/sequential.ts); unset or ≤ rounds, one look after `rounds`, as a run of fixed size.
   */
  maxRounds?: number;
  /** Seconds after which no further stage is started (the first look's rounds always run); unset, none. */
  budgetSec?: number;
  seed: number;
  sides: Record<Side, ResolvedSide>;
  outDir: string;
  compare: CompareOptions;
  timeLimitSec?: number;
  eventApi?: EventApi;
  /** How a stage within the budget chooses among the open benchmarks (chooseStage); default `cheapest`. */
  stageRule?: StageRule;
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

/** Fewest rounds worth a further stage: fewer cannot move an interval enough to decide anything. */
const MIN_STAGE_ROUNDS = 2;

export async function runAb(opts: AbOptions): Promise<AbRun> {
  const benches = withCalibration(opts.benches);
  const looks = planLooks(opts.rounds, Math.max(opts.rounds, opts.maxRounds ?? opts.rounds), opts.compare.alpha);
  const stagePlan = (list: readonly Bench[], firstRound: number, rounds: number) =>
    makeAbPlan({ target: opts.target, suite: opts.suite, benches: list, rounds, seed: opts.seed, firstRound, timeLimitSec: opts.timeLimitSec, eventApi: opts.eventApi });
  const ab = stagePlan(benches, 0, opts.rounds);
  const slots = new Map(ab.slots);
  const log = (m: string) => opts.write(`scalewatch: ${m}\n`);
  const files = targetFiles(opts.outDir, opts.target);
  const slot = (inv: Invocation): Slot => {
    const s = slots.get(inv);
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
  const started = Date.now();
  // The looks taken so far, the rounds measured of the benchmarks still open, and which those are.
  const taken: TakenLook[] = [];
  let measured = opts.rounds;
  let open: readonly Bench[] = benches;
  let outOfTime = false;
  /** Open benchmarks a stage did not measure further, for the budget. */
  const setAside: string[] = [];
  /** Take the next look at what the files hold of the open benchmarks; returns the benchmarks it leaves open. */
  const takeLook = (results: Record<Side, ResultSet>): Bench[] => {
    const look = looks[taken.length]!;
    const names = new Set(open.map((b) => b.name));
    const only = { a: onlyBenches(results.a, names), b: onlyBenches(results.b, names) };
    const report = compareAb(only, opts.sides, measured, lookOptions(opts.compare, look));
    taken.push({ look, rounds: measured, report });
    const still = new Set(openBenches(report));
    return benches.filter((b) => still.has(b.name));
  };
  let round = -1;
  let total = opts.rounds;
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
      log(`round ${round + 1} of ${total}`);
    },
    label: (inv) => {
      const s = slot(inv);
      return `${inv.bench} (${s.side.toUpperCase()}, round ${s.round + 1})`;
    },
    endLines: 'faults',
    more: (results, seconds) => {
      let still = takeLook(results);
      const next = looks[taken.length];
      if (still.length === 0 || !next) return null;
      // Seconds a round of the open benchmarks takes, both sides, from what they took so far, raised by
      // what the run spent beyond its benchmarks' own time (builds, starting each invocation, looks), so
      // that a stage planned to fit the budget does not run past it on a machine that slows down.
      const elapsed = (Date.now() - started) / 1000;
      const benchTotal = [...seconds.values()].reduce((a, b) => a + b, 0);
      const overhead = benchTotal > 0 ? Math.max(1, elapsed / benchTotal) : 1;
      const left = opts.budgetSec === undefined ? Infinity : BUDGET_SHARE * opts.budgetSec - elapsed;
      const projected = new Map(taken[taken.length - 1]!.report.results.map((r) => [r.bench, r.cause?.rounds]));
      const candidates: OpenBench[] = still.map((b) => ({ bench: b.name, perRound: (overhead * (seconds.get(b.name) ?? 0)) / measured, toDecide: projected.get(b.name) }));
      const choice = chooseStage(candidates, measured, looks.slice(taken.length), left, MIN_STAGE_ROUNDS, opts.stageRule);
      if (!choice) {
        outOfTime = true;
        log(`${still.length} benchmark${still.length === 1 ? '' : 's'} still undecided after ${measured} rounds; the time budget is spent`);
        return null;
      }
      const { rounds } = choice;
      if (choice.setAside.length > 0) {
        outOfTime = true;
        setAside.push(...choice.setAside);
        const why = choice.setAside.map((b) => {
          const n = projected.get(b);
          return `${b} (${n === null ? `not by ${MOST_ROUNDS_WORDS} rounds` : n === undefined ? 'no projection' : `about ${n} rounds`})`;
        });
        log(`set aside after ${measured} rounds, deciding them would not fit in the budget left: ${why.join(', ')}`);
      }
      const chosen = new Set(choice.benches);
      still = still.filter((b) => chosen.has(b.name));
      const stage = stagePlan(still, measured, rounds);
      for (const [inv, s] of stage.slots) slots.set(inv, s);
      log(`undecided after ${measured} rounds: ${still.map((b) => b.name).join(', ')}; ${rounds} more round${rounds === 1 ? '' : 's'} of ${still.length === 1 ? 'it' : 'them'}`);
      open = still;
      measured += rounds;
      total = measured;
      return stage.plan.invocations;
    },
  });
  // A stage that ran without its look (the run was interrupted or lost its target) is looked at as it is.
  if (taken.length === 0 || (taken[taken.length - 1]!.rounds < measured && looks[taken.length])) takeLook(run.results);
  const summaries = { a: analyzeResults(run.results.a), b: analyzeResults(run.results.b) };
  const joined = joinLooks(taken, opts.compare.alpha);
  const spent: Spent = { looks: taken.length, rounds: measured, seconds: Math.round((Date.now() - started) / 100) / 10, maxRounds: looks[looks.length - 1]!.rounds, budgetSec: opts.budgetSec ?? null, outOfTime, setAside };
  const comparedWith = [{ target: opts.target, side: { label: opts.sides.a.label, rounds: opts.rounds, ...(looks.length > 1 ? { spent } : {}) }, baseline: null, recheck: null }];
  const report = { ...joined, summary: { ...joined.summary, comparedWith } };
  return { paths: run.paths, results: run.results, summaries, report, interrupted: run.interrupted, seconds: run.seconds };
}

/** A results set with only the named benchmarks' lines (a later look compares only those still open). */
function onlyBenches(rs: ResultSet, names: ReadonlySet<string>): ResultSet {
  return keepRecords(rs, (x) => names.has(x.bench));
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
  const changes = new Map([[b.target, pairedChanges(results.a, results.b, options.levelReading)]]);
  return compareTargets([a], [b], options, { rounds, a: sides.a.label, b: sides.b.label, changes });
}
