/**
 * One target measured and judged: run the suite through its driver, analyze the results once, and
 * compare them with the target's committed baseline when there is one, measuring again what raised an
 * alarm (when given a way to make a fresh driver). `scalewatch run` and the
 * Action's run mode both call this; side by side, both call runAb (src/ab/run.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { baselineName, loadSummary } from '../baseline/io.js';
import { compareTargets } from '../compare/compare.js';
import { ALARMS, alarmingBenches, applyRecheck } from '../compare/recheck.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../compare/types.js';
import type { Driver } from '../vm/driver.js';
import { targetFiles } from './files.js';
import { runSuite, type RunOptions, type RunOutcome } from './runner.js';

export interface MeasureOptions extends RunOptions {
  /** The folder of the committed baselines (`<target>.json`). */
  baselines: string;
  threshold?: number;
  /**
   * Makes a fresh driver for a second measurement of the benchmarks that raised an alarm against the
   * baseline (src/compare/recheck.ts); without it, alarms stand on one measurement.
   */
  recheck?: () => Promise<Driver>;
}

export interface Measurement {
  outcome: RunOutcome;
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

export interface Recheck {
  outcome: RunOutcome;
  /** The benchmarks measured again: those that raised an alarm. */
  benches: string[];
  /** Those whose alarm stands: the second measurement repeated it (the rest are noisy now), or, interrupted, did not get to judge it. */
  repeated: string[];
}

/** For people: what the second measurement did, e.g. "2 alarms measured a second time, 1 repeated (socket)". */
export function describeRecheck(r: Recheck): string {
  const n = r.benches.length;
  const kept = r.repeated.length ? `${r.repeated.length} repeated (${r.repeated.join(', ')})` : 'none repeated';
  return `${n} alarm${n === 1 ? '' : 's'} measured a second time${r.outcome.interrupted ? ' (interrupted: they stand on one measurement)' : `, ${kept}`}`;
}


export async function measureTarget(opts: MeasureOptions): Promise<Measurement> {
  const outcome = await runSuite(opts);
  const current = analyzeResults(outcome.results);
  const baselinePath = join(opts.baselines, baselineName(opts.target));
  const baseline = existsSync(baselinePath) ? loadSummary(baselinePath).summary : undefined;
  const options = { ...DEFAULT_OPTIONS, threshold: opts.threshold ?? DEFAULT_OPTIONS.threshold };
  const report = compareTargets(baseline ? [baseline] : [], [current], options);
  const recheck = outcome.interrupted ? undefined : opts.recheck;
  const names = baseline && recheck ? alarmingBenches(report, opts.target) : [];
  if (!baseline || !recheck || names.length === 0) return { outcome, current, baselinePath, baseline, report };
  opts.write(`scalewatch: ${names.join(', ')} raised an alarm against the baseline; measuring ${names.length === 1 ? 'it' : 'them'} again to see whether it holds\n`);
  const dir = join(opts.outDir, `.recheck-${opts.target}`);
  try {
    const again = await runSuite({ ...opts, benches: opts.benches.filter((b) => names.includes(b.name)), driver: await recheck(), outDir: dir });
    const path = targetFiles(opts.outDir, opts.target).recheck;
    renameSync(again.path, path);
    if (again.interrupted) return { outcome, current, baselinePath, baseline, report, recheck: { outcome: { ...again, path }, benches: names, repeated: names } };
    const final = applyRecheck(report, compareTargets([baseline], [analyzeResults(again.results)], options));
    const repeated = names.filter((n) => final.results.some((r) => r.target === opts.target && r.bench === n && ALARMS.has(r.verdict)));
    return { outcome, current, baselinePath, baseline, report: final, recheck: { outcome: { ...again, path }, benches: names, repeated } };
  } catch (err) {
    opts.write(`scalewatch: the second measurement did not run (${(err as Error).message.replace(/\.$/, '')}); the alarms stand on one measurement\n`);
    return { outcome, current, baselinePath, baseline, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
