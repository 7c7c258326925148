/**
 * `npm run bench:stored`: what a run against stored baselines reports on this host, as a maintainer
 * meets it. A repository holds the suite (commit `good`) and one commit after it that makes socket spin
 * 1000 ns inside its timed region (about +30%, as bench:bisect measured it). Each repetition:
 *
 *  1. three sessions of the whole quick suite at `good` make a baseline (as `baseline update --from
 *     DIR` does; it names `good` as its commit);
 *  2. STORED_IDENTICAL runs (default 3) of identical code (`good`) against it, as `scalewatch run`
 *     does: an alarm, and every level the baseline could not judge that the run puts beyond the
 *     threshold, is measured again side by side with the baseline's commit on this machine before it
 *     is reported (the alarms always, the levels as many as the confirmation's default budget holds);
 *  3. STORED_CHANGED runs (default 3) of the changed commit against the same baseline.
 *
 * For each run: alarms after confirmation, the levels decided beside the baseline's commit, the widest
 * interval its printed comparison shows, undecided lines without a cause in words, `unchanged` count,
 * and whether socket is reported in a changed run.
 * Repetitions are kept in .scalewatch/stored/ with their start times, and a kept one is not measured
 * again, so repetitions can be spread over hours (STORED_REPS, default 1, is how many there should be;
 * STORED_REUSE=1 measures nothing; STORED_BENCH narrows the benchmarks, STORED_DIR another folder).
 * Prints Markdown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateBaselines } from '../src/baseline/update.js';
import { renderComparison } from '../src/compare/output.js';
import type { CompareReport } from '../src/compare/types.js';
import { isAlarm } from '../src/compare/verdicts.js';
import { measureTarget } from '../src/run/measure.js';
import { CALIB_NAME, selectBenches } from '../src/suite/benches.js';
import { LocalDriver } from '../src/vm/local.js';
import { suiteRepo } from './inject/repo.js';
import { socketSpinCopy } from './inject/suites.js';

const work = process.env.STORED_DIR ?? new URL('../../stored/', import.meta.url).pathname;
const REPS = Number(process.env.STORED_REPS ?? 1);
const CHANGED = Number(process.env.STORED_CHANGED ?? 3);
const IDENTICAL = Number(process.env.STORED_IDENTICAL ?? 3);
const SPIN_NS = 1000;
const benches = selectBenches(process.env.STORED_BENCH && process.env.STORED_BENCH !== 'all' ? process.env.STORED_BENCH : undefined).filter((b) => b.name !== CALIB_NAME);
const log = (m: string) => process.stderr.write(`stored: ${m}\n`);

interface RunFacts {
  kind: 'identical' | 'changed';
  alarms: string[];
  /** Alarms the first measurement raised, before confirmation. */
  raised: string[];
  /** Levels the baseline could not judge, measured beside its commit with the alarms, and how many of them that decided (absent in runs kept before). */
  undecided?: number;
  decided?: number;
  /** Levels the baseline could not judge that the confirmation's budget left out (absent in runs kept before it had one). */
  unmeasured?: number;
  unchanged: number;
  /** Widest half-width of an interval the printed comparison shows, in percent. */
  widest: number;
  /** Lines of undecided benchmarks that give no cause in words. */
  causeless: string[];
  socket: string;
  seconds: number;
}

interface Rep {
  started: string;
  runs: RunFacts[];
}

/** The widest ± a printed comparison shows: of its intervals `[a%, b%]` and its `±N%` figures ("over ±100%" counts as 100). */
function widestPrinted(text: string): number {
  const num = (s: string) => Number(s.replace('−', '-'));
  let widest = 0;
  for (const m of text.matchAll(/\[([−+-]?[\d.]+)%, ([−+-]?[\d.]+)%\]/g)) widest = Math.max(widest, (num(m[2]!) - num(m[1]!)) / 2);
  for (const m of text.matchAll(/±([\d.]+)%/g)) widest = Math.max(widest, num(m[1]!));
  return widest;
}

function factsOf(kind: RunFacts['kind'], report: CompareReport, raised: string[], beside: { undecided: number; decided: number; unmeasured: number }, seconds: number): RunFacts {
  const socket = report.results.find((r) => r.bench === 'socket');
  return {
    kind,
    alarms: report.results.filter((r) => isAlarm(r.verdict)).map((r) => `${r.bench} ${r.verdict}`),
    raised,
    ...beside,
    unchanged: report.results.filter((r) => r.verdict === 'unchanged').length,
    widest: widestPrinted(renderComparison(report)),
    // A noisy line gives its cause, or (a second measurement that disagreed) says so in its note.
    causeless: report.results.filter((r) => r.verdict === 'noisy' && !r.cause && !/side by side|second measurement|measured again/.test(r.note)).map((r) => r.bench),
    socket: socket ? `${socket.verdict} ${socket.change === null ? '' : `${(socket.change * 100).toFixed(1)}%`}` : '–',
    seconds,
  };
}

async function repetition(index: number): Promise<void> {
  const dir = join(work, `rep-${index}`);
  if (existsSync(join(dir, 'rep.json'))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = new Date().toISOString();
  const patched = readFileSync(join(socketSpinCopy(join(dir, 'suite-spin'), SPIN_NS), 'bench_socket.c'), 'utf8');
  const { repo, good, commits } = suiteRepo(1, { at: 1, file: 'bench_socket.c', edit: () => patched, subject: 'socket spins' });
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  const cacheDir = join(dir, 'cache');
  const driver = (suiteDir: string) => new LocalDriver({ target: 'local', cacheDir, log: () => {}, suiteDir });
  const measure = (out: string, commit: string, baselines: string) =>
    measureTarget({
      target: 'local',
      suite: 'quick',
      benches,
      outDir: join(dir, out),
      driver: driver(join(repo, 'suite')),
      signal: new AbortController().signal,
      write: (t) => (t.includes('raised an alarm') ? process.stderr.write(`  ${t}`) : true),
      tty: false,
      baselines,
      source: { commit, dirty: false },
      confirm: { from: repo, suitePath: 'suite', make: async (s) => new LocalDriver({ target: 'local', cacheDir, log: () => {}, suiteDir: s.suiteDir, ...(s.extraSuites ? { extraSuites: s.extraSuites } : {}) }) },
    });
  try {
    git('checkout', '-q', good);
    for (let i = 0; i < 3; i++) {
      log(`rep ${index}: baseline session ${i + 1} of 3`);
      await measure(`base-${i}`, good, join(dir, 'none'));
    }
    mkdirSync(join(dir, 'sessions'));
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'sessions', `s${i}.jsonl`), readFileSync(join(dir, `base-${i}`, 'local.jsonl')));
    updateBaselines({ from: join(dir, 'sessions'), dir: join(dir, 'baselines') });
    const runs: RunFacts[] = [];
    for (const [kind, count, commit] of [
      ['identical', IDENTICAL, good],
      ['changed', CHANGED, commits[0]!],
    ] as const) {
      git('checkout', '-q', commit);
      for (let i = 0; i < count; i++) {
        log(`rep ${index}: ${kind} run ${i + 1} of ${count}`);
        const t0 = Date.now();
        const m = await measure(`${kind}-${i}`, commit, join(dir, 'baselines'));
        // What the first measurement raised: the benchmarks measured again, or the alarms standing on one measurement.
        const raised = m.recheck?.benches ?? m.report.results.filter((r) => isAlarm(r.verdict)).map((r) => r.bench);
        const beside = { undecided: m.recheck?.undecided.length ?? 0, decided: m.recheck?.decided.length ?? 0, unmeasured: m.recheck?.unmeasured.length ?? 0 };
        runs.push(factsOf(kind, m.report, raised, beside, (Date.now() - t0) / 1000));
      }
    }
    writeFileSync(join(dir, 'rep.json'), JSON.stringify({ started, runs } satisfies Rep));
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function report(reps: readonly Rep[]): string {
  const runs = reps.flatMap((r) => r.runs);
  const identical = runs.filter((r) => r.kind === 'identical');
  const changed = runs.filter((r) => r.kind === 'changed');
  const lines = [
    `\`npm run bench:stored\`: ${reps.length} repetition${reps.length === 1 ? '' : 's'} (${reps.map((r) => r.started.slice(0, 16).replace('T', ' ')).join(', ')} UTC), each a baseline of 3 sessions of ${benches.length === 19 ? 'the whole quick suite' : benches.map((b) => b.name).join(', ')}, then runs of identical code and of socket +${SPIN_NS} ns against it.`,
    '',
    '| | identical code | socket changed |',
    '| --- | --- | --- |',
    `| runs | ${identical.length} | ${changed.length} |`,
    `| alarms raised by the first measurement | ${identical.reduce((n, r) => n + r.raised.length, 0)} | ${changed.reduce((n, r) => n + r.raised.length, 0)} |`,
    `| alarms reported after confirmation | ${identical.reduce((n, r) => n + r.alarms.length, 0)} | ${changed.reduce((n, r) => n + r.alarms.length, 0)} |`,
    `| socket reported regressed | – | ${changed.filter((r) => r.socket.startsWith('regressed')).length} of ${changed.length} |`,
    `| levels the baseline could not judge, measured beside its commit (decided there${runs.some((r) => r.unmeasured !== undefined) ? '; left out for the budget' : ''}), per run | ${judgedBeside(identical)} | ${judgedBeside(changed)} |`,
    `| unchanged, per run | ${identical.map((r) => r.unchanged).join(', ')} of ${benches.length} | ${changed.map((r) => r.unchanged).join(', ')} |`,
    `| widest printed interval | ±${Math.max(0, ...identical.map((r) => r.widest)).toFixed(1)}% | ±${Math.max(0, ...changed.map((r) => r.widest)).toFixed(1)}% |`,
    `| undecided lines without a cause in words | ${identical.reduce((n, r) => n + r.causeless.length, 0)} | ${changed.reduce((n, r) => n + r.causeless.length, 0)} |`,
    `| minutes per run (with its confirmation) | ${minutes(identical)} | ${minutes(changed)} |`,
  ];
  const alarms = runs.filter((r) => r.alarms.length).map((r) => `${r.kind}: ${r.alarms.join(', ')}`);
  if (alarms.length) lines.push('', `Alarms reported: ${alarms.join('; ')}.`);
  lines.push('', `Socket in the changed runs: ${changed.map((r) => r.socket).join('; ') || '–'}.`);
  return lines.join('\n');
}

function judgedBeside(runs: readonly RunFacts[]): string {
  return runs.map((r) => (r.undecided === undefined ? '–' : `${r.undecided} (${r.decided}${r.unmeasured === undefined ? '' : `; ${r.unmeasured}`})`)).join(', ');
}

function minutes(runs: readonly RunFacts[]): string {
  const s = runs.map((r) => r.seconds / 60).sort((a, b) => a - b);
  return s.length ? `${s[0]!.toFixed(1)}–${s[s.length - 1]!.toFixed(1)}` : '–';
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  if (process.env.STORED_REUSE !== '1') for (let i = 0; i < REPS; i++) await repetition(i);
  const reps = readdirSync(work)
    .filter((d) => existsSync(join(work, d, 'rep.json')))
    .sort()
    .map((d) => JSON.parse(readFileSync(join(work, d, 'rep.json'), 'utf8')) as Rep);
  process.stdout.write(`${report(reps)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`stored: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
