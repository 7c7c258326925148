/**
 * Publishing a rendered report: report.md in the results directory, the job summary (1 MiB at most),
 * and the step outputs; the step's outcome (what it found, and whether it fails) is pure and lives here
 * too, next to the outputs it feeds.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { SUMMARY_BUDGET, renderReport } from '../report/markdown.js';
import { countVerdicts } from '../compare/types.js';
import { regressionCount } from '../compare/verdicts.js';
import type { ReportInput } from '../report/input.js';
import type { FailOn } from './inputs.js';

export interface StepOutcome {
  regressions: number;
  scalingRegressions: number;
  failedTargets: number;
  /** Each target that was not measured, and why. */
  failed: { target: string; reason: string }[];
  /** Anything but `unchanged`: what `comment: on-change` reacts to. */
  changed: boolean;
}

export function stepOutcomeOf(input: ReportInput): StepOutcome {
  const counts = countVerdicts(input.compare.results);
  const failed = input.targets.filter((t) => t.failure !== undefined).map((t) => ({ target: t.target, reason: t.failure! }));
  const failedTargets = failed.length;
  return {
    regressions: regressionCount(counts, 'level'),
    scalingRegressions: regressionCount(counts, 'scaling'),
    failedTargets,
    failed,
    changed: failedTargets > 0 || counts.unchanged < input.compare.results.length,
  };
}

/**
 * The sentence the step fails with, or undefined when `fail-on` lets it pass. A target that could not
 * be measured fails the step whatever `fail-on` lists, unless it is `never`: a green step must mean
 * that every target was measured.
 */
export function failureOf(f: StepOutcome, failOn: readonly FailOn[]): string | undefined {
  if (failOn.length > 0 && f.failed.length > 0) {
    return `scalewatch could not measure ${f.failed.length} target${f.failed.length === 1 ? '' : 's'}: ${f.failed.map((t) => `${t.target} (${t.reason.replace(/\.$/, '')})`).join('; ')}.`;
  }
  if (failOn.includes('regression') && f.regressions + f.scalingRegressions > 0) {
    return `scalewatch found ${f.regressions} regression(s) and ${f.scalingRegressions} scaling regression(s).`;
  }
  if (failOn.includes('scaling') && f.scalingRegressions > 0) return `scalewatch found ${f.scalingRegressions} scaling regression(s).`;
  return undefined;
}

/** Write report.md and the job summary; returns the report's absolute path. */
export async function writeReport(input: ReportInput, resultsDir: string): Promise<string> {
  const text = renderReport(input, { budget: SUMMARY_BUDGET, elsewhere: 'the scalewatch-results artifacts' });
  const path = resolve(resultsDir, 'report.md');
  writeFileSync(path, text);
  try {
    await core.summary.addRaw(text, true).write();
  } catch (err) {
    // No summary file (not on a runner, or an old one): report.md and the artifact still have it all.
    core.warning(`The job summary was not written: ${(err as Error).message.split('\n')[0]}`);
  }
  return path;
}

export function setOutputs(f: StepOutcome, reportPath: string, commentUrl: string | undefined): void {
  core.setOutput('regressions', String(f.regressions));
  core.setOutput('scaling-regressions', String(f.scalingRegressions));
  core.setOutput('report', reportPath);
  core.setOutput('comment-url', commentUrl ?? '');
}
