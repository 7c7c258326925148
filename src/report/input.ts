/**
 * What the report renders: the compare stage's own report (src/compare/types.ts, parsed from files by
 * src/compare/report-file.ts) and a few facts per target. Nothing is copied between the two: a field
 * compare adds reaches the comment, the job summary and the HTML page.
 */
import type { CompareReport } from '../compare/types.js';
import type { HistoryChange } from '../history/series.js';
import type { BenchFacts } from './facts.js';

export { VERDICTS, type CompareReport, type CompareResult, type Verdict } from '../compare/types.js';

/** Where and how one target was measured; `failure` says why a target produced no results. */
export interface TargetMeta {
  target: string;
  os?: string;
  release?: string;
  arch?: string;
  /** The file system the suite's scratch files lived on. */
  fs?: string;
  ncpu?: number;
  driver?: string;
  seconds?: number;
  failure?: string;
}

export interface ReportInput {
  compare: CompareReport;
  targets: TargetMeta[];
  threshold: number;
  /** Link to the workflow run, where the job summary and the artifacts are. */
  runUrl?: string;
  /**
   * Curves and figures behind the verdicts, when the results are at hand: they add the cross-target
   * comparison and a chart per changed curve. Without them the comment shows the verdicts alone.
   */
  benchmarks?: BenchFacts[];
  /** A push recorded in the history: the change points on main that its records made known (docs/history.md). */
  history?: HistoryChange[];
  /**
   * A run compared with stored baselines: the change points on main between the commit each baseline
   * was made from and the commit the run builds on (the PR's base, or the pushed commit's parent),
   * which its comparison includes and the change under test did not make.
   */
  mainMoved?: { since: 'base' | 'parent'; changes: HistoryChange[] };
}
