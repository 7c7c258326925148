/**
 * `scalewatch bisect --good REF --bad REF`: the commit that made a change, by binary search over the
 * first-parent commits between the two, each step one side-by-side session of a commit beside good on
 * this machine (src/bisect/plan.ts decides; measureAb measures, as `scalewatch ab` does).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { DEFAULT_BUDGET_SEC, DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS, MAX_ROUNDS, MIN_ROUNDS, parseBudget, randomSeed } from '../ab/plan.js';
import { advance, answerOf, keyOf, nextIndex, sessionsFor, startSearch, type Answer, type Key, type Search } from '../bisect/plan.js';
import type { CompareReport } from '../compare/types.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { UserError } from '../errors.js';
import { measureAb } from '../run/measure.js';
import { BENCHES, selectBenches, type SuiteName } from '../suite/benches.js';
import { selectDriver } from '../vm/select.js';
import { listTargets } from '../vm/targets.js';
import { parseThreshold } from './compare.js';
import { withInterrupt } from './interrupt.js';

interface BisectFlags {
  good: string;
  bad: string;
  target: string;
  suite: SuiteName;
  bench?: string;
  rounds?: string;
  maxRounds?: string;
  budget?: string;
  threshold: string;
  repo: string;
  suitePath: string;
  json?: boolean;
}

/** One session of the search, for people and --json. */
export interface Step {
  commit: string;
  /** `check`: bad beside good, before the search; otherwise what the commit was found to be like. */
  answer: Answer | 'check';
  /** The way an undecided step went: the nearer of the two estimates. */
  leaned?: 'bad' | 'good';
  verdict: string | null;
  change: number | null;
  ci: [number, number] | null;
  rounds: number | null;
  seconds: number;
}

function git(repo: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();
  } catch (err) {
    const why = String((err as { stderr?: string }).stderr ?? '').trim().split('\n').pop();
    throw new UserError(`git ${args[0]} failed in ${repo}${why ? `: ${why}` : ''}.`);
  }
}

function commitOf(repo: string, ref: string, flag: string): string {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new UserError(`${flag} ${ref} is not a commit of the repository at ${repo}.`);
  }
}

function wholeNumber(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const x = Number(text);
  if (!Number.isInteger(x) || x < min || x > max) throw new UserError(`${flag} must be a whole number from ${min} to ${max}, not "${text}".`);
  return x;
}

const pct = (x: number | null) => (x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`);

function stepLine(s: Step, i: number): string {
  const what = s.answer === 'check' ? 'bad beside good' : s.answer === 'undecided' ? `undecided, leaned ${s.leaned}` : s.answer === 'skipped' ? 'skipped (did not build or run)' : `like ${s.answer}`;
  const interval = s.ci ? ` [${pct(s.ci[0])}, ${pct(s.ci[1])}]` : '';
  return `  ${i + 1}. ${s.commit.slice(0, 7)}: ${what}; ${s.verdict ?? '–'} ${pct(s.change)}${interval}${s.rounds ? `, ${s.rounds} rounds` : ''}, ${Math.round(s.seconds)} s`;
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
      const rounds = wholeNumber('--rounds', flags.rounds, MIN_ROUNDS, MAX_ROUNDS) ?? DEFAULT_ROUNDS[flags.suite];
      const maxRounds = Math.max(rounds, wholeNumber('--max-rounds', flags.maxRounds, MIN_ROUNDS, MAX_ROUNDS) ?? DEFAULT_MAX_ROUNDS[flags.suite]);
      const budgetSec = parseBudget('--budget', flags.budget) ?? DEFAULT_BUDGET_SEC[flags.suite];
      const good = commitOf(flags.repo, flags.good, '--good');
      const bad = commitOf(flags.repo, flags.bad, '--bad');
      const list = git(flags.repo, ['rev-list', '--first-parent', '--reverse', `${good}..${bad}`]);
      const commits = list === '' ? [] : list.split('\n');
      if (commits.length === 0 || commits[commits.length - 1] !== bad) throw new UserError(`--bad ${flags.bad} does not follow --good ${flags.good} on a first-parent line: nothing to search.`);
      const write = (text: string) => process.stderr.write(text);
      const log = (msg: string) => write(`scalewatch: ${msg}\n`);
      await withInterrupt(log, async (signal) => {
        const work = mkdtempSync(join(tmpdir(), 'scalewatch-bisect-'));
        const steps: Step[] = [];
        try {
          const session = async (commit: string): Promise<{ report: CompareReport; seconds: number }> => {
            const m = await measureAb({
              target: flags.target,
              suite: flags.suite,
              benches,
              rounds,
              maxRounds,
              budgetSec,
              seed: randomSeed(),
              specs: { a: good, b: commit },
              from: flags.repo,
              requireRepo: true,
              suitePath: flags.suitePath,
              make: (suites) => selectDriver({ target: flags.target, log, ...suites }),
              outDir: join(work, `${steps.length}`),
              compare: { ...DEFAULT_OPTIONS, threshold },
              signal,
              write: () => {},
              tty: false,
            });
            if (m.interrupted) throw new UserError('The bisection was interrupted.');
            return { report: m.report, seconds: m.seconds };
          };
          log(`${commits.length} commit${commits.length === 1 ? '' : 's'} from ${good.slice(0, 7)} (good) to ${bad.slice(0, 7)} (bad): at most ${sessionsFor(commits.length)} sessions when every step decides`);
          const check = await session(bad);
          const key: Key | undefined = keyOf(check.report);
          const first = key ? check.report.results.find((r) => r.bench === key.bench) : undefined;
          steps.push({ commit: bad, answer: 'check', verdict: key?.verdict ?? null, change: key?.change ?? null, ci: key?.ci ?? null, rounds: first?.rounds ?? null, seconds: check.seconds });
          if (!key) throw new UserError(`${flags.bad} (${bad.slice(0, 7)}) does not differ from ${flags.good} (${good.slice(0, 7)}) on ${benches.length === BENCHES.length ? 'any benchmark' : benches.map((b) => b.name).join(', ')} side by side here: nothing to bisect.`);
          log(`bad beside good: ${key.bench} ${key.verdict} ${pct(key.change)}; following ${key.bench}`);
          let search: Search = startSearch(commits);
          for (let i = nextIndex(search); i !== undefined; i = nextIndex(search)) {
            const commit = commits[i]!;
            let step: Step;
            try {
              const s = await session(commit);
              const a = answerOf(s.report, key);
              step = { commit, answer: a.answer, ...(a.lean ? { leaned: a.lean } : {}), verdict: a.result?.verdict ?? null, change: a.result?.change ?? null, ci: a.result?.ci ?? null, rounds: a.result?.rounds ?? null, seconds: s.seconds };
              search = advance(search, i, a.answer === 'undecided' ? a.lean! : a.answer);
            } catch (err) {
              if (!(err instanceof UserError) || /interrupted/.test(err.message)) throw err;
              // A commit that does not build (or whose sides cannot be prepared) is skipped, as git bisect skip would.
              log(`${commit.slice(0, 7)} skipped: ${err.message}`);
              step = { commit, answer: 'skipped', verdict: null, change: null, ci: null, rounds: null, seconds: 0 };
              search = advance(search, i, 'skipped');
            }
            steps.push(step);
            log(stepLine(step, steps.length - 1).trim());
          }
          const found = commits[search.bad]!;
          const skippedBefore = [...search.skipped].filter((i) => i > search.good && i < search.bad).map((i) => commits[i]!);
          const subject = git(flags.repo, ['log', '-1', '--format=%s', found]);
          const at = steps.find((s) => s.commit === found);
          if (flags.json) {
            process.stdout.write(`${JSON.stringify({ commit: found, subject, skipped: skippedBefore, key, change: at?.change ?? null, ci: at?.ci ?? null, steps, sessions: steps.filter((s) => s.answer !== 'skipped').length })}\n`);
          } else {
            const lines = [
              `${found.slice(0, 7)} is the first bad commit${skippedBefore.length ? ` (or one of the skipped ${skippedBefore.map((c) => c.slice(0, 7)).join(', ')} before it)` : ''}: ${subject}`,
              `  ${key.bench} ${at?.verdict ?? key.verdict} ${pct(at?.change ?? key.change)}${at?.ci ? ` [${pct(at.ci[0])}, ${pct(at.ci[1])}]` : ''} beside ${good.slice(0, 7)}, on ${flags.target}`,
              `Steps (${steps.length} sessions):`,
              ...steps.map(stepLine),
            ];
            process.stdout.write(`${lines.join('\n')}\n`);
          }
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      });
    });
}
