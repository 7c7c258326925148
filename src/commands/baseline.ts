import type { Command } from 'commander';
import { basename } from 'node:path';
import { checkWritable, inputFiles, readResults, writeBaseline } from '../baseline/io.js';
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
    .addHelpText('after', '\nExamples:\n  scalewatch baseline update --from results\n  scalewatch baseline update --from results --targets freebsd-14,netbsd-10')
    .action((opts: { from: string; targets?: string; dir: string; force?: boolean }) => {
      const files = inputFiles(opts.from, '--from', ['.jsonl']);
      const wanted = opts.targets?.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const results = files.map((f) => ({ file: f, results: readResults(f) }));
      const seen = new Map<string, string>();
      for (const r of results) {
        const other = seen.get(r.results.meta.target);
        if (other) throw new UserError(`--from holds two results files for target "${r.results.meta.target}" (${other} and ${r.file}); keep one.`);
        seen.set(r.results.meta.target, r.file);
      }
      for (const w of wanted ?? []) {
        if (!seen.has(w)) throw new UserError(`No results for target "${w}" in ${opts.from}; it has ${[...seen.keys()].join(', ') || 'none'}.`);
      }
      const chosen = results.filter((r) => !wanted || wanted.includes(r.results.meta.target));
      // Summarize and check everything before writing anything, so bad input leaves every baseline untouched.
      const summaries = chosen.map((r) => summarizeResults(r.results, basename(r.file)));
      for (const s of summaries) checkWritable(opts.dir, s, opts.force ?? false);
      for (const s of summaries) {
        const out = writeBaseline(opts.dir, s, opts.force ?? false);
        if (out.unchanged) process.stdout.write(`${out.path}: unchanged\n`);
        else process.stdout.write(`wrote ${out.path}${out.backup ? ` (previous kept as ${out.backup})` : ''}\n`);
      }
    });
}
