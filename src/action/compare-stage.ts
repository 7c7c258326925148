/** Compare one target's results with its committed baseline, in process, with the compare stage. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import { baselineName, loadTarget, readResults } from '../baseline/io.js';
import { compareTargets } from '../compare/compare.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import type { Stages } from './stages.js';

/** A target without a baseline yet compares against nothing: every benchmark comes out "new". */
export const compareWithBaseline: Stages['compare'] = async ({ baselines, current, threshold }) => {
  const now = analyzeResults(readResults(current));
  const path = join(baselines, baselineName(now.target));
  const before = existsSync(path) ? [loadTarget(path).summary] : [];
  return compareTargets(before, [now], { ...DEFAULT_OPTIONS, threshold });
};
