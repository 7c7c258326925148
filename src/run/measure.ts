/**
 * The two ways one target is measured and judged, each called by the CLI and the Action alike:
 *
 * - `measureTarget` (`scalewatch run`, the Action against the baselines): run the suite through its
 *   driver, analyze the results once, and compare them with the target's committed baseline when there
 *   is one, measuring again what raised an alarm (when given a way to make a fresh driver);
 * - `measureAb` (`scalewatch ab`, the Action on a pull request): resolve both sides, make the driver
 *   that holds both builds, and run them side by side (src/ab/run.ts).
 *
 * Both take the runner's one road (src/run/runner.ts) and leave the same files (src/run/files.ts).
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareAb, type AbSuites } from '../ab/drivers.js';
import { BUDGET_SHARE, DEFAULT_CONFIRM_BUDGET_SEC, DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS, randomSeed, type Side } from '../ab/plan.js';
import { runAb, type AbOptions, type AbRun } from '../ab/run.js';
import { repoRoot, type ResolvedSide } from '../ab/sides.js';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { baselineName, existingBaseline, loadSummary } from '../baseline/io.js';
import { referenceCommit } from '../baseline/sessions.js';
import { compareTargets } from '../compare/compare.js';
import { ALARMS, alarmingBenches, applyConfirmation, applyRecheck, budgetWords, confirmationPlan, undecidedBenches } from '../compare/recheck.js';
import { DEFAULT_OPTIONS, type CompareReport, type RecheckFacts } from '../compare/types.js';
import type { Driver } from '../vm/driver.js';
import { targetFiles } from './files.js';
import { measuredMeta, writeTargetOutcome } from './folder.js';
import { runSuite, type RunOptions, type SuiteRun } from './runner.js';
import { UserError } from '../errors.js';

export interface MeasureOptions extends RunOptions {
  /** The folder of the committed baselines (`<target>.json`). */
  baselines: string;
  threshold?: number;
  /**
   * Makes a fresh driver for a second measurement of the benchmarks that raised an alarm against the
   * baseline (src/compare/recheck.ts); without it, alarms stand on one measurement.
   */
  recheck?: () => Promise<Driver>;
  /**
   * Measures an alarm again side by side, on this machine, with the commit the baseline was made from
   * (its suite and target definition at that commit, beside the code measured in `from`): the same
   * code on both sides drops the alarm, a real change stands. Used when the baseline names its commit;
   * otherwise, or when that commit cannot be had, `recheck` measures again against the baseline.
   */
  confirm?: {
    from: string;
    suitePath: string;
    make: (suites: AbSuites) => Promise<Driver>;
    rounds?: number;
    maxRounds?: number;
    /** Seconds it may take (default `DEFAULT_CONFIRM_BUDGET_SEC`): what it takes on beyond the alarms is chosen to fit. */
    budgetSec?: number;
  };
}

export interface Measurement {
  outcome: SuiteRun;
  /** This run, analyzed (once). */
  current: TargetSummary;
  /** Where the target's baseline is, or would be. */
  baselinePath: string;
  /** The baseline, when there is one. */
  baseline: TargetSummary | undefined;
  /** This run against the baseline; every benchmark `new` without one. Alarms rechecked when asked. */
  report: CompareReport;
  /** The second measurement of the alarming benchmarks, when one ran (`<target>.recheck.jsonl`). */
  recheck?: Recheck;
}

/** The second measurement of the benchmarks that raised an alarm: its run (side B's, side by side), and what it found. */
export interface Recheck extends RecheckFacts {
  outcome: SuiteRun;
}

/** The seconds the run spent on each benchmark (the meta line's `benchSec`, docs/protocol.md); empty when a file has none. */
export function benchSeconds(meta: object): Record<string, number> {
  const given = (meta as { benchSec?: unknown }).benchSec;
  if (typeof given !== 'object' || given === null) return {};
  return Object.fromEntries(Object.entries(given).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] >= 0));
}

/** Levels for the log: "malloc's level", "the levels of socket, fork". */
const levelsOf = (names: readonly string[]): string => (names.length === 1 ? `${names[0]}'s level` : `the levels of ${names.join(', ')}`);

/** The report, saying what the target was compared with (src/compare/types.ts, `ComparedWith`). */
function withReference(report: CompareReport, target: string, baselinePath: string, found: boolean, recheck?: RecheckFacts): CompareReport {
  return { ...report, summary: { ...report.summary, comparedWith: [{ target, side: null, baseline: { path: baselinePath, found }, recheck: recheck ?? null }] } };
}

const factsOf = (r: Recheck): RecheckFacts => ({ benches: r.benches, repeated: r.repeated, undecided: r.undecided, decided: r.decided, unmeasured: r.unmeasured, interrupted: r.interrupted, beside: r.beside });

/** A target's comparison and meta file beside its results, as every measurement leaves them (src/run/folder.ts). */
function saved<M extends Measurement>(opts: MeasureOptions, m: M): M {
  writeTargetOutcome(opts.outDir, measuredMeta(opts.target, m.outcome.results, opts.driver.name, m.outcome.seconds), m.report);
  return m;
}

export async function measureTarget(opts: MeasureOptions): Promise<Measurement> {
  return saved(opts, await measureAndRecheck(opts));
}

type Once = Omit<Measurement, 'recheck'> & { first: CompareReport };

async function measureAndRecheck(opts: MeasureOptions): Promise<Measurement> {
  const outcome = await runSuite(opts);
  const current = analyzeResults(outcome.results);
  const baselinePath = join(opts.baselines, baselineName(opts.target));
  const baseline = existsSync(baselinePath) ? loadSummary(baselinePath).summary : undefined;
  const options = { ...DEFAULT_OPTIONS, threshold: opts.threshold ?? DEFAULT_OPTIONS.threshold };
  const first = compareTargets(baseline ? [baseline] : [], [current], options);
  const once: Once = { outcome, current, baselinePath, baseline, first, report: withReference(first, opts.target, baselinePath, baseline !== undefined) };
  if (!baseline || outcome.interrupted || !(opts.recheck || opts.confirm)) return once;
  const names = alarmingBenches(first, opts.target);
  const commit = referenceCommit(existingBaseline(opts.baselines, opts.target)!);
  // Beside the baseline's commit, the levels it could not judge are decided with the alarms, as many as the budget holds.
  const open = commit && opts.confirm ? undecidedBenches(first, opts.target, options.threshold) : [];
  if (names.length === 0 && open.length === 0) return once;
  if (commit && opts.confirm) {
    const budgetSec = opts.confirm.budgetSec ?? DEFAULT_CONFIRM_BUDGET_SEC[opts.suite];
    const rounds = opts.confirm.rounds ?? DEFAULT_ROUNDS[opts.suite];
    const seconds = benchSeconds(outcome.results.meta);
    const fit = confirmationPlan(first, opts.target, names, open, { rounds, budgetSec, share: BUDGET_SHARE, secondsOf: (b) => seconds[b] });
    const budget = budgetWords(budgetSec);
    if (names.length === 0 && fit.undecided.length === 0) {
      // Not one level fits: nothing is measured beside, and each says why.
      const one = fit.left.length === 1;
      opts.write(`scalewatch: ${levelsOf(fit.left)} could not be judged against the baseline; measuring ${one ? 'it' : 'any of them'} side by side with its commit ${commit.slice(0, 7)} would take more than the ${budget}, so ${one ? 'it stays' : 'they stay'} undecided\n`);
      const facts: RecheckFacts = { benches: [], repeated: [], undecided: [], decided: [], unmeasured: fit.left, interrupted: false, beside: commit };
      const final = applyConfirmation(first, { summary: first.summary, results: [] }, commit, { target: opts.target, benches: [], left: fit.left, budgetSec });
      return { ...once, report: withReference(final, opts.target, baselinePath, true, facts) };
    }
    const raised = names.length ? `${names.join(', ')} raised an alarm against the baseline` : '';
    const judged = fit.undecided.length ? `${levelsOf(fit.undecided)} could not be judged against it` : '';
    const all = names.length + fit.undecided.length;
    const rest = fit.left.length ? ` (${fit.left.join(', ')} could not be judged either: beyond the ${budget}, they stay undecided)` : '';
    opts.write(`scalewatch: ${[raised, judged].filter(Boolean).join('; ')}; measuring ${all === 1 ? 'it' : 'them'} side by side with the baseline's commit ${commit.slice(0, 7)} on this machine, to tell the code from the machine${rest}\n`);
    try {
      return await confirmBeside(opts, once, names, { ...fit, rounds, budgetSec }, commit);
    } catch (err) {
      opts.write(`scalewatch: side by side with ${commit.slice(0, 7)} did not run (${(err as Error).message.replace(/\.$/, '')})${opts.recheck && names.length ? '; measuring the alarms again against the baseline instead' : ''}\n`);
    }
  } else if (opts.recheck && names.length) {
    opts.write(`scalewatch: ${names.join(', ')} raised an alarm against the baseline${commit ? '' : ', which names no commit to measure beside'}; measuring ${names.length === 1 ? 'it' : 'them'} again to see whether it holds\n`);
  }
  return opts.recheck && names.length ? await recheckAgainstBaseline(opts, once, names, baseline, opts.recheck) : once;
}

/**
 * The alarms, and the levels the stored baseline could not judge that fit the budget (`plan.undecided`),
 * measured side by side with the baseline's commit on this machine: the code's change without the
 * machine's. The levels of `plan.left` keep their stored verdict, their note saying why.
 */
async function confirmBeside(opts: MeasureOptions, once: Once, names: string[], plan: { undecided: string[]; left: string[]; rounds: number; budgetSec: number }, commit: string): Promise<Measurement> {
  const confirm = opts.confirm!;
  const { undecided, left, rounds, budgetSec } = plan;
  const dir = join(opts.outDir, `.confirm-${opts.target}`);
  const options = { ...DEFAULT_OPTIONS, threshold: opts.threshold ?? DEFAULT_OPTIONS.threshold };
  try {
    const side = await measureAb({
      target: opts.target,
      suite: opts.suite,
      benches: opts.benches.filter((b) => names.includes(b.name) || undecided.includes(b.name)),
      rounds,
      maxRounds: confirm.maxRounds ?? DEFAULT_MAX_ROUNDS[opts.suite],
      budgetSec,
      seed: randomSeed(),
      specs: { a: commit, b: confirm.from },
      labels: { a: `the baseline's commit ${commit.slice(0, 7)}`, b: 'the code measured' },
      from: confirm.from,
      suitePath: confirm.suitePath,
      make: confirm.make,
      outDir: dir,
      compare: options,
      timeLimitSec: opts.timeLimitSec,
      eventApi: opts.eventApi,
      signal: opts.signal,
      write: opts.write,
      tty: opts.tty,
    });
    const files = targetFiles(opts.outDir, opts.target);
    renameSync(side.paths.b, files.recheck);
    renameSync(side.paths.a, files.recheckReference);
    const outcome = { path: files.recheck, results: side.results.b, interrupted: side.interrupted, seconds: side.seconds };
    if (side.interrupted) {
      const r: Recheck = { outcome, benches: names, repeated: names, undecided, decided: [], unmeasured: left, interrupted: true, beside: commit };
      return { ...once, report: withReference(once.first, opts.target, once.baselinePath, true, factsOf(r)), recheck: r };
    }
    const final = applyConfirmation(once.first, side.report, commit, { target: opts.target, benches: undecided, left, budgetSec });
    const verdictOf = (n: string) => final.results.find((r) => r.target === opts.target && r.bench === n)?.verdict;
    const repeated = names.filter((n) => ALARMS.has(verdictOf(n) ?? 'noisy'));
    const decided = undecided.filter((n) => verdictOf(n) !== 'noisy');
    const r: Recheck = { outcome, benches: names, repeated, undecided, decided, unmeasured: left, interrupted: false, beside: commit };
    return { ...once, report: withReference(final, opts.target, once.baselinePath, true, factsOf(r)), recheck: r };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The alarms measured once more, in a fresh run, against the same stored baseline (when no commit can be measured beside). */
async function recheckAgainstBaseline(opts: MeasureOptions, once: Once, names: string[], baseline: TargetSummary, recheck: () => Promise<Driver>): Promise<Measurement> {
  const options = { ...DEFAULT_OPTIONS, threshold: opts.threshold ?? DEFAULT_OPTIONS.threshold };
  const dir = join(opts.outDir, `.recheck-${opts.target}`);
  try {
    const again = await runSuite({ ...opts, benches: opts.benches.filter((b) => names.includes(b.name)), driver: await recheck(), outDir: dir });
    const path = targetFiles(opts.outDir, opts.target).recheck;
    renameSync(again.path, path);
    const moved = { ...again, path };
    if (again.interrupted) {
      const r: Recheck = { outcome: moved, benches: names, repeated: names, undecided: [], decided: [], unmeasured: [], interrupted: true, beside: null };
      return { ...once, report: withReference(once.first, opts.target, once.baselinePath, true, factsOf(r)), recheck: r };
    }
    const final = applyRecheck(once.first, compareTargets([baseline], [analyzeResults(again.results)], options));
    const repeated = names.filter((n) => final.results.some((r) => r.target === opts.target && r.bench === n && ALARMS.has(r.verdict)));
    const r: Recheck = { outcome: moved, benches: names, repeated, undecided: [], decided: [], unmeasured: [], interrupted: false, beside: null };
    return { ...once, report: withReference(final, opts.target, once.baselinePath, true, factsOf(r)), recheck: r };
  } catch (err) {
    opts.write(`scalewatch: the second measurement did not run (${(err as Error).message.replace(/\.$/, '')}); the alarms stand on one measurement\n`);
    return once;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AbMeasureOptions extends Omit<AbOptions, 'driver' | 'sides'> {
  /** Each side as the user names it: a git ref of the repository, or a directory. */
  specs: Record<Side, string>;
  /** Names for people that replace the resolved ones (the Action: "the base main (1a2b3c4)"). */
  labels?: Partial<Record<Side, string>>;
  /** Where the repository is looked for: the folder itself or one inside it. */
  from: string;
  /** When set, a `from` outside a git repository is an error (the user named it with --repo). */
  requireRepo?: boolean;
  /** The suite inside the repository (a side without it uses the suite shipped with scalewatch). */
  suitePath: string;
  /** Makes the driver that holds the sides' builds (or one side's, when the sides define the target differently). */
  make: (suites: AbSuites) => Promise<Driver>;
}

export interface AbMeasurement extends AbRun {
  sides: Record<Side, ResolvedSide>;
  /** The driver's name, for people and the report's list of targets. */
  driver: string;
}

/** Both sides resolved, built and run side by side; the sides' exports are removed afterwards, the results kept. */
export async function measureAb(opts: AbMeasureOptions): Promise<AbMeasurement> {
  const log = (m: string) => opts.write(`scalewatch: ${m}\n`);
  const repo = await repoRoot(opts.from);
  if (opts.requireRepo && !repo) throw new UserError(`--repo ${opts.from} is not inside a git repository.`);
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-ab-'));
  try {
    const { sides, driver } = await prepareAb({ target: opts.target, specs: opts.specs, labels: opts.labels, repo, suitePath: opts.suitePath, workDir: work, log, make: opts.make });
    log(`A = ${sides.a.label}, B = ${sides.b.label}: ${opts.suite} suite on ${opts.target} with the ${driver.name} driver`);
    const outcome = await runAb({ ...opts, sides, driver });
    writeTargetOutcome(opts.outDir, measuredMeta(opts.target, outcome.results.b, driver.name, outcome.seconds), outcome.report);
    return { ...outcome, sides, driver: driver.name };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
