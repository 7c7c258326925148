/**
 * Results → baseline: analyze one target's raw results and keep only what a baseline stores (the grid
 * summaries, findings and figure repetitions). Pure.
 */
import { analyzeResults } from '../analysis/analyze.js';
import type { ResultSet } from '../suite/protocol.js';
import { toBaselineFile, type BaselineFile } from './model.js';

/** The commit a run measured, when it says so and its checkout had no changes (a dirty tree measured code no commit holds). */
export function runCommit(results: ResultSet): string | undefined {
  const { commit, dirty } = results.meta;
  return typeof commit === 'string' && /^[0-9a-f]{40}$/.test(commit) && dirty === false ? commit : undefined;
}

export function summarizeResults(results: ResultSet, source: string): BaselineFile {
  return toBaselineFile(analyzeResults(results), source, runCommit(results));
}
