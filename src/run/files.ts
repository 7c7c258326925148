/**
 * The files one target leaves in a results folder, by name: its results, its companions (side A of a
 * side-by-side run, the second measurement of an alarm), its compare report and its meta file. The
 * runner, measureTarget, the Action's artifacts and `scalewatch report` all name them from here.
 */
import { basename, join } from 'node:path';

/**
 * The endings of a target's companions, files that hold results of the target but are not its own
 * run (`report --in` skips them): side A's results (the PR's base) and the recheck's (side by side,
 * `.recheck.base.jsonl` holds the baseline's commit measured beside it).
 */
const BASE_SIDE_ENDING = '.base.jsonl';
const RECHECK_ENDING = '.recheck.jsonl';
const COMPARE = '.compare.json';
const META = '.meta.json';
const HISTORY = '.history.json';

/** Which pull request and commit a run measured, beside the targets' files (src/run/folder.ts). */
export const PR_FILE = 'pull-request.json';

export interface TargetFiles {
  /** The run: `<target>.jsonl`. */
  results: string;
  /** Side A of a side-by-side run (the PR's base), measured in the same job. */
  reference: string;
  /** The second measurement of the benchmarks that raised an alarm against a stored baseline (side by side: the code measured). */
  recheck: string;
  /** Side by side, the baseline's commit measured beside it. */
  recheckReference: string;
  compare: string;
  meta: string;
  /** A push recorded in the history: the record of this commit (docs/history.md). */
  history: string;
}

export function targetFiles(dir: string, target: string): TargetFiles {
  return {
    results: join(dir, `${target}.jsonl`),
    reference: join(dir, `${target}${BASE_SIDE_ENDING}`),
    recheck: join(dir, `${target}${RECHECK_ENDING}`),
    recheckReference: join(dir, `${target}.recheck${BASE_SIDE_ENDING}`),
    compare: join(dir, `${target}${COMPARE}`),
    meta: join(dir, `${target}${META}`),
    history: join(dir, `${target}${HISTORY}`),
  };
}

/** A side-by-side run's file of one side: side B is the run (`<target>.jsonl`), side A its reference (`<target>.base.jsonl`). */
export function sideFile(dir: string, target: string, side: 'a' | 'b'): string {
  const files = targetFiles(dir, target);
  return side === 'b' ? files.results : files.reference;
}

/** Whether a results file is a target's companion rather than a target's own run. */
export function isCompanion(path: string): boolean {
  return path.endsWith(BASE_SIDE_ENDING) || path.endsWith(RECHECK_ENDING);
}

/**
 * Whether a file of a results folder is something other than a target's own run or a baseline: a
 * companion, a compare report, a meta file, a history record, the pull-request note. Commands that take every results
 * or baseline file of a folder (`baseline update --from`, `compare`) pass these by.
 */
export function isBesideRun(path: string): boolean {
  return isCompanion(path) || path.endsWith(COMPARE) || path.endsWith(META) || path.endsWith(HISTORY) || basename(path) === PR_FILE;
}

/** The target a file of a results folder belongs to (its run, compare report or meta file), or undefined for any other file. */
export function targetOf(name: string): string | undefined {
  if (isCompanion(name)) return undefined;
  const suffix = ['.jsonl', COMPARE, META].find((s) => name.endsWith(s));
  return suffix && name.length > suffix.length ? name.slice(0, -suffix.length) : undefined;
}
