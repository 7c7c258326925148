/**
 * The files one target leaves in a results folder, by name: its results, its companions (side A of a
 * side-by-side run, the second measurement of an alarm), its compare report and its meta file. The
 * runner, measureTarget, the Action's artifacts and `scalewatch report` all name them from here.
 */
import { join } from 'node:path';

/**
 * The endings of a target's companions, files that hold results of the target but are not its own
 * run (`report --in` skips them): side A's results (the PR's base) and the recheck's.
 */
const BASE_SIDE_ENDING = '.base.jsonl';
const RECHECK_ENDING = '.recheck.jsonl';

export interface TargetFiles {
  /** The run: `<target>.jsonl`. */
  results: string;
  /** Side A of a side-by-side run (the PR's base), measured in the same job. */
  reference: string;
  /** The second measurement of the benchmarks that raised an alarm against a stored baseline. */
  recheck: string;
  compare: string;
  meta: string;
}

export function targetFiles(dir: string, target: string): TargetFiles {
  return {
    results: join(dir, `${target}.jsonl`),
    reference: join(dir, `${target}${BASE_SIDE_ENDING}`),
    recheck: join(dir, `${target}${RECHECK_ENDING}`),
    compare: join(dir, `${target}.compare.json`),
    meta: join(dir, `${target}.meta.json`),
  };
}

/** Whether a results file is a target's companion rather than a target's own run. */
export function isCompanion(path: string): boolean {
  return path.endsWith(BASE_SIDE_ENDING) || path.endsWith(RECHECK_ENDING);
}
