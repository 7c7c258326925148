/**
 * `scalewatch bisect --good REF --bad REF`: the commit that made a change, by binary search over the
 * first-parent commits between the two (src/bisect/run.ts).
 */
import { Option, type Command } from 'commander';
import { DEFAULT_BUDGET_SEC, DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS } from '../ab/plan.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { BENCHES, selectBenches } from '../suite/benches.js';
import { listTargets } from '../vm/targets.js';
import { roundsOf, type RoundFlags } from './ab.js';
import { parseThreshold } from './compare.js';
import { withInterrupt } from './interrupt.js';

interface BisectFlags extends RoundFlags {
  good: string;
  bad: string;
  target: string;
  bench?: string;
  threshold: string;
  repo: string;
  suitePath: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('bisect')
    .summary('Find the commit that made a change: binary search between a good and a bad commit, each step side by side with good.')
    .description(
      'Check that --bad differs from --good side by side on this machine, then search the first-parent commits between them: each step measures one commit beside --good (suites exported at each commit, as scalewatch ab does) and asks whether it shows the change. Undecided benchmarks get more rounds, as in ab; a step still undecided goes the way its estimate leans, and says so. A commit that does not build or run is skipped. At most 1 + ⌈log₂ N⌉ sessions for N commits when every step decides.',
    )
    .requiredOption('--good <ref>', 'a commit without the change (older)')
    .requiredOption('--bad <ref>', 'a commit with it (newer, on the first-parent line from --good)')
    .option('--target <name>', `where to run: "local" or a target under vms/ (${listTargets().join(', ')})`, 'local')
    .addOption(new Option('--suite <size>', 'sizes of n and repetitions per round, as in run').choices(['quick', 'full']).default('quick'))
    .option('--bench <list>', `comma-separated benchmarks to measure (default: all): ${BENCHES.map((b) => b.name).join(', ')}`)
    .option('--rounds <n>', `rounds of each session before its first look (default ${DEFAULT_ROUNDS.quick})`)
    .option('--max-rounds <n>', `rounds an undecided benchmark may get in a session (default ${DEFAULT_MAX_ROUNDS.quick} quick, ${DEFAULT_MAX_ROUNDS.full} full)`)
    .option('--budget <minutes>', `minutes per session after which no further rounds start (default ${DEFAULT_BUDGET_SEC.quick / 60} quick)`)
    .option('--threshold <fraction>', 'smallest relative change that counts', String(DEFAULT_OPTIONS.threshold))
    .option('--repo <dir>', 'the git repository', '.')
    .option('--suite-path <path>', 'the suite inside the repository; a commit without it uses the suite shipped with scalewatch', 'suite')
    .option('--json', 'print {"commit", "key", "steps", "sessions"} as JSON')
    .addHelpText('after', ['', 'Example:', '  scalewatch bisect --good v1.0 --bad main --bench fork,socket'].join('\n'))
    .action(async (flags: BisectFlags) => {
      const benches = selectBenches(flags.bench);
      const threshold = parseThreshold(flags.threshold);
      const { rounds, maxRounds, budgetSec } = roundsOf(flags);
      const write = (text: string) => process.stderr.write(text);
      const log = (msg: string) => write(`scalewatch: ${msg}\n`);
      const [{ selectDriver }, { bisect, bisectionLines }] = await Promise.all([import('../vm/select.js'), import('../bisect/run.js')]);
      await withInterrupt(log, async (signal) => {
        const b = await bisect({
          repo: flags.repo,
          good: flags.good,
          bad: flags.bad,
          target: flags.target,
          suite: flags.suite,
          benches,
          rounds,
          maxRounds,
          budgetSec,
          threshold,
          suitePath: flags.suitePath,
          make: (suites) => selectDriver({ target: flags.target, log, ...suites }),
          signal,
          log,
        });
        process.stdout.write(flags.json ? `${JSON.stringify(b)}\n` : `${bisectionLines(b, flags.target).join('\n')}\n`);
      });
    });
}
