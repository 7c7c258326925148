/**
 * One target's results as the report needs them: analyzed, and each curve's raw samples thinned for
 * its chart right away, so that only the summaries and a few hundred points a curve are kept while the
 * next target is read. Pure.
 */
import { analyzeResults } from '../../analysis/analyze.js';
import { curveColumns } from '../../analysis/columns.js';
import type { TargetSummary } from '../../analysis/types.js';
import type { ResultSet } from '../../suite/protocol.js';
import { thinRuns, type RunPoint } from './points.js';

export interface PreparedTarget {
  summary: TargetSummary;
  /** Thinned points of each curve, by benchmark. */
  points: Map<string, RunPoint[]>;
}

/** Analyze one target's results and keep what the charts need; the raw samples can go after this. */
export function prepareTarget(results: ResultSet): PreparedTarget {
  const columns = curveColumns(results.samples);
  const summary = analyzeResults(results, columns);
  const points = new Map<string, RunPoint[]>();
  for (const [bench, cols] of columns) {
    const c = summary.benchmarks.find((b) => b.bench === bench);
    points.set(bench, thinRuns(cols, c?.kind === 'curve' && c.findings?.bimodal !== null && c.findings?.bimodal !== undefined));
  }
  return { summary, points };
}
