import type { Command } from 'commander';
import { basename } from 'node:path';
import { checkWritable, existingBaseline, inputFiles, readResults, writeBaseline } from '../baseline/io.js';
import { addSessions, MAX_SESSIONS, sessionsOf } from '../baseline/sessions.js';
import { summarizeResults } from '../baseline/summarize.js';
import { UserError } from '../errors.js';

export function register(program: Command): void {
  const baseline = program
    .command('baseline')
    .summary('Manage the committed baselines (baseline update).')
    .description('Manage the baselines in baselines/: one small, reviewable JSON file per target (see docs/baselines.md).');
  baseline
    .command('update')
    .summary('Write baselines from results files.')
    .description(
      'Summarize results files into baselines, one file per target named after it (baselines/TARGET.json). Each file is written atomically; the previous baseline of the target is kept as TARGET.json.bak. A file in the way that is not a valid baseline of that target (corrupt, foreign, another target, another format version) is left alone unless --force is given, and then kept as .bak too.',
    )
    .requiredOption('--from <path>', 'a results file (.jsonl) or a directory of them')
    .option('--targets <list>', 'only these targets (comma-separated names)')
    .option('--dir <dir>', 'directory of the baselines', 'baselines')
    .option('--force', 'replace a file that is not a valid baseline of the same target (it is kept as .bak)')
    .option('--add-session', `add the results as new sessions to the existing baseline of each target instead of replacing it (at most ${MAX_SESSIONS} sessions are kept, the oldest dropped)`)
    .addHelpText(
      'after',
      '\nEvery results file is one session; several files of one target (a directory of repeated runs) make one baseline of several sessions, from which compare learns how much each benchmark moves between sessions.\n\nExamples:\n  scalewatch baseline update --from results\n  scalewatch baseline update --from results --targets freebsd-14,netbsd-10\n  scalewatch baseline update --from results --add-session     # one more session of unchanged code',
    )
    .action((opts: { from: string; targets?: string; dir: string; force?: boolean; addSession?: boolean }) => {
      const files = inputFiles(opts.from, '--from', ['.jsonl']);
      const wanted = opts.targets?.split(',').map((s) => s.trim()).filter((s) => s !== '');
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
          const existing = existingBaseline(opts.dir, target);
          if (existing) merged = addSessions(existing, merged);
        }
        return merged;
      });
      for (const s of summaries) checkWritable(opts.dir, s, opts.force ?? false);
      for (const s of summaries) {
        const out = writeBaseline(opts.dir, s, opts.force ?? false);
        if (out.unchanged) process.stdout.write(`${out.path}: unchanged\n`);
        else process.stdout.write(`wrote ${out.path} (${sessionsOf(s).length} session${sessionsOf(s).length === 1 ? '' : 's'})${out.backup ? ` (previous kept as ${out.backup})` : ''}\n`);
      }
    });
}
