/**
 * Results → baseline: analyze one target's raw results and keep only what a baseline stores (the grid
 * summaries, findings and figure repetitions). Pure.
 */
import { analyzeResults } from '../analysis/analyze.js';
import type { ResultSet } from '../suite/protocol.js';
import { toBaselineFile, type BaselineFile } from './model.js';

export function summarizeResults(results: ResultSet, source: string): BaselineFile {
  return toBaselineFile(analyzeResults(results), source);
}
