import { Option, type Command } from 'commander';
import { join } from 'node:path';
import { abRounds, DEFAULT_BUDGET_SEC, DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS, MAX_ROUNDS, MIN_ROUNDS, parseBudget, randomSeed } from '../ab/plan.js';
import { renderComparison } from '../compare/output.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { EXIT, UserError } from '../errors.js';
import { BENCHES, selectBenches, type SuiteName } from '../suite/benches.js';
import type { EventApi } from '../run/plan.js';
import type { DriverName } from '../vm/driver.js';
import { listTargets } from '../vm/targets.js';
import { FAIL_ON_REGRESSION_HELP, parseThreshold } from './compare.js';
import { withInterrupt } from './interrupt.js';
import { parseTimeLimit } from './run.js';

interface AbFlags extends RoundFlags {
  a: string;
  b: string;
  target: string;
  bench?: string;
  seed?: string;
  out: string;
  repo?: string;
  suitePath: string;
  threshold: string;
  json?: boolean;
  failOnRegression?: boolean;
  driver?: DriverName;
  timeLimit?: string;
  eventApi: EventApi;
  tmpDir?: string;
  qemuMode?: 'initramfs' | 'image';
  provider?: 'libvirt' | 'virtualbox';
}

/** The flags of a side-by-side run's rounds, as ab and bisect take them. */
export interface RoundFlags {
  suite: SuiteName;
  rounds?: string;
  maxRounds?: string;
  budget?: string;
}

/** The rounds a side-by-side run's flags ask for, with the defaults for the suite size; one sentence for a bad one. */
export function roundsOf(flags: RoundFlags): { rounds: number; maxRounds: number; budgetSec: number } {
  const rounds = wholeNumber('--rounds', flags.rounds, MIN_ROUNDS, MAX_ROUNDS);
  const maxRounds = wholeNumber('--max-rounds', flags.maxRounds, MIN_ROUNDS, MAX_ROUNDS);
  const given = abRounds({ suite: flags.suite, rounds, maxRounds, budgetSec: parseBudget('--budget', flags.budget) });
  if (maxRounds !== undefined && maxRounds < given.rounds) throw new UserError(`--max-rounds (${maxRounds}) must be at least --rounds (${given.rounds}).`);
  return given;
}

/** A whole number a flag gives, within [min, max]; undefined when not given; one sentence naming the flag otherwise. */
export function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (!Number.isInteger(x) || x < min || x > max) throw new UserError(`${flag} must be a whole number from ${min} to ${max}, not "${text}".`);
  return x;
}

export function register(program: Command): void {
  program
    .command('ab')
    .summary('Measure two versions side by side on one machine, interleaved, and compare them round by round.')
    .description(
      'Build the suite of two sides (git refs of this repository, or directories) for one target, run both in the same session on the same machine in rounds (each benchmark once per side per round, the two back to back in random order), and compare B against A round by round. Machine noise that a stored baseline cannot tell from a change hits both sides alike here. See docs/statistics.md for what it detects.',
    )
    .option('--a <ref|dir>', 'side A, the reference: a git ref (main, HEAD~1, a commit) or a directory (./x, /path)', 'HEAD')
    .option('--b <ref|dir>', 'side B, the candidate: a git ref or a directory; "." is the working tree as it is', '.')
    .option('--target <name>', `where to run: "local" or a target under vms/ (${listTargets().join(', ')})`, 'local')
    .addOption(new Option('--suite <size>', 'sizes of n and repetitions per round, as in run').choices(['quick', 'full']).default('quick'))
    .option('--bench <list>', `comma-separated benchmarks (default: all): ${BENCHES.map((b) => b.name).join(', ')}`)
    .option('--rounds <n>', `rounds of every benchmark before the first look (default ${DEFAULT_ROUNDS.quick})`)
    .option('--max-rounds <n>', `rounds a benchmark still undecided may get in all, looking again at twice the rounds each time (default ${DEFAULT_MAX_ROUNDS.quick} quick, ${DEFAULT_MAX_ROUNDS.full} full; equal to --rounds: one look)`)
    .option('--budget <minutes>', `minutes after which no further rounds start (default ${DEFAULT_BUDGET_SEC.quick / 60} quick, ${DEFAULT_BUDGET_SEC.full / 60} full; the first --rounds always run; the undecided benchmarks cheapest to decide get the time first)`)
    .option('--seed <n>', 'seed of the random side order (default: drawn and printed), to repeat a run exactly')
    .option('--out <dir>', 'directory for <target>.jsonl (side B), <target>.base.jsonl (side A) and <target>.compare.json, as scalewatch report reads them', join('results', 'ab'))
    .option('--repo <dir>', 'the git repository the refs belong to (default: the one around the current directory)')
    .option('--suite-path <path>', 'the suite inside the repository; a side without it uses the suite shipped with scalewatch', 'suite')
    .option('--threshold <fraction>', 'smallest relative change that counts', String(DEFAULT_OPTIONS.threshold))
    .option('--json', 'print the comparison as JSON ({"summary":{…},"results":[…]}) instead of text')
    .option('--fail-on-regression', FAIL_ON_REGRESSION_HELP)
    .addOption(new Option('--driver <name>', 'how to reach the target (default: the target\'s own)').choices(['local', 'qemu', 'vagrant']))
    .option('--time-limit <seconds>', 'per-invocation time limit (default 120 quick, 1200 full)')
    .addOption(new Option('--event-api <api>', 'event API of the suite\'s server for connect and http').choices(['auto', 'epoll', 'kqueue', 'poll']).default('auto'))
    .addOption(new Option('--qemu-mode <mode>', 'qemu driver: initramfs (Linux fast path) or image').choices(['initramfs', 'image']))
    .addOption(new Option('--provider <name>', 'vagrant driver: the box provider').choices(['libvirt', 'virtualbox']))
    .option('--tmp-dir <dir>', 'where benchmarks create their temporary files (local target)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  scalewatch ab --a main                      # main against the working tree, on this host',
        '  scalewatch ab --a origin/main --b HEAD --target debian-12 --bench socket,fork,pipe',
        '  scalewatch ab --a HEAD --b HEAD --rounds 10 --max-rounds 10  # an A/A run of fixed size: how much this machine moves',
      ].join('\n'),
    )
    .action(async (flags: AbFlags) => {
      const benches = selectBenches(flags.bench);
      const threshold = parseThreshold(flags.threshold);
      const { rounds, maxRounds, budgetSec } = roundsOf(flags);
      const seed = wholeNumber('--seed', flags.seed, 0, 2 ** 32 - 1) ?? randomSeed();
      const timeLimitSec = parseTimeLimit(flags.timeLimit);
      const write = (text: string) => process.stderr.write(text);
      const log = (msg: string) => write(`scalewatch: ${msg}\n`);
      const [{ selectDriver }, { measureAb }] = await Promise.all([import('../vm/select.js'), import('../run/measure.js')]);
      await withInterrupt(log, async (signal) => {
        const outcome = await measureAb({
          target: flags.target,
          suite: flags.suite,
          benches,
          rounds,
          maxRounds,
          budgetSec,
          seed,
          specs: { a: flags.a, b: flags.b },
          from: flags.repo ?? process.cwd(),
          requireRepo: flags.repo !== undefined,
          suitePath: flags.suitePath,
          make: (suites) => selectDriver({ target: flags.target, driver: flags.driver, tmpDir: flags.tmpDir, qemuMode: flags.qemuMode, provider: flags.provider, log, ...suites }),
          outDir: flags.out,
          compare: { ...DEFAULT_OPTIONS, threshold },
          timeLimitSec,
          eventApi: flags.eventApi,
          signal,
          write,
          tty: process.stderr.isTTY === true,
        });
        process.stdout.write(flags.json ? `${JSON.stringify(outcome.report)}\n` : renderComparison(outcome.report));
        log(`results saved to ${outcome.paths.b} (B) and ${outcome.paths.a} (A) (${outcome.seconds.toFixed(1)} s; seed ${seed})`);
        if (outcome.interrupted) process.exitCode = EXIT.interrupted;
        else if (flags.failOnRegression && outcome.report.summary.regressed) process.exitCode = EXIT.regression;
      });
    });
}
