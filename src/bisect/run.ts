/**
 * A bisection, for the CLI (`scalewatch bisect`) and the Action (`mode: bisect`) alike: bad measured
 * beside good, then the first-parent commits between searched, each step one side-by-side session of
 * a commit beside good (src/bisect/plan.ts decides, measureAb measures, as `scalewatch ab` does).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AbSuites } from '../ab/drivers.js';
import { randomSeed } from '../ab/plan.js';
import type { CompareReport } from '../compare/types.js';
import { signedPct } from '../compare/causes.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { UserError } from '../errors.js';
import { measureAb } from '../run/measure.js';
import { BENCHES, type Bench, type SuiteName } from '../suite/benches.js';
import type { Driver } from '../vm/driver.js';
import { advance, answerOf, keyOf, nextIndex, sessionsFor, startSearch, type Answer, type Key, type Search } from './plan.js';

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

export interface BisectOptions {
  repo: string;
  /** As the user named them (for sentences), resolved to commits inside. */
  good: string;
  bad: string;
  target: string;
  suite: SuiteName;
  benches: readonly Bench[];
  rounds: number;
  maxRounds: number;
  budgetSec: number;
  threshold: number;
  suitePath: string;
  make: (suites: AbSuites) => Promise<Driver>;
  signal: AbortSignal;
  log: (message: string) => void;
}

export interface Bisection {
  /** The first bad commit, its subject, and the skipped commits it could be among. */
  commit: string;
  subject: string;
  skipped: string[];
  good: string;
  key: Key;
  /** Its change beside good, with the interval, from the step that measured it (or the check). */
  change: number | null;
  ci: [number, number] | null;
  steps: Step[];
  /** Sessions measured (skipped commits measured nothing). */
  sessions: number;
}

function git(repo: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trim();
  } catch (err) {
    const why = String((err as { stderr?: string }).stderr ?? '').trim().split('\n').pop();
    throw new UserError(`git ${args[0]} failed in ${repo}${why ? `: ${why}` : ''}.`);
  }
}

function commitOf(repo: string, ref: string, what: string): string {
  try {
    return execFileSync('git', ['-C', repo, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new UserError(`${what} ${ref} is not a commit of the repository at ${repo}.`);
  }
}

const pct = (x: number | null) => (x === null ? '–' : signedPct(x));

/** A step for people: "3. 1a2b3c4: like bad; regressed −74.9% [−76.0%, −73.8%], 10 rounds, 42 s". */
export function stepLine(s: Step, i: number): string {
  const what = s.answer === 'check' ? 'bad beside good' : s.answer === 'undecided' ? `undecided, leaned ${s.leaned}` : s.answer === 'skipped' ? 'skipped (did not build or run)' : `like ${s.answer}`;
  const interval = s.ci ? ` [${pct(s.ci[0])}, ${pct(s.ci[1])}]` : '';
  return `${i + 1}. ${s.commit.slice(0, 7)}: ${what}; ${s.verdict ?? '–'} ${pct(s.change)}${interval}${s.rounds ? `, ${s.rounds} rounds` : ''}, ${Math.round(s.seconds)} s`;
}

/** The answer for people, a line each: the commit, its change, then the steps. */
export function bisectionLines(b: Bisection, target: string): string[] {
  return [
    `${b.commit.slice(0, 7)} is the first bad commit${b.skipped.length ? ` (or one of the skipped ${b.skipped.map((c) => c.slice(0, 7)).join(', ')} before it)` : ''}: ${b.subject}`,
    `  ${b.key.bench} ${pct(b.change)}${b.ci ? ` [${pct(b.ci[0])}, ${pct(b.ci[1])}]` : ''} beside ${b.good.slice(0, 7)}, on ${target}`,
    `Steps (${b.steps.length} sessions):`,
    ...b.steps.map((s, i) => `  ${stepLine(s, i)}`),
  ];
}

export async function bisect(opts: BisectOptions): Promise<Bisection> {
  const good = commitOf(opts.repo, opts.good, '--good');
  const bad = commitOf(opts.repo, opts.bad, '--bad');
  const list = git(opts.repo, ['rev-list', '--first-parent', '--reverse', `${good}..${bad}`]);
  const commits = list === '' ? [] : list.split('\n');
  if (commits.length === 0 || commits[commits.length - 1] !== bad) throw new UserError(`--bad ${opts.bad} does not follow --good ${opts.good} on a first-parent line: nothing to search.`);
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-bisect-'));
  const steps: Step[] = [];
  try {
    const session = async (commit: string): Promise<{ report: CompareReport; seconds: number }> => {
      const m = await measureAb({
        target: opts.target,
        suite: opts.suite,
        benches: opts.benches,
        rounds: opts.rounds,
        maxRounds: opts.maxRounds,
        budgetSec: opts.budgetSec,
        seed: randomSeed(),
        specs: { a: good, b: commit },
        from: opts.repo,
        requireRepo: true,
        suitePath: opts.suitePath,
        make: opts.make,
        outDir: join(work, `${steps.length}`),
        compare: { ...DEFAULT_OPTIONS, threshold: opts.threshold },
        signal: opts.signal,
        write: () => {},
        tty: false,
      });
      if (m.interrupted) throw new UserError('The bisection was interrupted.');
      return { report: m.report, seconds: m.seconds };
    };
    opts.log(`${commits.length} commit${commits.length === 1 ? '' : 's'} from ${good.slice(0, 7)} (good) to ${bad.slice(0, 7)} (bad): at most ${sessionsFor(commits.length)} sessions when every step decides`);
    const check = await session(bad);
    const key = keyOf(check.report);
    const first = key ? check.report.results.find((r) => r.bench === key.bench) : undefined;
    steps.push({ commit: bad, answer: 'check', verdict: key?.verdict ?? null, change: key?.change ?? null, ci: key?.ci ?? null, rounds: first?.rounds ?? null, seconds: check.seconds });
    if (!key) throw new UserError(`${opts.bad} (${bad.slice(0, 7)}) does not differ from ${opts.good} (${good.slice(0, 7)}) on ${opts.benches.length === BENCHES.length ? 'any benchmark' : opts.benches.map((b) => b.name).join(', ')} side by side here: nothing to bisect.`);
    opts.log(`bad beside good: ${key.bench} ${key.verdict} ${pct(key.change)}; following ${key.bench}`);
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
        opts.log(`${commit.slice(0, 7)} skipped: ${err.message}`);
        step = { commit, answer: 'skipped', verdict: null, change: null, ci: null, rounds: null, seconds: 0 };
        search = advance(search, i, 'skipped');
      }
      steps.push(step);
      opts.log(stepLine(step, steps.length - 1));
    }
    const found = commits[search.bad]!;
    const at = steps.find((s) => s.commit === found);
    return {
      commit: found,
      subject: git(opts.repo, ['log', '-1', '--format=%s', found]),
      skipped: [...search.skipped].filter((i) => i > search.good && i < search.bad).map((i) => commits[i]!),
      good,
      key,
      change: at?.change ?? key.change,
      ci: at?.ci ?? key.ci,
      steps,
      sessions: steps.filter((s) => s.answer !== 'skipped').length,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
