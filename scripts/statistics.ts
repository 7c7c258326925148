/**
 * npm run bench:statistics — how often do the three ways of comparing constant factors cry wolf on
 * this machine, and how small a change do they catch? Writes the tables into docs/statistics.md
 * between its markers.
 *
 * Everything measured is real: the suite runs on this host with the local driver, some runs with a
 * CPU-bound loader process beside it. The three ways:
 *  (a) stored baseline: one run compared with another run made at another time (every ordered pair
 *      of a pool of independent runs);
 *  (b) the same, normalized by the calibration figure;
 *  (c) interleaved A/B (`scalewatch ab`): both sides in one session, paired by round.
 * A/A: both sides are the same suite, so every regressed/improved/scaling verdict is a false alarm.
 * Detection: a slowdown of 3, 5, 10 or 20% is injected into the current side (B) after measuring, by
 * scaling its times up and its rates down (the calibration figure is left alone: the code got slower,
 * not the machine); the noise it must be told from is the real one.
 *
 * Knobs (environment): STAT_POOL (runs in the pool, default 12, half loaded), STAT_TRIALS (A/B
 * trials, default 8, half loaded), STAT_ROUNDS (rounds per A/B trial, default 10; fewer are
 * evaluated on the first rounds of each trial), STAT_REUSE=1 (analyze the results files the last
 * measurement kept in .scalewatch/statistics/ again, without measuring).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../src/analysis/analyze.js';
import { median } from '../src/analysis/stats.js';
import type { TargetSummary } from '../src/analysis/types.js';
import { DEFAULT_ROUNDS } from '../src/ab/plan.js';
import { compareAb, runAb } from '../src/ab/run.js';
import { compareTargets } from '../src/compare/compare.js';
import { DEFAULT_OPTIONS, type CompareOptions, type CompareResult } from '../src/compare/types.js';
import { runSuite } from '../src/run/runner.js';
import { CALIB_NAME, selectBenches } from '../src/suite/benches.js';
import { SUITE_DIR } from '../src/suite/build.js';
import { parseResults, type ResultSet } from '../src/suite/protocol.js';
import { LocalDriver } from '../src/vm/local.js';

const POOL = Number(process.env.STAT_POOL ?? 12);
const TRIALS = Number(process.env.STAT_TRIALS ?? 8);
const ROUNDS = Number(process.env.STAT_ROUNDS ?? 10);
const ROUND_SUBSETS = [3, 5, ROUNDS].filter((r, i, all) => r <= ROUNDS && all.indexOf(r) === i);
const SLOWDOWNS = [0.03, 0.05, 0.1, 0.2, 0.5];
const SESSION_NOISES = [0, 0.05, 0.1, 0.2, 0.3];
/** The quick suite without build, seq-write, connect and http: those cost seconds of set-up per invocation. */
const BENCHES = selectBenches('socket,fork,mmap,dir-create,pipe,ctxswitch,fork-exit,malloc,file-create,seq-read,http-rps');
const DOC = new URL('../../../docs/statistics.md', import.meta.url);
const BEGIN = '<!-- statistics:begin (written by scripts/statistics.ts; edits here are lost) -->';
const END = '<!-- statistics:end -->';

const log = (m: string) => process.stderr.write(`statistics: ${m}\n`);
/** The measured results files are kept here (gitignored), so that the analysis can be rerun. */
const work = new URL('../../statistics/', import.meta.url).pathname;
const REUSE = process.env.STAT_REUSE === '1';
const quiet = new AbortController().signal;

/** One busy process per loaded trial: a CPU taken away, as a neighbour on a shared runner does. */
function startLoader(): ChildProcess {
  return spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' });
}

async function withLoad<T>(loaded: boolean, fn: () => Promise<T>): Promise<T> {
  const loader = loaded ? startLoader() : undefined;
  try {
    return await fn();
  } finally {
    loader?.kill('SIGKILL');
  }
}

const driver = (extra?: Record<string, string>) => new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, extraSuites: extra, log: () => {} });

/** The injected slowdown: times × (1 + x), rates ÷ (1 + x); the calibration figure untouched. */
function slowDown(rs: ResultSet, x: number): ResultSet {
  if (x === 0) return rs;
  return {
    ...rs,
    samples: rs.samples.map((s) => ({ ...s, ns: s.ns * (1 + x) })),
    values: rs.values.map((v) => (v.bench === CALIB_NAME ? v : { ...v, value: v.better === 'lower' ? v.value * (1 + x) : v.value / (1 + x) })),
  };
}

function firstRounds(rs: ResultSet, rounds: number): ResultSet {
  return { ...rs, samples: rs.samples.filter((s) => s.run < rounds), values: rs.values.filter((v) => v.run < rounds), errors: rs.errors.filter((e) => e.run < rounds) };
}

const LEVEL_ALARMS = new Set(['regressed', 'improved']);
const SCALING_ALARMS = new Set(['scaling-regressed', 'scaling-improved']);
const ALARMS = new Set([...LEVEL_ALARMS, ...SCALING_ALARMS]);

interface Tally {
  comparisons: number;
  alarms: number;
  levelAlarms: number;
  scalingAlarms: number;
  reports: number;
  reportsWithAlarm: number;
  detected: Map<number, { n: number; hit: number }>;
  /** Half-widths of the intervals of A/A level changes, for the typical uncertainty. */
  widths: number[];
}

const tally = (): Tally => ({ comparisons: 0, alarms: 0, levelAlarms: 0, scalingAlarms: 0, reports: 0, reportsWithAlarm: 0, detected: new Map(SLOWDOWNS.map((x) => [x, { n: 0, hit: 0 }])), widths: [] });

function countAA(t: Tally, results: readonly CompareResult[]): void {
  t.reports++;
  let any = false;
  for (const r of results) {
    t.comparisons++;
    if (ALARMS.has(r.verdict)) {
      t.alarms++;
      any = true;
    }
    if (LEVEL_ALARMS.has(r.verdict)) t.levelAlarms++;
    if (SCALING_ALARMS.has(r.verdict)) t.scalingAlarms++;
    if (r.noise !== null) t.widths.push(r.noise);
  }
  if (any) t.reportsWithAlarm++;
}

function countDetect(t: Tally, x: number, results: readonly CompareResult[]): void {
  const d = t.detected.get(x)!;
  for (const r of results) {
    d.n++;
    if (r.verdict === 'regressed' || r.verdict === 'scaling-regressed') d.hit++;
  }
}

const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)}%`);
/** Smallest injected slowdown caught in at least 80% of comparisons. */
const reliable = (t: Tally) => {
  const x = SLOWDOWNS.find((s) => {
    const d = t.detected.get(s)!;
    return d.n > 0 && d.hit / d.n >= 0.8;
  });
  return x === undefined ? `> ${SLOWDOWNS[SLOWDOWNS.length - 1]! * 100}%` : `${x * 100}%`;
};
function row(name: string, t: Tally): string {
  const det = SLOWDOWNS.map((x) => {
    const d = t.detected.get(x)!;
    return pct(d.hit, d.n);
  });
  return `| ${name} | ${pct(t.levelAlarms, t.comparisons)} (${t.levelAlarms}/${t.comparisons}) | ${pct(t.scalingAlarms, t.comparisons)} (${t.scalingAlarms}) | ${pct(t.reportsWithAlarm, t.reports)} (${t.reportsWithAlarm}/${t.reports}) | ±${(median(t.widths) * 100).toFixed(1)}% | ${det.join(' | ')} | ${reliable(t)} |`;
}

const started = new Date();
const load0 = loadavg()[0]!;
try {
  // The pool for (a) and (b): independent runs, alternately quiet and loaded.
  if (!REUSE) {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  } else if (!existsSync(work)) {
    throw new Error(`STAT_REUSE=1 but ${work} holds no earlier measurement`);
  }
  const read = (path: string) => parseResults(readFileSync(path, 'utf8'), path);
  const count = (prefix: string, n: number) => (REUSE ? readdirSync(work).filter((f) => f.startsWith(prefix)).length : n);
  const pool: { loaded: boolean; results: ResultSet; summary: TargetSummary }[] = [];
  for (let i = 0; i < count('pool-', POOL); i++) {
    const loaded = i % 2 === 1;
    const dir = join(work, `pool-${i}`);
    if (!REUSE) {
      log(`pool run ${i + 1} of ${POOL}${loaded ? ' (loaded)' : ''}`);
      await withLoad(loaded, () => runSuite({ target: 'local', suite: 'quick', benches: BENCHES, outDir: dir, driver: driver(), signal: quiet, write: () => {}, tty: false }));
    }
    const results = read(join(dir, 'local.jsonl'));
    pool.push({ loaded, results, summary: analyzeResults(results) });
  }
  // (c): A/B trials of one suite against itself.
  const trials: { loaded: boolean; a: ResultSet; b: ResultSet }[] = [];
  for (let i = 0; i < count('ab-', TRIALS); i++) {
    const loaded = i % 2 === 1;
    const dir = join(work, `ab-${i}`);
    if (!REUSE) {
      log(`A/B trial ${i + 1} of ${TRIALS}${loaded ? ' (loaded)' : ''}, ${ROUNDS} rounds`);
      const side = { spec: '.', label: 'this suite', commit: undefined, suiteDir: SUITE_DIR, shippedSuite: true };
      await withLoad(loaded, () =>
        runAb({ target: 'local', suite: 'quick', benches: BENCHES, rounds: ROUNDS, seed: 1000 + i, sides: { a: side, b: side }, outDir: dir, driver: driver({ b: SUITE_DIR }), compare: DEFAULT_OPTIONS, signal: quiet, write: () => {} }),
      );
    }
    trials.push({ loaded, a: read(join(dir, 'a', 'local.jsonl')), b: read(join(dir, 'b', 'local.jsonl')) });
  }

  // When and under what load the measurement was made: kept beside the files, read back on reuse.
  const when = join(work, 'measured.json');
  if (!REUSE) writeFileSync(when, JSON.stringify({ started: started.toISOString(), load0, load1: loadavg()[0] }));
  const measured = JSON.parse(readFileSync(when, 'utf8')) as { started: string; load0: number; load1: number };
  const optionsAt = (threshold: number, calibrate: boolean, sessionNoise = 0): CompareOptions => ({ ...DEFAULT_OPTIONS, threshold, calibrate, sessionNoise });
  const lines: string[] = [];
  const bench = BENCHES.map((b) => b.name).join(', ');
  lines.push(
    `Measured ${measured.started.slice(0, 16).replace('T', ' ')} UTC on this host (${cpus().length} CPU, ${cpus()[0]?.model ?? 'unknown'}; load average ${measured.load0.toFixed(1)} at the start, ${measured.load1.toFixed(1)} at the end), quick sizes, benchmarks: ${bench}. ` +
      `Pool for (a) and (b): ${pool.length} runs, every other one with a CPU-bound loader process; every ordered pair of runs (baseline always a quiet run) is one comparison report. ` +
      `(c): ${trials.length} A/B sessions of ${ROUNDS} rounds, every other one loaded; fewer rounds are the first rounds of the same sessions. ` +
      `“Loaded” rows: the current side (a, b: the later run; c: the whole session) had the loader beside it.`,
  );
  const header = [`| way | A/A level alarms (of benchmarks) | A/A scaling alarms | A/A reports with any alarm | typical uncertainty (median ±) | ${SLOWDOWNS.map((x) => `${x * 100}% slowdown caught`).join(' | ')} | smallest caught ≥ 80% |`, `| --- | ---: | ---: | ---: | ---: | ${SLOWDOWNS.map(() => '---:').join(' | ')} | ---: |`];
  const storedRow = (name: string, condition: 'quiet' | 'loaded' | 'all', options: CompareOptions): string => {
    const t = tally();
    for (const base of pool.filter((p) => !p.loaded)) {
      for (const cur of pool.filter((p) => p !== base && (condition === 'all' || p.loaded === (condition === 'loaded')))) {
        countAA(t, compareTargets([base.summary], [cur.summary], options).results);
        for (const x of SLOWDOWNS) countDetect(t, x, compareTargets([base.summary], [analyzeResults(slowDown(cur.results, x))], options).results);
      }
    }
    return row(name, t);
  };
  const abRow = (name: string, rounds: number, condition: 'quiet' | 'loaded', options: CompareOptions): string => {
    const t = tally();
    for (const trial of trials.filter((x) => x.loaded === (condition === 'loaded'))) {
      const a = firstRounds(trial.a, rounds);
      const b = firstRounds(trial.b, rounds);
      const sides = { a: { label: 'A' }, b: { label: 'B' } };
      countAA(t, compareAb({ a, b }, sides, rounds, options).results);
      for (const x of SLOWDOWNS) countDetect(t, x, compareAb({ a, b: slowDown(b, x) }, sides, rounds, options).results);
    }
    return row(name, t);
  };

  const chosen = DEFAULT_OPTIONS.sessionNoise ?? 0;
  lines.push('', '**The three ways at the defaults** (threshold 5%; a change must exceed it and be clear after false-discovery control over the report):', '', ...header);
  for (const condition of ['quiet', 'loaded'] as const) lines.push(storedRow(`(a) stored baseline, ${condition}`, condition, optionsAt(0.05, false, 0)));
  if (chosen > 0) for (const condition of ['quiet', 'loaded'] as const) lines.push(storedRow(`(a) stored baseline, session noise ${chosen * 100}%, ${condition}`, condition, optionsAt(0.05, false, chosen)));
  for (const condition of ['quiet', 'loaded'] as const) lines.push(storedRow(`(b) stored baseline, calibrated${chosen > 0 ? `, session noise ${chosen * 100}%` : ''}, ${condition}`, condition, optionsAt(0.05, true, chosen)));
  for (const rounds of ROUND_SUBSETS) for (const condition of ['quiet', 'loaded'] as const) lines.push(abRow(`(c) A/B, ${rounds} rounds, ${condition}`, rounds, condition, optionsAt(0.05, false)));

  lines.push('', '**Stored baselines and session noise** (all pairs, quiet and loaded; threshold 5%): how much spread between sessions must be assumed before a stored-baseline comparison stops crying wolf, and what it can still catch then.', '', ...header);
  for (const noise of SESSION_NOISES) lines.push(storedRow(`(a) session noise ${noise * 100}%`, 'all', optionsAt(0.05, false, noise)));

  lines.push('', '**A/B at a 2% threshold** (the threshold is not what limits it: significance is):', '', ...header);
  for (const rounds of ROUND_SUBSETS) for (const condition of ['quiet', 'loaded'] as const) lines.push(abRow(`(c) A/B, ${rounds} rounds, ${condition}`, rounds, condition, optionsAt(0.02, false)));

  // Per benchmark: what the A/B default catches, and how wide its interval is.
  lines.push('', `Per benchmark, (c) A/B with ${Math.min(DEFAULT_ROUNDS.quick, ROUNDS)} rounds at the 5% threshold, all sessions: median interval half-width in A/A, and the share of 10% slowdowns caught.`, '', '| benchmark | A/A ± (median) | A/A alarms | 10% caught |', '| --- | ---: | ---: | ---: |');
  for (const b of BENCHES) {
    const widths: number[] = [];
    let alarms = 0;
    let hit = 0;
    let n = 0;
    for (const trial of trials) {
      const a = firstRounds(trial.a, Math.min(DEFAULT_ROUNDS.quick, ROUNDS));
      const bb = firstRounds(trial.b, Math.min(DEFAULT_ROUNDS.quick, ROUNDS));
      const sides = { a: { label: 'A' }, b: { label: 'B' } };
      const aa = compareAb({ a, b: bb }, sides, Math.min(DEFAULT_ROUNDS.quick, ROUNDS), optionsAt(0.05, false)).results.find((r) => r.bench === b.name);
      const slow = compareAb({ a, b: slowDown(bb, 0.1) }, sides, Math.min(DEFAULT_ROUNDS.quick, ROUNDS), optionsAt(0.05, false)).results.find((r) => r.bench === b.name);
      if (!aa || !slow) continue;
      n++;
      if (aa.noise !== null) widths.push(aa.noise);
      if (ALARMS.has(aa.verdict)) alarms++;
      if (slow.verdict === 'regressed') hit++;
    }
    lines.push(`| ${b.name} | ±${(median(widths) * 100).toFixed(1)}% | ${alarms}/${n} | ${hit}/${n} |`);
  }

  const table = lines.join('\n');
  console.log(table);
  const text = readFileSync(DOC, 'utf8');
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    log(`${DOC.pathname} has no statistics markers; the tables are above`);
    process.exitCode = 1;
  } else {
    writeFileSync(DOC, `${text.slice(0, a)}${BEGIN}\n\n${table}\n\n${text.slice(b)}`);
    log(`wrote the tables into ${DOC.pathname}`);
  }
} finally {
  log(`the measured results files are in ${work} (STAT_REUSE=1 analyzes them again)`);
}
