/**
 * npm run bench:statistics — does the verdict cry wolf on identical code, and does it catch real
 * regressions? Measured on this host with the real suite and the local driver, and written into
 * docs/statistics.md between its markers.
 *
 * Sessions (each a separate run of the suite, every other one with a busy neighbour: one process
 * spinning on a CPU, as on a shared runner):
 *  - quick-i: the whole quick suite, unchanged code;
 *  - full-i: the whole full suite, unchanged code;
 *  - shim-i: the whole quick suite with real regressions injected by an LD_PRELOAD shim
 *    (scripts/inject/shim.c): socket() O(n) in open descriptors, fork() +40 µs, pipe writes slower;
 *    the static binary (fork-static) cannot be reached by it;
 *  - ab-aa-i: side by side (`scalewatch ab`), the whole quick suite against itself, default rounds;
 *  - ab-inj-i: side by side against a patched copy of the suite: socket() O(n) (a table walked in the
 *    timed region), every other curve's operation 10% longer, every timed figure 10% slower;
 *  - ab-inj30-i: the same with every change 30%.
 *
 * Stored-baseline reports compare one session with a baseline made of the five sessions before it
 * (`baseline update` of several results files), as a project that keeps its baselines' history does;
 * rows with a one-session baseline show what a single stored run gives.
 *
 * A session already measured (its results file complete) is kept; STAT_REUSE=1 measures nothing and
 * analyzes what is there; STAT_FRESH=1 starts over. Knobs: STAT_QUICK, STAT_FULL, STAT_SHIM, STAT_AB,
 * STAT_AB30 (sessions of each kind; defaults 12, 11, 8, 4, 6).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { compareAb, runAb } from '../src/ab/run.js';
import { analyzeResults } from '../src/analysis/analyze.js';
import { median } from '../src/analysis/stats.js';
import type { TargetSummary } from '../src/analysis/types.js';
import { fromBaselineFile, toBaselineFile } from '../src/baseline/model.js';
import { addSessions, MAX_SESSIONS } from '../src/baseline/sessions.js';
import { compareTargets } from '../src/compare/compare.js';
import { ALARMS, alarmingBenches, applyRecheck } from '../src/compare/recheck.js';
import { DEFAULT_OPTIONS, type CompareReport, type CompareResult, type Verdict } from '../src/compare/types.js';
import { targetFiles } from '../src/run/files.js';
import { runSuite } from '../src/run/runner.js';
import { CALIB_NAME, CURVES, FIGURES, selectBenches, type SuiteName } from '../src/suite/benches.js';
import { SUITE_DIR } from '../src/suite/build.js';
import { parseResults, type ResultSet } from '../src/suite/protocol.js';
import { LocalDriver } from '../src/vm/local.js';
import { injectedCopy, TIMED_FIGURES } from './inject/suites.js';

const COUNTS = {
  quick: Number(process.env.STAT_QUICK ?? 12),
  full: Number(process.env.STAT_FULL ?? 11),
  shim: Number(process.env.STAT_SHIM ?? 8),
  ab: Number(process.env.STAT_AB ?? 4),
  ab30: Number(process.env.STAT_AB30 ?? 6),
};
/** Sessions in a stored baseline of the evaluation. */
const BASELINE_SESSIONS = 5;
/** Rounds of one measured side-by-side session; twenty come from two sessions joined (see analyze). */
const ROUNDS = 10;
const REUSE = process.env.STAT_REUSE === '1';
const ALL = selectBenches(undefined).filter((b) => b.name !== CALIB_NAME);
const DOC = new URL('../../../docs/statistics.md', import.meta.url);
const BEGIN = '<!-- statistics:begin (written by scripts/statistics.ts; edits here are lost) -->';
const END = '<!-- statistics:end -->';
const work = new URL('../../statistics/', import.meta.url).pathname;
const log = (m: string) => process.stderr.write(`statistics: ${m}\n`);
const quietSignal = new AbortController().signal;

/** The shim's settings: what each injection is. */
const SHIM_ENV = { SHIM_SOCKET_SCAN: '1', SHIM_FORK_NS: '40000', SHIM_PIPE_NS_PER_KB: '45' };

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

/** A results file is complete when the runner wrote its closing meta (runSec). */
function complete(path: string): boolean {
  if (!existsSync(path)) return false;
  return readFileSync(path, 'utf8').includes('"runSec"');
}

const read = (path: string): ResultSet => parseResults(readFileSync(path, 'utf8'), path);

/** The suite with the injected side-by-side regressions, `percent` slower (scripts/inject/suites.ts), in this script's folder. */
const injectedSuite = (percent: number): string => injectedCopy(join(work, percent === 10 ? 'inject-suite' : `inject-suite-${percent}`), percent);


async function measure(): Promise<void> {
  if (process.env.STAT_FRESH === '1') rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const shim = join(work, 'shim.so');
  execFileSync('cc', ['-O2', '-shared', '-fPIC', '-o', shim, new URL('../../../scripts/inject/shim.c', import.meta.url).pathname, '-ldl']);
  const run = async (name: string, suite: SuiteName, loaded: boolean, env?: NodeJS.ProcessEnv) => {
    const dir = join(work, name);
    if (complete(join(dir, 'local.jsonl'))) return;
    log(`${name}: the ${suite} suite${env ? ' with the shim' : ''}${loaded ? ', loaded' : ''}`);
    const driver = new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, env, log: () => {} });
    await withLoad(loaded, () => runSuite({ target: 'local', suite, benches: ALL, outDir: dir, driver, signal: quietSignal, write: () => {}, tty: false }));
  };
  const ab = async (name: string, loaded: boolean, bDir: string, seed: number) => {
    const dir = join(work, name);
    if (complete(join(dir, 'local.jsonl'))) return;
    log(`${name}: side by side, ${ROUNDS} rounds${loaded ? ', loaded' : ''}`);
    const side = (suiteDir: string, label: string) => ({ spec: suiteDir, label, commit: undefined, suiteDir, shippedSuite: suiteDir === SUITE_DIR });
    const driver = new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, extraSuites: { b: bDir }, log: () => {} });
    await withLoad(loaded, () =>
      runAb({ target: 'local', suite: 'quick', benches: ALL, rounds: ROUNDS, seed, sides: { a: side(SUITE_DIR, 'A'), b: side(bDir, 'B') }, outDir: dir, driver, compare: DEFAULT_OPTIONS, signal: quietSignal, write: () => {}, tty: false }),
    );
  };
  const started = new Date().toISOString();
  const load0 = loadavg()[0]!;
  // Interleaved, so that whatever the machine does over the hour touches every kind alike.
  const injected = injectedSuite(10);
  for (let i = 0; i < Math.max(COUNTS.quick, COUNTS.shim, COUNTS.ab); i++) {
    if (i < COUNTS.quick) await run(`quick-${i}`, 'quick', i % 2 === 1);
    if (i < COUNTS.shim) await run(`shim-${i}`, 'quick', i % 2 === 1, { ...process.env, LD_PRELOAD: shim, ...SHIM_ENV });
    if (i < COUNTS.ab) await ab(`ab-aa-${i}`, i % 2 === 1, SUITE_DIR, 2000 + i);
    if (i < COUNTS.ab) await ab(`ab-inj-${i}`, i % 2 === 1, injected, 3000 + i);
  }
  for (let i = 0; i < COUNTS.full; i++) await run(`full-${i}`, 'full', i % 2 === 1);
  const injected30 = injectedSuite(30);
  for (let i = 0; i < COUNTS.ab30; i++) await ab(`ab-inj30-${i}`, i % 2 === 1, injected30, 4000 + i);
  const when = join(work, 'measured.json');
  const before = existsSync(when) ? (JSON.parse(readFileSync(when, 'utf8')) as { started: string; load0: number }) : null;
  writeFileSync(when, JSON.stringify({ started: before?.started ?? started, load0: before?.load0 ?? load0, ended: new Date().toISOString(), load1: loadavg()[0] }));
}

interface Session {
  name: string;
  loaded: boolean;
  results: ResultSet;
  summary: TargetSummary;
}

function sessions(prefix: string, count: number): Session[] {
  const out: Session[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(work, `${prefix}-${i}`, 'local.jsonl');
    if (!complete(path)) continue;
    const results = read(path);
    out.push({ name: `${prefix}-${i}`, loaded: i % 2 === 1, results, summary: analyzeResults(results) });
  }
  return out;
}

/** A stored baseline of several sessions, exactly as `baseline update` makes it from several results files. */
function baselineOf(list: readonly Session[]): TargetSummary {
  const files = list.map((s) => toBaselineFile(s.summary, `${s.name}.jsonl`));
  return fromBaselineFile(files.reduce((a, b) => addSessions(a, b)));
}

/** The `size` sessions before `i`, going round. */
function before<T>(list: readonly T[], i: number, size: number): T[] {
  const out: T[] = [];
  for (let k = 1; k <= size && k < list.length; k++) out.push(list[(i - k + list.length) % list.length]!);
  return out;
}

const LEVEL: ReadonlySet<Verdict> = new Set(['regressed', 'improved']);
const SCALING: ReadonlySet<Verdict> = new Set(['scaling-regressed', 'scaling-improved']);
const alarm = (v: Verdict) => ALARMS.has(v);

interface AaTally {
  reports: number;
  clean: number;
  comparisons: number;
  level: number;
  scaling: number;
  unchanged: number;
  noisy: number;
  alarms: string[];
  widths: number[];
}

function countAa(t: AaTally, results: readonly CompareResult[], label: string): void {
  t.reports++;
  let any = false;
  for (const r of results) {
    if (r.verdict === 'missing' || r.verdict === 'new') continue;
    t.comparisons++;
    if (LEVEL.has(r.verdict)) t.level++;
    if (SCALING.has(r.verdict)) t.scaling++;
    if (r.verdict === 'unchanged') t.unchanged++;
    if (r.verdict === 'noisy') t.noisy++;
    if (alarm(r.verdict)) {
      any = true;
      t.alarms.push(`${label}: ${r.bench} ${r.verdict} (${r.note.slice(0, 90)})`);
    }
    if (r.noise !== null && r.ciLevel === 0.95) t.widths.push(r.noise);
  }
  if (!any) t.clean++;
}

const aaTally = (): AaTally => ({ reports: 0, clean: 0, comparisons: 0, level: 0, scaling: 0, unchanged: 0, noisy: 0, alarms: [], widths: [] });
const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(0)}%`);
const aaRow = (name: string, t: AaTally) =>
  `| ${name} | ${t.reports} | **${t.clean}/${t.reports}** | ${t.level} | **${t.scaling}** | ${t.unchanged}/${t.comparisons} (${pct(t.unchanged, t.comparisons)}) | ${t.noisy}/${t.comparisons} | ±${(median(t.widths.length ? t.widths : [0]) * 100).toFixed(1)}% |`;
const AA_HEADER = ['| comparison | reports | reports without any alarm | level alarms | scaling alarms | unchanged (of benchmarks) | noisy | typical 95% interval (median ±) |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];

interface Expectation {
  bench: string;
  /** What the injection is, for people. */
  what: string;
  want: ReadonlySet<Verdict>;
}

interface DetectTally {
  hits: Map<string, { n: number; hit: number; got: Map<string, number> }>;
  falseAlarms: string[];
  others: number;
}

function countDetect(t: DetectTally, results: readonly CompareResult[], expected: readonly Expectation[], label: string): void {
  for (const r of results) {
    if (r.verdict === 'missing' || r.verdict === 'new') continue;
    const e = expected.find((x) => x.bench === r.bench);
    if (!e) {
      t.others++;
      if (alarm(r.verdict)) t.falseAlarms.push(`${label}: ${r.bench} ${r.verdict}`);
      continue;
    }
    const key = `${e.bench}: ${e.what}`;
    let h = t.hits.get(key);
    if (!h) t.hits.set(key, (h = { n: 0, hit: 0, got: new Map() }));
    h.n++;
    if (e.want.has(r.verdict)) h.hit++;
    else h.got.set(r.verdict, (h.got.get(r.verdict) ?? 0) + 1);
  }
}

const detectTally = (): DetectTally => ({ hits: new Map(), falseAlarms: [], others: 0 });

function detectRows(t: DetectTally): string[] {
  const rows = ['| injected | caught | got instead |', '| --- | ---: | --- |'];
  for (const [key, h] of t.hits) {
    const got = [...h.got.entries()].map(([v, n]) => `${v} ×${n}`).join(', ') || '—';
    rows.push(`| ${key} | **${h.hit}/${h.n}** (${pct(h.hit, h.n)}) | ${got} |`);
  }
  return rows;
}

/**
 * What the second measurement (src/compare/recheck.ts) leaves of a set of reports' alarms. The next
 * session stands in for it: a separate process minutes later, as a rerun would be, its alarming
 * benchmarks compared with the same baseline as the first (`second`), then applyRecheck as a run does.
 */
function recheckTally(firsts: readonly CompareReport[], second: (i: number, next: number, benches: readonly string[]) => CompareReport, names: readonly string[]): { alarms: number; confirmed: number; reports: number; list: string[]; left: CompareResult[][] } {
  let alarms = 0;
  const left = firsts.map((first, i) => {
    // Every session here measures the local target.
    const benches = alarmingBenches(first, 'local');
    alarms += benches.length;
    return benches.length === 0 ? [] : applyRecheck(first, second(i, (i + 1) % firsts.length, benches)).results.filter((r) => ALARMS.has(r.verdict));
  });
  const list = left.flatMap((after, i) => after.map((r) => `${names[i]}: ${r.bench} ${r.verdict}`));
  return { alarms, confirmed: list.length, reports: left.filter((after) => after.length > 0).length, list, left };
}

/** A session's summary with only these benchmarks: what a second measurement of them records. */
const only = (summary: TargetSummary, benches: readonly string[]): TargetSummary => ({ ...summary, benchmarks: summary.benchmarks.filter((b) => benches.includes(b.bench)) });

function analyze(): string {
  const quick = sessions('quick', COUNTS.quick);
  const full = sessions('full', COUNTS.full);
  const shim = sessions('shim', COUNTS.shim);
  const whenPath = join(work, 'measured.json');
  const measured = existsSync(whenPath) ? (JSON.parse(readFileSync(whenPath, 'utf8')) as { started: string; ended: string; load0: number; load1: number }) : { started: 'not finished', ended: '', load0: NaN, load1: NaN };
  const lines: string[] = [];
  lines.push(
    `Measured ${measured.started.slice(0, 16).replace('T', ' ')}–${measured.ended.slice(11, 16)} UTC on this host (${cpus().length} CPU, ${cpus()[0]?.model ?? 'unknown'}; load average ${measured.load0.toFixed(1)} at the start, ${measured.load1.toFixed(1)} at the end). ` +
      `Every other session had a busy neighbour (one process spinning on a CPU). Sessions: ${quick.length} quick, ${full.length} full, ${shim.length} quick with the shim, and side by side ${COUNTS.ab} A/A, ${COUNTS.ab} injected (10%) and ${COUNTS.ab30} injected (30%) sessions of ${ROUNDS} rounds (the whole quick suite, ${ALL.length} benchmarks, each time).`,
  );

  // Stored baselines, A/A.
  const options = DEFAULT_OPTIONS;
  /** What a second measurement would leave of each set's alarms (the next session's report stands in for it). */
  const confirmations: ({ name: string } & ReturnType<typeof recheckTally>)[] = [];
  /** The baseline sessions of list[i]: the `size` before it, or the `size` others of its own condition (quiet or loaded). */
  const baseSessions = (list: Session[], i: number, size: number, same: boolean): Session[] =>
    same ? before(list.filter((s) => s.loaded === list[i]!.loaded), list.filter((s) => s.loaded === list[i]!.loaded).indexOf(list[i]!), size) : before(list, i, size);
  const storedAa = (list: Session[], size: number, same = false) => {
    const t = aaTally();
    const bases = list.map((_, i) => baselineOf(baseSessions(list, i, size, same)));
    const reports = list.map((cur, i) => compareTargets([bases[i]!], [cur.summary], options));
    reports.forEach((r, i) => countAa(t, r.results, `${list[i]!.name} against ${size} session${size === 1 ? '' : 's'}${same ? ' of its condition' : ''}`));
    const second = (i: number, next: number, benches: readonly string[]) => compareTargets([bases[i]!], [only(list[next]!.summary, benches)], options);
    confirmations.push({ name: `${list === full ? 'full' : 'quick'} suite, stored baseline of ${size} session${size === 1 ? '' : 's'}${same ? ' of the same condition' : ''}`, ...recheckTally(reports, second, list.map((x) => x.name)) });
    return t;
  };
  const aaQuick = storedAa(quick, BASELINE_SESSIONS);
  const aaFull = storedAa(full, Math.min(BASELINE_SESSIONS, full.length - 1));
  const aaFull10 = full.length > MAX_SESSIONS ? storedAa(full, MAX_SESSIONS) : null;
  const aaQuick1 = storedAa(quick, 1);
  const aaQuickSame = storedAa(quick, BASELINE_SESSIONS, true);
  const aaQuick10 = storedAa(quick, MAX_SESSIONS);
  const quiet = (list: Session[]) => list.filter((s) => !s.loaded);
  const loaded = (list: Session[]) => list.filter((s) => s.loaded);
  const storedSplit = (list: Session[], which: (l: Session[]) => Session[]) => {
    const t = aaTally();
    list.forEach((cur, i) => {
      if (!which(list).includes(cur)) return;
      countAa(t, compareTargets([baselineOf(before(list, i, BASELINE_SESSIONS))], [cur.summary], options).results, cur.name);
    });
    return t;
  };

  // Side by side, A/A.
  const abAa = aaTally();
  const abAaLoaded = aaTally();
  const sides = { a: { label: 'A' }, b: { label: 'B' } };
  const abPair = (name: string) => ({ a: read(targetFiles(join(work, name), 'local').reference), b: read(targetFiles(join(work, name), 'local').results) });
  // Twenty rounds, from two sessions of the same condition joined (rounds are exchangeable within a
  // condition): what doubling the rounds buys.
  const join2 = (x: ResultSet, y: ResultSet): ResultSet => ({
    ...x,
    samples: [...x.samples, ...y.samples.map((s) => ({ ...s, run: s.run + ROUNDS }))],
    values: [...x.values, ...y.values.map((v) => ({ ...v, run: v.run + ROUNDS }))],
    errors: [...x.errors, ...y.errors.map((e) => ({ ...e, run: e.run + ROUNDS }))],
  });
  const done = (name: string) => complete(targetFiles(join(work, name), 'local').results);
  /** The measured side-by-side sessions `prefix-i` (i < count), each compared as `scalewatch ab` does. */
  const abReports = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${prefix}-${i}`)
      .map((label, i) => ({ label, loaded: i % 2 === 1 }))
      .filter((x) => done(x.label))
      .map((x) => ({ ...x, results: compareAb(abPair(x.label), sides, ROUNDS, options).results }));
  /** Sessions i and i + 2 (one condition) of `prefix` joined, each pair compared as one run of twice the rounds. */
  const joinedReports = (prefix: string, count: number) =>
    Array.from({ length: Math.max(0, count - 2) }, (_, i) => [`${prefix}-${i}`, `${prefix}-${i + 2}`] as const)
      .filter(([x, y]) => done(x) && done(y))
      .map(([x, y]) => {
        const px = abPair(x);
        const py = abPair(y);
        return { label: `${x}+${y}`, results: compareAb({ a: join2(px.a, py.a), b: join2(px.b, py.b) }, sides, 2 * ROUNDS, options).results };
      });
  for (const r of abReports('ab-aa', COUNTS.ab)) {
    countAa(abAa, r.results, r.label);
    if (r.loaded) countAa(abAaLoaded, r.results, r.label);
  }

  lines.push('', '**Identical code** (A/A: every regressed, improved or scaling-* verdict is a false alarm; threshold 5%, false discovery rate 5% over each report):', '', ...AA_HEADER);
  lines.push(aaRow(`quick suite, stored baseline of ${BASELINE_SESSIONS} sessions, all`, aaQuick));
  lines.push(aaRow(`— of which the current session was quiet`, storedSplit(quick, quiet)));
  lines.push(aaRow(`— of which the current session was loaded`, storedSplit(quick, loaded)));
  lines.push(aaRow(`quick suite, stored baseline of ${BASELINE_SESSIONS} sessions of the same condition (quiet or loaded)`, aaQuickSame));
  lines.push(aaRow(`quick suite, stored baseline of ${MAX_SESSIONS} sessions (the most a baseline keeps)`, aaQuick10));
  lines.push(aaRow(`full suite, stored baseline of ${Math.min(BASELINE_SESSIONS, full.length - 1)} sessions`, aaFull));
  if (aaFull10) lines.push(aaRow(`full suite, stored baseline of ${MAX_SESSIONS} sessions`, aaFull10));
  lines.push(aaRow(`side by side, quick suite, ${ROUNDS} rounds, all`, abAa));
  lines.push(aaRow(`— of which loaded`, abAaLoaded));
  lines.push(aaRow(`quick suite, stored baseline of 1 session (the one before)`, aaQuick1));
  const shimBase = baselineOf(quick.slice(0, BASELINE_SESSIONS));
  const shimFull = shim.map((s) => compareTargets([shimBase], [s.summary], options));
  const shimReports = shimFull.map((r) => r.results);
  const shimSecond = (_i: number, next: number, benches: readonly string[]) => compareTargets([shimBase], [only(shim[next]!.summary, benches)], options);
  const shimConfirmed = recheckTally(shimFull, shimSecond, shim.map((s) => s.name));
  const socketCaught = shimReports.filter((r) => r.find((x) => x.bench === 'socket')?.verdict === 'scaling-regressed').length;
  const socketKept = shimConfirmed.left.filter((after) => after.some((x) => x.bench === 'socket' && x.verdict === 'scaling-regressed')).length;
  lines.push(
    '',
    '**Alarms a second measurement repeats** (stored baselines; what `scalewatch run` and the Action now do before reporting an alarm: measure the alarming benchmarks again and keep only the alarms the second measurement repeats. Here the next session stands in for the second measurement, its alarming benchmarks compared with the same baseline):',
    '',
    '| comparison | alarms on one measurement | repeated by a second | reports left with an alarm |',
    '| --- | ---: | ---: | ---: |',
    ...confirmations.map((c) => `| ${c.name} (identical code) | ${c.alarms} | **${c.confirmed}** | ${c.reports} |`),
    `| quick suite with the shim, stored baseline of ${BASELINE_SESSIONS} clean sessions (socket made O(n)) | ${shimConfirmed.alarms} | **${shimConfirmed.confirmed}** | ${shimConfirmed.reports} |`,
    '',
    `socket's O(n) with the shim: caught on one measurement in ${socketCaught} of ${shimReports.length} sessions, and still caught after the second in ${socketKept} of ${shimReports.length}.${shimConfirmed.list.length ? ` Alarms left with the shim: ${shimConfirmed.list.join('; ')}.` : ''}`,
  );
  const confirmedAa = confirmations.flatMap((c) => c.list.map((x) => `${x} (${c.name})`));
  if (confirmedAa.length) lines.push('', `Alarms on identical code that a second measurement repeated: ${confirmedAa.join('; ')}.`);

  // Injected regressions against stored baselines.
  const shimExpect: Expectation[] = [
    { bench: 'socket', what: 'socket() walks a table of the open sockets (O(n))', want: new Set(['scaling-regressed']) },
    { bench: 'fork', what: `fork() +${Number(SHIM_ENV.SHIM_FORK_NS) / 1000} µs`, want: new Set(['regressed']) },
    { bench: 'fork-exit', what: `fork() +${Number(SHIM_ENV.SHIM_FORK_NS) / 1000} µs`, want: new Set(['regressed']) },
    { bench: 'pipe', what: `pipe writes +${SHIM_ENV.SHIM_PIPE_NS_PER_KB} ns/KiB`, want: new Set(['regressed']) },
  ];
  const shimT = detectTally();
  const shimSame = detectTally();
  const shimT1 = detectTally();
  shim.forEach((s, i) => {
    countDetect(shimT, shimReports[i]!, shimExpect, s.name);
    const same = baselineOf(quick.filter((q) => q.loaded === s.loaded).slice(0, BASELINE_SESSIONS));
    countDetect(shimSame, compareTargets([same], [s.summary], options).results, shimExpect, `${s.name} (same condition)`);
    countDetect(shimT1, compareTargets([quick[i % quick.length]!.summary], [s.summary], options).results, shimExpect, `${s.name} (1 session)`);
  });
  // What the shim does to each injected benchmark, measured: its median level against the clean sessions'.
  const levelOf = (list: Session[], bench: string): number => {
    const vals = list.map((s) => {
      const b = s.summary.benchmarks.find((x) => x.bench === bench);
      if (!b) return NaN;
      return b.kind === 'figure' ? median(b.values) : median(b.points.map((p) => p.median));
    });
    return median(vals.filter((v) => Number.isFinite(v)));
  };
  const size = (bench: string) => `${(((levelOf(shim, bench) / levelOf(quick, bench)) - 1) * 100).toFixed(0)}%`;
  lines.push(
    '',
    `**Real regressions, stored baseline** (${shim.length} quick sessions with the shim, half loaded, against a baseline of the first ${BASELINE_SESSIONS} clean quick sessions; measured size of each injection, median level with the shim against without: fork ${size('fork')}, fork-exit ${size('fork-exit')}, pipe ${size('pipe')}):`,
    '',
    ...detectRows(shimT),
    '',
    `Benchmarks the shim does not touch, in the same reports (fork-static among them: a static binary): ${shimT.falseAlarms.length} alarms in ${shimT.others} comparisons${shimT.falseAlarms.length ? ` (${shimT.falseAlarms.join('; ')})` : ''}.`,
    '',
    `The same sessions against a baseline of ${BASELINE_SESSIONS} clean quick sessions of the same condition (quiet against quiet, loaded against loaded):`,
    '',
    ...detectRows(shimSame),
    '',
    `Untouched benchmarks, same condition: ${shimSame.falseAlarms.length} alarms in ${shimSame.others} comparisons${shimSame.falseAlarms.length ? ` (${shimSame.falseAlarms.join('; ')})` : ''}.`,
    '',
    `The same sessions against a one-session baseline (the clean quick session of the same index):`,
    '',
    ...detectRows(shimT1),
    '',
    `Untouched benchmarks against one session: ${shimT1.falseAlarms.length} alarms in ${shimT1.others} comparisons.`,
  );

  // Injected regressions side by side.
  const injExpectOf = (percent: number): Expectation[] => [
    { bench: 'socket', what: 'a table walked in the timed region (O(n))', want: new Set(['scaling-regressed']) },
    ...CURVES.filter((c) => c.name !== 'socket').map((c) => ({ bench: c.name, what: `operation ${percent}% longer`, want: new Set<Verdict>(['regressed']) })),
    ...FIGURES.filter((f) => TIMED_FIGURES.has(f.name)).map((f) => ({ bench: f.name, what: `rate ${percent}% lower`, want: new Set<Verdict>(['regressed']) })),
  ];
  const injExpect = injExpectOf(10);
  const injT = detectTally();
  for (const r of abReports('ab-inj', COUNTS.ab)) countDetect(injT, r.results, injExpect, r.label);
  const inj20 = detectTally();
  const aa20 = aaTally();
  for (const r of joinedReports('ab-inj', COUNTS.ab)) countDetect(inj20, r.results, injExpect, r.label);
  for (const r of joinedReports('ab-aa', COUNTS.ab)) countAa(aa20, r.results, r.label);
  /** The level injections (every one but socket's order): comparisons, caught, and caught or flagged scaling-regressed. */
  const levelHits = (t: DetectTally) => {
    const rows = [...t.hits.entries()].filter(([k]) => !k.startsWith('socket'));
    const n = rows.reduce((s, [, h]) => s + h.n, 0);
    const hit = rows.reduce((s, [, h]) => s + h.hit, 0);
    return { benches: rows.length, n, hit, alarms: hit + rows.reduce((s, [, h]) => s + (h.got.get('scaling-regressed') ?? 0), 0) };
  };
  const { n: tenN, hit: tenHit } = levelHits(injT);
  lines.push(
    '',
    `**Real regressions, side by side** (${COUNTS.ab} sessions of ${ROUNDS} rounds, half loaded, B a patched copy of the suite): 10% changes caught in **${tenHit} of ${tenN}** benchmark comparisons (${pct(tenHit, tenN)}).`,
    '',
    ...detectRows(injT),
    '',
    `Benchmarks not patched (build, whose figure is a wall time outside the figure loop): ${injT.falseAlarms.length} alarms in ${injT.others} comparisons.`,
  );
  const { n: n20, hit: hit20, benches: benches20 } = levelHits(inj20);
  lines.push(
    '',
    `**Twenty rounds** (two sessions of the same condition joined, ${aa20.reports} A/A and ${Math.round(n20 / Math.max(1, benches20))} injected): 10% changes caught in **${hit20} of ${n20}** (${pct(hit20, n20)}); A/A: ${aa20.clean} of ${aa20.reports} reports without an alarm, ${aa20.unchanged} of ${aa20.comparisons} benchmarks unchanged.`,
    '',
    ...detectRows(inj20),
  );
  // Thirty per cent, side by side.
  const inj30 = detectTally();
  const reports30 = abReports('ab-inj30', COUNTS.ab30);
  for (const r of reports30) countDetect(inj30, r.results, injExpectOf(30), r.label);
  const sessions30 = reports30.length;
  // The same at the Action's default for the quick suite, twenty rounds.
  const inj30x20 = detectTally();
  for (const r of joinedReports('ab-inj30', COUNTS.ab30)) countDetect(inj30x20, r.results, injExpectOf(30), r.label);
  /** Caught as a level change, and as any regression alarm (a curve slowed can also come out scaling-regressed). */
  const caught = (t: DetectTally) => {
    const { n, hit, alarms } = levelHits(t);
    return `caught as regressed in **${hit} of ${n}** (${pct(hit, n)}); with the scaling alarms, flagged in ${alarms} of ${n} (${pct(alarms, n)})`;
  };
  lines.push(
    '',
    `**Thirty per cent, side by side** (${sessions30} sessions of ${ROUNDS} rounds, half loaded, B the same patched copy with every change 30%): ${caught(inj30)}; benchmarks not patched: ${inj30.falseAlarms.length} alarms in ${inj30.others} comparisons. At twenty rounds, the quick suite's default (two sessions of the same condition joined): ${caught(inj30x20)}.`,
    '',
    ...detectRows(inj30),
    '',
    'Twenty rounds:',
    '',
    ...detectRows(inj30x20),
  );

  // Known orders of this host.
  const flat = ['socket', 'bind', 'mmap', 'touch'];
  const orderRows = ['| curve | called O(1) in quick sessions | orders called |', '| --- | ---: | --- |'];
  for (const bench of [...flat, 'fork', 'fork-static', 'connect', 'http', 'dir-create']) {
    const orders = quick.map((s) => s.summary.benchmarks.find((b) => b.bench === bench)).map((b) => (b?.kind === 'curve' ? (b.findings?.order ?? '—') : '—'));
    const counts = new Map<string, number>();
    for (const o of orders) counts.set(o, (counts.get(o) ?? 0) + 1);
    orderRows.push(`| ${bench}${flat.includes(bench) ? ' (flat on Linux)' : ''} | ${orders.filter((o) => o === 'O(1)').length}/${orders.length} | ${[...counts.entries()].map(([o, n]) => `${o} ×${n}`).join(', ')} |`);
  }
  lines.push('', `**Orders called in the ${quick.length} quick sessions:**`, '', ...orderRows);

  const alarms = [...aaQuick.alarms, ...aaQuick10.alarms, ...aaFull.alarms, ...(aaFull10?.alarms ?? []), ...abAa.alarms];
  if (alarms.length) lines.push('', `The false alarms above, each: ${alarms.join('; ')}.`);
  return lines.join('\n');
}

if (process.env.STAT_CHECK_INJECT === '1') {
  mkdirSync(work, { recursive: true });
  for (const percent of [10, 30]) execFileSync('make', ['-s'], { cwd: injectedSuite(percent), stdio: 'inherit' });
  log('the injected suite builds');
  process.exit(0);
}
if (!REUSE) await measure();
const table = analyze();
console.log(table);
const text = readFileSync(DOC, 'utf8');
const a = text.indexOf(BEGIN);
const b = text.indexOf(END);
if (a < 0 || b < a) {
  log(`${DOC.pathname} has no statistics markers; the tables are above`);
  process.exitCode = 1;
} else {
  writeFileSync(DOC, `${text.slice(0, a)}${BEGIN}\n\n${table}\n\n${text.slice(b)}`);
  log(`wrote the tables into ${DOC.pathname}; the measured results files are in ${work}`);
}
