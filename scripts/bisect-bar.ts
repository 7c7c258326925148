/**
 * `npm run bench:bisect`: how often `scalewatch bisect` names the commit that made a change, on this
 * host, with the real suite and the local driver at the defaults of `scalewatch bisect`.
 *
 * Each run makes a git repository of suite/ and 16 commits after it, of which one (at a position
 * drawn at random) makes socket spin inside its timed region (a patched suite, as bench:statistics
 * patches them: about +30% or +10% of socket's time here) and the others change a file nothing
 * measures; then bisects it between the first and the last commit over socket. A run is right when it
 * names the patched commit; it is within its bound when it took at most 1 + ⌈log₂ 16⌉ = 5 sessions.
 *
 * Knobs: BISECT_PLAN (default "1000:10,330:5": spin in ns and runs of each), BISECT_SEED (positions).
 * Runs are kept in .scalewatch/bisect-bar/ (one JSON each) and a complete one is not measured again;
 * BISECT_REUSE=1 measures nothing and reports what is there. Prints Markdown.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUDGET_SEC, DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS } from '../src/ab/plan.js';
import { Rng } from '../src/analysis/random.js';
import { bisect } from '../src/bisect/run.js';
import { DEFAULT_OPTIONS } from '../src/compare/types.js';
import { selectBenches } from '../src/suite/benches.js';
import { selectDriver } from '../src/vm/select.js';
import { suiteRepo } from './inject/repo.js';
import { socketSpinCopy } from './inject/suites.js';

const work = new URL('../../bisect-bar/', import.meta.url).pathname;
const COMMITS = 16;
const log = (m: string) => process.stderr.write(`bisect-bar: ${m}\n`);

interface Run {
  spinNs: number;
  index: number;
  position: number;
  right: boolean;
  named: number;
  sessions: number;
  change: number;
  seconds: number;
  started: string;
}

async function measure(spinNs: number, index: number, position: number): Promise<void> {
  const file = join(work, `${spinNs}-${index}.json`);
  if (existsSync(file)) return;
  const patched = readFileSync(join(socketSpinCopy(join(work, `suite-${spinNs}`), spinNs), 'bench_socket.c'), 'utf8');
  const { repo, good, commits } = suiteRepo(COMMITS, { at: position, file: 'bench_socket.c', edit: () => patched, subject: 'socket spins' });
  log(`spin ${spinNs} ns, run ${index + 1}: the change at commit ${position} of ${COMMITS}`);
  const started = new Date();
  try {
    const b = await bisect({
      repo,
      good,
      bad: commits[COMMITS - 1]!,
      target: 'local',
      suite: 'quick',
      benches: selectBenches('socket'),
      rounds: DEFAULT_ROUNDS.quick,
      maxRounds: DEFAULT_MAX_ROUNDS.quick,
      budgetSec: DEFAULT_BUDGET_SEC.quick,
      threshold: DEFAULT_OPTIONS.threshold,
      suitePath: 'suite',
      make: (suites) => selectDriver({ target: 'local', log: () => {}, ...suites }),
      signal: new AbortController().signal,
      log: () => {},
    });
    const named = commits.indexOf(b.commit) + 1;
    const run: Run = { spinNs, index, position, right: named === position, named, sessions: b.sessions, change: b.key.change, seconds: (Date.now() - started.getTime()) / 1000, started: started.toISOString() };
    writeFileSync(file, JSON.stringify(run));
  } catch (err) {
    // Good and bad not told apart (exit 2 of the CLI): a run that named nothing.
    const run: Run = { spinNs, index, position, right: false, named: 0, sessions: 1, change: NaN, seconds: (Date.now() - started.getTime()) / 1000, started: started.toISOString() };
    log(`  ${(err as Error).message}`);
    writeFileSync(file, JSON.stringify(run));
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

function report(runs: readonly Run[]): string {
  const pct = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%` : '–');
  const lines = [
    `Measured ${runs.map((r) => r.started).sort()[0]?.slice(0, 16).replace('T', ' ') ?? ''} UTC on this host (${cpus().length} CPU, ${cpus()[0]?.model ?? 'unknown'}), \`npm run bench:bisect\`: ${COMMITS} commits, one of which makes socket spin inside its timed region, bisected over socket at the defaults (${DEFAULT_ROUNDS.quick} rounds, up to ${DEFAULT_MAX_ROUNDS.quick} for the undecided).`,
    '',
    '| spin | runs | commit named | within 5 sessions | sessions | change found (bad beside good) | minutes a run |',
    '| --- | ---: | ---: | ---: | --- | --- | --- |',
  ];
  for (const spin of [...new Set(runs.map((r) => r.spinNs))]) {
    const mine = runs.filter((r) => r.spinNs === spin);
    const changes = mine.map((r) => r.change).filter(Number.isFinite).sort((a, b) => a - b);
    const sessions = mine.map((r) => r.sessions).sort((a, b) => a - b);
    const minutes = mine.map((r) => r.seconds / 60).sort((a, b) => a - b);
    lines.push(`| ${spin} ns | ${mine.length} | ${mine.filter((r) => r.right).length} of ${mine.length} | ${mine.filter((r) => r.sessions <= 5).length} of ${mine.length} | ${sessions[0]}–${sessions[sessions.length - 1]} | ${pct(changes[0] ?? NaN)} to ${pct(changes[changes.length - 1] ?? NaN)} | ${minutes[0]!.toFixed(1)}–${minutes[minutes.length - 1]!.toFixed(1)} |`);
  }
  const wrong = runs.filter((r) => !r.right);
  if (wrong.length) lines.push('', `Not named: ${wrong.map((r) => `spin ${r.spinNs} ns run ${r.index + 1} (change at ${r.position}, ${r.named ? `named ${r.named}` : 'good and bad not told apart'})`).join('; ')}.`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const plan = (process.env.BISECT_PLAN ?? '1000:10,330:5').split(',').map((p) => p.split(':').map(Number) as [number, number]);
  const rng = new Rng(Number(process.env.BISECT_SEED ?? 7));
  if (process.env.BISECT_REUSE !== '1') {
    for (const [spin, count] of plan) {
      for (let i = 0; i < count; i++) await measure(spin, i, 1 + Math.floor(rng.next() * COMMITS));
    }
  }
  const runs = readdirSync(work)
    .filter((f) => /^\d+-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(work, f), 'utf8')) as Run)
    .sort((a, b) => b.spinNs - a.spinNs || a.index - b.index);
  process.stdout.write(`${report(runs)}\n`);
}

await main();
