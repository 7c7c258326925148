/**
 * One target measured and judged: run the suite through its driver, analyze the results once, and
 * compare them with the target's committed baseline when there is one. `scalewatch run` and the
 * Action's run mode both call this; side by side, both call runAb (src/ab/run.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { baselineName, loadSummary } from '../baseline/io.js';
import { compareTargets } from '../compare/compare.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../compare/types.js';
import { runSuite, type RunOptions, type RunOutcome } from './runner.js';

export interface MeasureOptions extends RunOptions {
  /** The folder of the committed baselines (`<target>.json`). */
  baselines: string;
  threshold?: number;
}

export interface Measurement {
  outcome: RunOutcome;
  /** This run, analyzed (once). */
  current: TargetSummary;
  /** Where the target's baseline is, or would be. */
  baselinePath: string;
  /** The baseline, when there is one. */
  baseline: TargetSummary | undefined;
  /** This run against the baseline; every benchmark `new` without one. */
  report: CompareReport;
}

export async function measureTarget(opts: MeasureOptions): Promise<Measurement> {
  const outcome = await runSuite(opts);
  const current = analyzeResults(outcome.results);
  const baselinePath = join(opts.baselines, baselineName(opts.target));
  const baseline = existsSync(baselinePath) ? loadSummary(baselinePath).summary : undefined;
  const report = compareTargets(baseline ? [baseline] : [], [current], { ...DEFAULT_OPTIONS, threshold: opts.threshold ?? DEFAULT_OPTIONS.threshold });
  return { outcome, current, baselinePath, baseline, report };
}
