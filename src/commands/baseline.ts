import type { Command } from 'commander';
import { MAX_SESSIONS } from '../baseline/sessions.js';

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
    .action(async (opts: { from: string; targets?: string; dir: string; force?: boolean; addSession?: boolean }) => {
      const { updateBaselines } = await import('../baseline/update.js');
      const targets = opts.targets?.split(',').map((s) => s.trim()).filter((s) => s !== '');
      for (const line of updateBaselines({ from: opts.from, targets, dir: opts.dir, force: opts.force, addSession: opts.addSession })) process.stdout.write(`${line}\n`);
    });
}
