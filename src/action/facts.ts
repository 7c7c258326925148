/**
 * The curves and figures behind the comment's charts and cross-target comparison: each target's
 * results file in the results directory, analyzed again, beside its committed baseline when there is
 * one. A file that cannot be read only costs its charts, never the report.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { baselineName, loadSummary, readResults } from '../baseline/io.js';
import { benchFacts, type BenchFacts } from '../report/facts.js';
import { targetFiles } from '../run/files.js';

export function readFacts(resultsDir: string, baselinesDir: string, targets: readonly string[], log: (m: string) => void): BenchFacts[] {
  const currents: TargetSummary[] = [];
  const baselines: TargetSummary[] = [];
  for (const target of targets) {
    const path = targetFiles(resultsDir, target).results;
    if (!existsSync(path)) continue;
    try {
      currents.push(analyzeResults(readResults(path)));
      // Side A of an A/B run is what the current side was compared with; else the committed baseline.
      const reference = targetFiles(resultsDir, target).reference;
      const base = existsSync(reference) ? reference : join(baselinesDir, baselineName(target));
      if (existsSync(base)) baselines.push(loadSummary(base).summary);
    } catch (err) {
      log(`${target}: no charts in the comment (${(err as Error).message})`);
    }
  }
  return benchFacts(currents, baselines);
}
