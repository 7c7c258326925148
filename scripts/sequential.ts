/**
 * `npm run bench:sequential`: side by side until decided, on this host, with the real suite and the
 * local driver, at the defaults of `scalewatch ab` (10 rounds, then 20 and 40 for the undecided, a
 * 10-minute budget). Side B is a copy of suite/ whose socket benchmark spins 300 ns inside its timed
 * region (about +12% on this host's socket(2)); the other benchmarks are untouched, so any alarm on
 * them is false. A/A tries (B = suite/ itself) say what identical code gets. Every other try runs
 * beside a busy neighbour (one process spinning on a CPU).
 *
 * Knobs: SEQ_TRIES (patched tries, default 5), SEQ_AA (A/A tries, default 2), SEQ_BENCH (default
 * socket,bind,malloc,pipe), SEQ_MAX (max rounds, default the CLI's). Prints a Markdown table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUDGET_SEC, DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS, randomSeed } from '../src/ab/plan.js';
import { runAb } from '../src/ab/run.js';
import { DEFAULT_OPTIONS, type CompareResult } from '../src/compare/types.js';
import { selectBenches } from '../src/suite/benches.js';
import { SUITE_DIR } from '../src/suite/build.js';
import { LocalDriver } from '../src/vm/local.js';

const TRIES = Number(process.env.SEQ_TRIES ?? 5);
const AA = Number(process.env.SEQ_AA ?? 2);
const BENCHES = selectBenches(process.env.SEQ_BENCH ?? 'socket,bind,malloc,pipe');
const MAX = Number(process.env.SEQ_MAX ?? DEFAULT_MAX_ROUNDS.quick);
const log = (m: string) => process.stderr.write(`sequential: ${m}\n`);

/** suite/ with socket's timed region 300 ns longer. */
function patchedSuite(work: string): string {
  const dir = join(work, 'suite-socket-300ns');
  cpSync(SUITE_DIR, dir, { recursive: true, filter: (src) => !/\.o$|swbench(-static)?$/.test(src) });
  const file = join(dir, 'bench_socket.c');
  const text = readFileSync(file, 'utf8');
  const from = '\t\t\tt0 = sw_now();\n\t\t\tfd = socket(';
  if (!text.includes(from)) throw new Error('bench_socket.c no longer has the line this script patches');
  writeFileSync(file, text.replace(from, '\t\t\tt0 = sw_now();\n\t\t\t{ uint64_t spin = t0 + 300; while (sw_now() < spin) continue; }\n\t\t\tfd = socket('));
  return dir;
}

interface Try {
  kind: 'patched' | 'A/A';
  loaded: boolean;
  results: CompareResult[];
  seconds: number;
  looks: number;
  rounds: number;
  load: number;
}

async function oneTry(kind: Try['kind'], bDir: string, loaded: boolean, work: string, i: number): Promise<Try> {
  const out = join(work, `try-${i}`);
  const side = (suiteDir: string, label: string) => ({ spec: suiteDir, label, commit: undefined, suiteDir, shippedSuite: false });
  const driver = new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, extraSuites: { b: bDir }, log: () => {} });
  const loader: ChildProcess | undefined = loaded ? spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' }) : undefined;
  try {
    const run = await runAb({
      target: 'local',
      suite: 'quick',
      benches: BENCHES,
      rounds: DEFAULT_ROUNDS.quick,
      maxRounds: MAX,
      budgetSec: DEFAULT_BUDGET_SEC.quick,
      seed: randomSeed(),
      sides: { a: side(SUITE_DIR, 'A'), b: side(bDir, 'B') },
      outDir: out,
      driver,
      compare: DEFAULT_OPTIONS,
      signal: new AbortController().signal,
      write: (t) => process.stderr.write(t.startsWith('scalewatch: undecided') || t.includes('budget') ? t : ''),
      tty: false,
    });
    const spent = run.report.summary.comparedWith[0]?.side?.spent;
    return { kind, loaded, results: run.report.results, seconds: run.seconds, looks: spent?.looks ?? 1, rounds: spent?.rounds ?? DEFAULT_ROUNDS.quick, load: loadavg()[0]! };
  } finally {
    loader?.kill('SIGKILL');
  }
}

const pct = (x: number | null) => (x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`);
const cell = (r: CompareResult | undefined) => (r ? `${r.verdict} ${pct(r.change)} (${r.rounds ?? '?'})` : '–');

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-sequential-'));
  const started = new Date();
  try {
    const patched = patchedSuite(work);
    const plan: { kind: Try['kind']; loaded: boolean }[] = [
      ...Array.from({ length: TRIES }, (_, i) => ({ kind: 'patched' as const, loaded: i % 2 === 1 })),
      ...Array.from({ length: AA }, (_, i) => ({ kind: 'A/A' as const, loaded: i % 2 === 1 })),
    ];
    const tries: Try[] = [];
    for (const [i, p] of plan.entries()) {
      log(`try ${i + 1} of ${plan.length}: ${p.kind}${p.loaded ? ', beside a busy neighbour' : ''}`);
      tries.push(await oneTry(p.kind, p.kind === 'patched' ? patched : SUITE_DIR, p.loaded, work, i));
    }
    const names = BENCHES.map((b) => b.name);
    const lines = [
      `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on this host (${cpus().length} CPU, ${cpus()[0]?.model ?? 'unknown'}), \`npm run bench:sequential\`: ${names.join(', ')} side by side at the defaults (${DEFAULT_ROUNDS.quick} rounds, then up to ${MAX} for the undecided, ${DEFAULT_BUDGET_SEC.quick / 60}-minute budget). Cells: verdict, change, rounds it rests on.`,
      '',
      `| try | B | neighbour | load | ${names.join(' | ')} | looks | rounds | time |`,
      `| --- | --- | --- | ---: | ${names.map(() => '---').join(' | ')} | ---: | ---: | ---: |`,
      ...tries.map(
        (t, i) =>
          `| ${i + 1} | ${t.kind === 'patched' ? 'socket +300 ns' : 'identical'} | ${t.loaded ? 'busy' : 'quiet'} | ${t.load.toFixed(1)} | ${names.map((n) => cell(t.results.find((r) => r.bench === n))).join(' | ')} | ${t.looks} | ${t.rounds} | ${(t.seconds / 60).toFixed(1)} min |`,
      ),
    ];
    const patchedTries = tries.filter((t) => t.kind === 'patched');
    const caught = patchedTries.filter((t) => t.results.find((r) => r.bench === 'socket')?.verdict === 'regressed').length;
    const isAlarm = (r: CompareResult) => ['regressed', 'improved', 'scaling-regressed', 'scaling-improved'].includes(r.verdict);
    const falseAlarms = tries.flatMap((t) => t.results.filter((r) => (t.kind === 'A/A' || r.bench !== 'socket') && isAlarm(r)));
    const untouched = tries.flatMap((t) => t.results.filter((r) => t.kind === 'A/A' || r.bench !== 'socket'));
    const unchanged = untouched.filter((r) => r.verdict === 'unchanged').length;
    lines.push(
      '',
      `socket regressed in **${caught} of ${patchedTries.length}** patched tries; false alarms on untouched benchmarks: **${falseAlarms.length}** in ${untouched.length} comparisons; unchanged: ${unchanged} of ${untouched.length}; longest try ${(Math.max(...tries.map((t) => t.seconds)) / 60).toFixed(1)} min.`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`sequential: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
