/**
 * `baseline update` as a function: the CLI command and the Action's `/scalewatch baseline update`
 * both call this, so both write baselines with exactly the same code.
 */
import { basename, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { checkWritable, existingBaseline, inputFiles, readResults, writeBaseline } from './io.js';
import { addSessions, sessionsOf } from './sessions.js';
import { summarizeResults } from './summarize.js';

export interface UpdateOptions {
  /** A results file (.jsonl) or a directory of them. */
  from: string;
  /** Only these targets; undefined or empty: every target in `from`. */
  targets?: readonly string[];
  /** The baselines' directory. */
  dir: string;
  /** Replace a file that is not a valid baseline of the same target (kept as .bak). */
  force?: boolean;
  /** Add the results as new sessions to each target's existing baseline instead of replacing it. */
  addSession?: boolean;
  /** Relative paths are taken from here; default the current directory. */
  cwd?: string;
}

/** One line per target written: `wrote PATH (N sessions)…` or `PATH: unchanged`. */
export function updateBaselines(opts: UpdateOptions): string[] {
  const at = (p: string) => (opts.cwd ? resolve(opts.cwd, p) : p);
  const dir = at(opts.dir);
  const files = inputFiles(at(opts.from), '--from', ['.jsonl']);
  const wanted = opts.targets && opts.targets.length > 0 ? opts.targets : undefined;
  const results = files.map((f) => ({ file: f, results: readResults(f) }));
  const byTarget = new Map<string, typeof results>();
  for (const r of results) byTarget.set(r.results.meta.target, [...(byTarget.get(r.results.meta.target) ?? []), r]);
  for (const w of wanted ?? []) {
    if (!byTarget.has(w)) throw new UserError(`No results for target "${w}" in ${opts.from}; it has ${[...byTarget.keys()].join(', ') || 'none'}.`);
  }
  const chosen = [...byTarget.entries()].filter(([t]) => !wanted || wanted.includes(t));
  // Summarize and check everything before writing anything, so bad input leaves every baseline untouched.
  const summaries = chosen.map(([target, rs]) => {
    let merged = rs.map((r) => summarizeResults(r.results, basename(r.file))).reduce((a, b) => addSessions(a, b));
    if (opts.addSession) {
      const existing = existingBaseline(dir, target);
      if (existing) merged = addSessions(existing, merged);
    }
    return merged;
  });
  for (const s of summaries) checkWritable(dir, s, opts.force ?? false);
  return summaries.map((s) => {
    const out = writeBaseline(dir, s, opts.force ?? false);
    const n = sessionsOf(s).length;
    return out.unchanged ? `${out.path}: unchanged` : `wrote ${out.path} (${n} session${n === 1 ? '' : 's'})${out.backup ? ` (previous kept as ${out.backup})` : ''}`;
  });
}
