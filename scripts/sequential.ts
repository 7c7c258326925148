/**
 * `npm run bench:sequential`: side by side until decided, on this host, with the real suite and the
 * local driver, at the defaults of `scalewatch ab` (10 rounds, then 20 and 40 for the undecided, a
 * 10-minute budget), in sessions of four kinds (scripts/campaign.ts):
 *
 *  - `aa`: side B is suite/ itself: every alarm is false;
 *  - `inj10`: side B is the copy bench:statistics measures, every change 10% (each curve's operation
 *    10% longer, each timed figure's rate 10% lower, socket O(n): scripts/inject/suites.ts);
 *  - `socket300`: side B's socket spins 300 ns inside its timed region (about +11% here), nothing else;
 *  - `inj5`: as inj10 with every change 5% (socket still O(n)).
 *
 * Every other session of a kind runs beside a busy neighbour (one process spinning on a CPU), unless
 * SEQ_CONDITION names one condition for every session (what it does to a round is measured by running
 * each into its own SEQ_DIR and reading them with bench:signal):
 *
 *  - `quiet`: nothing else runs; `busy`: beside the neighbour;
 *  - `keepers`: one spinner per CPU at the lowest priority the kernel has (SCHED_IDLE, `chrt --idle`):
 *    it runs only when nothing else wants the CPU, so no CPU goes idle and none is taken from the suite;
 *  - `pinned`: the suite's processes, both sides, on one CPU (the script runs itself again under
 *    `taskset -c 0`).
 *
 * Sessions are kept in .scalewatch/sequential/ and a complete one is not measured again, so the
 * campaign can be stopped and resumed over hours; SEQ_REUSE=1 measures nothing and reports what is
 * there. Each is
 * reported twice from the same files, by today's analysis: as the run of fixed size it was before (its
 * first 10 rounds, one look) and as it ran (until decided, the looks where the run took them), so the
 * table shows what the looks bought on the same sessions.
 *
 * Knobs: SEQ_STAGES (how a stage within the budget chooses among the open benchmarks: `cheapest`, the
 * default, or `alike`, the rule before it, every one for the rounds that fit; chooseStage), SEQ_PLAN
 * (sessions of each kind, default "aa:4,inj10:4,socket300:2"; raising a count adds
 * sessions beside the kept ones), SEQ_BENCH (default all; a comma list narrows it), SEQ_DIR (another
 * folder of sessions), SEQ_FRESH=1 (start over), SEQ_MAX_ROUNDS (default the quick suite's, 40; 10
 * stops every session at its first look), SEQ_READING=alike (a curve's bins counted alike in a round's
 * level, the reading before BIN_WEIGHT_CAP; campaign.ts OPTIONS). Prints Markdown.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUDGET_SEC, DEFAULT_MAX_ROUNDS, randomSeed } from '../src/ab/plan.js';
import { runAb } from '../src/ab/run.js';
import type { StageRule } from '../src/compare/sequential.js';
import { type CompareReport, type CompareResult } from '../src/compare/types.js';
import { isAlarm } from '../src/compare/verdicts.js';
import { CALIB_NAME, selectBenches } from '../src/suite/benches.js';
import { benchSeconds } from '../src/run/measure.js';
import { SUITE_DIR } from '../src/suite/build.js';
import { LocalDriver } from '../src/vm/local.js';
import { CAMPAIGN_DIR, expected, FIRST, judgeFirst, KINDS, OPTIONS, readSession, rejudge, roundsMeasured, type Kind } from './campaign.js';
import { injectedCopy, socketSpinCopy } from './inject/suites.js';

const BENCHES = selectBenches(process.env.SEQ_BENCH && process.env.SEQ_BENCH !== 'all' ? process.env.SEQ_BENCH : undefined).filter((b) => b.name !== CALIB_NAME);
const log = (m: string) => process.stderr.write(`sequential: ${m}\n`);
const work = CAMPAIGN_DIR;
const MAX_ROUNDS = Number(process.env.SEQ_MAX_ROUNDS ?? DEFAULT_MAX_ROUNDS.quick);

/** What runs beside a session (the module comment says each); `alternate` is busy every other session. */
const CONDITIONS = ['alternate', 'quiet', 'busy', 'keepers', 'pinned'] as const;
type Condition = (typeof CONDITIONS)[number];
const CONDITION = (process.env.SEQ_CONDITION ?? 'alternate') as Condition;
/** How a stage within the budget chooses among the open benchmarks (chooseStage): the default, or the rule before it. */
const STAGES = (process.env.SEQ_STAGES ?? 'cheapest') as StageRule;

function planOf(text: string): Record<Kind, number> {
  const plan: Record<Kind, number> = { aa: 0, inj10: 0, socket300: 0, inj5: 0 };
  for (const part of text.split(',')) {
    const [kind, count] = part.split(':');
    if (!KINDS.includes(kind as Kind) || !/^\d+$/.test(count ?? '')) throw new Error(`SEQ_PLAN: "${part}" is not KIND:COUNT with KIND one of ${KINDS.join(', ')}`);
    plan[kind as Kind] = Number(count);
  }
  return plan;
}

interface Session {
  name: string;
  kind: Kind;
  /** What ran beside it: a session kept before conditions were recorded was busy or quiet. */
  condition: Exclude<Condition, 'alternate'>;
  /** How its stages chose (SEQ_STAGES): a session kept before the choice was recorded measured alike. */
  stages: StageRule;
  /** As it ran, until decided, and as its first 10 rounds alone would have been judged. */
  until: CompareReport;
  fixed: CompareReport;
  seconds: number;
  load: number;
  started: string;
  /** Seconds a round of each benchmark took, both sides (from the sides' benchSec). */
  perRound: Map<string, number>;
}

const SPIN = ['sh', '-c', 'while :; do :; done'];
const spinner = (argv: readonly string[]): ChildProcess => spawn(argv[0]!, argv.slice(1), { stdio: 'ignore' });

async function measure(name: string, kind: Kind, condition: Session['condition'], bDir: string): Promise<void> {
  const dir = join(work, name);
  if (existsSync(join(dir, 'session.json'))) return;
  rmSync(dir, { recursive: true, force: true });
  log(`${name}: side by side until decided, ${condition}`);
  const side = (suiteDir: string, label: string) => ({ spec: suiteDir, label, commit: undefined, suiteDir, shippedSuite: false });
  const driver = new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, extraSuites: { b: bDir }, log: () => {} });
  const loaders: ChildProcess[] =
    condition === 'busy' ? [spinner(SPIN)] : condition === 'keepers' ? cpus().map(() => spinner(['chrt', '--idle', '0', ...SPIN])) : [];
  const started = new Date().toISOString();
  try {
    const run = await runAb({
      target: 'local',
      suite: 'quick',
      benches: BENCHES,
      rounds: FIRST,
      maxRounds: MAX_ROUNDS,
      budgetSec: DEFAULT_BUDGET_SEC.quick,
      stageRule: STAGES,
      seed: randomSeed(),
      sides: { a: side(SUITE_DIR, 'A'), b: side(bDir, 'B') },
      outDir: dir,
      driver,
      compare: OPTIONS,
      signal: new AbortController().signal,
      write: (t) => (t.startsWith('scalewatch: undecided') || t.includes('budget') ? process.stderr.write(`  ${t}`) : true),
      tty: false,
    });
    if (run.interrupted) throw new Error(`${name} was interrupted`);
    // Written last: a session with this file is complete.
    writeFileSync(join(dir, 'session.json'), JSON.stringify({ kind, loaded: condition === 'busy', condition, stages: STAGES, seconds: run.seconds, load: loadavg()[0], started, report: run.report }));
  } finally {
    for (const l of loaders) l.kill('SIGKILL');
  }
}

function load(name: string): Session | null {
  const s = readSession(name, work);
  if (!s) return null;
  const until = rejudge(s);
  // What was spent is the run's own (rejudge keeps the first look's summary).
  const comparedWith = s.info.report.summary.comparedWith;
  const condition = s.info.condition ?? (s.info.loaded ? 'busy' : 'quiet');
  const [secA, secB] = [benchSeconds(s.a.meta), benchSeconds(s.b.meta)];
  const perRound = new Map<string, number>();
  for (const [bench, n] of roundsMeasured(s.b)) perRound.set(bench, ((secA[bench] ?? 0) + (secB[bench] ?? 0)) / n);
  return { name, kind: s.info.kind, condition, stages: s.info.stages ?? 'alike', until: { ...until, summary: { ...until.summary, comparedWith } }, fixed: judgeFirst(s), seconds: s.info.seconds, load: s.info.load, started: s.info.started, perRound };
}

interface Tally {
  caught: number;
  changed: number;
  falseAlarms: string[];
  untouched: number;
  unchanged: number;
}

function tally(sessions: readonly Session[], pick: (s: Session) => CompareReport, kinds: readonly Kind[]): Tally {
  const t: Tally = { caught: 0, changed: 0, falseAlarms: [], untouched: 0, unchanged: 0 };
  for (const s of sessions.filter((x) => kinds.includes(x.kind))) {
    for (const r of pick(s).results) {
      const e = expected(s.kind, r.bench);
      if (e) {
        t.changed++;
        const hit = e === 'order' ? r.verdict === 'scaling-regressed' || r.verdict === 'regressed' : r.verdict === 'regressed' || r.verdict === 'scaling-regressed';
        if (hit) t.caught++;
      } else {
        t.untouched++;
        if (isAlarm(r.verdict)) t.falseAlarms.push(`${s.name} ${r.bench} ${r.verdict}`);
        if (r.verdict === 'unchanged') t.unchanged++;
      }
    }
  }
  return t;
}

const share = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((100 * a) / b)}%`);
const pct = (x: number | null) => (x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`);
const minutes = (sec: number) => `${(sec / 60).toFixed(1)} min`;

function report(sessions: readonly Session[]): string {
  const names = BENCHES.map((b) => b.name);
  const lines: string[] = [];
  const first = sessions.map((s) => s.started).sort()[0] ?? '';
  const last = sessions.map((s) => s.started).sort().pop() ?? '';
  lines.push(
    `Measured ${first.slice(0, 16).replace('T', ' ')}–${last.slice(11, 16)} UTC on this host (${cpus().length} CPU, ${cpus()[0]?.model ?? 'unknown'}), \`npm run bench:sequential\`: ${sessions.length} session${sessions.length === 1 ? '' : 's'} of ${names.length === 19 ? 'the whole quick suite' : names.join(', ')} side by side, ${FIRST} rounds, ${MAX_ROUNDS > FIRST ? `then up to ${MAX_ROUNDS} for the undecided within ${DEFAULT_BUDGET_SEC.quick / 60} minutes, ${stagesWords(sessions)}` : 'one look'}; ${conditionWords(sessions)}.`,
    '',
    '| | 10 rounds, one look | until decided |',
    '| --- | --- | --- |',
  );
  const row = (label: string, f: (p: (s: Session) => CompareReport) => string) => lines.push(`| ${label} | ${f((s) => s.fixed)} | ${f((s) => s.until)} |`);
  const injected = (kinds: Kind[]) => (p: (s: Session) => CompareReport) => {
    const t = tally(sessions, p, kinds);
    return t.changed ? `${t.caught} of ${t.changed} (${share(t.caught, t.changed)})` : '–';
  };
  row('10% changes caught (inj10)', injected(['inj10']));
  row('5% changes caught (inj5)', injected(['inj5']));
  row('+300 ns socket caught (socket300)', injected(['socket300']));
  row('false alarms, untouched benchmarks (all kinds)', (p) => {
    const t = tally(sessions, p, KINDS);
    return `${t.falseAlarms.length} in ${t.untouched}`;
  });
  row('identical code unchanged (aa)', (p) => {
    const t = tally(sessions, p, ['aa']);
    return `${t.unchanged} of ${t.untouched} (${share(t.unchanged, t.untouched)})`;
  });
  const secs = sessions.map((s) => s.seconds).sort((a, b) => a - b);
  lines.push(`| time per session | ${FIRST} rounds of every benchmark | ${secs.length ? `${minutes(secs[0]!)} to ${minutes(secs[secs.length - 1]!)}` : '–'} |`);
  const fa = [...tally(sessions, (s) => s.fixed, KINDS).falseAlarms.map((x) => `${x} (10 rounds)`), ...tally(sessions, (s) => s.until, KINDS).falseAlarms.map((x) => `${x} (until decided)`)];
  if (fa.length) lines.push('', `False alarms: ${fa.join('; ')}.`);
  lines.push('', `| session | started (UTC) | beside | load | ${names.join(' | ')} | rounds | time |`, `| --- | --- | --- | ---: | ${names.map(() => '---').join(' | ')} | ---: | ---: |`);
  for (const s of sessions) {
    const cell = (r: CompareResult | undefined) => (r ? `${r.verdict === 'unchanged' ? '=' : r.verdict} ${pct(r.change)}${r.rounds && r.rounds !== FIRST ? ` (${r.rounds})` : ''}` : '–');
    const spent = s.until.summary.comparedWith[0]?.side?.spent;
    lines.push(`| ${s.name} | ${s.started.slice(5, 16).replace('T', ' ')} | ${s.condition} | ${s.load.toFixed(1)} | ${names.map((n) => cell(s.until.results.find((r) => r.bench === n))).join(' | ')} | ${spent?.rounds ?? FIRST} | ${minutes(s.seconds)} |`);
  }
  lines.push('', 'Cells: verdict as it ran (`=` unchanged), change, and the rounds it rests on where more than 10.');
  lines.push('', projections(sessions));
  return lines.join('\n');
}

/**
 * How the first look's projections fared ("about N rounds would decide it": src/compare/sequential.ts
 * roundsToDecide): of the levels the first 10 rounds left undecided, how many named N within the
 * rounds the run then gave them, and how many of those the run did decide by its end (at the later
 * looks' stricter shares of the error rates, so fewer than at one look of N).
 */
function projections(sessions: readonly Session[]): string {
  let told = 0;
  let never = 0;
  let within = 0;
  let decided = 0;
  const named: number[] = [];
  for (const s of sessions) {
    for (const r of s.fixed.results) {
      if (r.verdict !== 'noisy' || r.cause?.rounds === undefined) continue;
      told++;
      if (r.cause.rounds === null) {
        never++;
        continue;
      }
      named.push(r.cause.rounds);
      const end = s.until.results.find((x) => x.bench === r.bench);
      if (r.cause.rounds <= (end?.rounds ?? FIRST)) {
        within++;
        if (end && end.verdict !== 'noisy') decided++;
      }
    }
  }
  named.sort((a, b) => a - b);
  const mid = named.length ? named[Math.floor(named.length / 2)]! : null;
  // Identical code: what deciding every level its first look left open would cost, at the rounds named.
  const aa = sessions.filter((x) => x.kind === 'aa').map((x) => {
    const open = x.fixed.results.filter((r) => r.verdict === 'noisy' && r.cause?.rounds !== undefined);
    const sec = open.reduce((t, r) => t + (r.cause!.rounds ?? 0) * (x.perRound.get(r.bench) ?? 0), 0);
    return { sec, never: open.filter((r) => r.cause!.rounds === null).map((r) => r.bench) };
  });
  const cost = aa.length ? ` For identical code (aa), measuring each such level to the rounds named would take ${aa.map((x) => `${minutes(x.sec)}${x.never.length ? ` (and ${x.never.join(', ')} not by 1,000)` : ''}`).join(', ')}.` : '';
  return `What the first look said more rounds would do: ${told} levels undecided at ${FIRST} rounds with an interval too wide; ${never} would not be decided by 1,000 rounds at their spread; the others named ${named.length ? `${named[0]}–${named[named.length - 1]} rounds (median ${mid})` : 'none'}; of the ${within} whose rounds the run then reached, ${decided} were decided by its end.${cost}`;
}

function stagesWords(sessions: readonly Session[]): string {
  const words: Record<StageRule, string> = { cheapest: 'the time going first to those cheapest to decide', alike: 'every undecided benchmark measured alike' };
  const seen = [...new Set(sessions.map((s) => s.stages))];
  return seen.map((r) => (seen.length === 1 ? words[r] : `${sessions.filter((s) => s.stages === r).length} sessions with ${words[r]}`)).join(', ');
}

function conditionWords(sessions: readonly Session[]): string {
  const words: Record<Session['condition'], string> = {
    quiet: 'with nothing else running',
    busy: 'beside a busy neighbour (one process spinning on a CPU)',
    keepers: 'beside one SCHED_IDLE spinner per CPU',
    pinned: 'both sides pinned to one CPU',
  };
  const seen = [...new Set(sessions.map((s) => s.condition))];
  if (seen.length === 2 && seen.includes('busy') && seen.includes('quiet')) return 'every other session of a kind beside a busy neighbour';
  return seen.map((c) => `${sessions.filter((s) => s.condition === c).length} ${words[c]}`).join(', ');
}

async function main(): Promise<void> {
  if (STAGES !== 'cheapest' && STAGES !== 'alike') throw new Error(`SEQ_STAGES: "${STAGES}" is not cheapest or alike`);
  if (!CONDITIONS.includes(CONDITION)) throw new Error(`SEQ_CONDITION: "${CONDITION}" is not one of ${CONDITIONS.join(', ')}`);
  if (CONDITION === 'pinned' && process.env.SEQ_PINNED !== '1' && process.env.SEQ_REUSE !== '1') {
    // Affinity is inherited: run this script again on CPU 0, and every process it starts stays there.
    const again = spawnSync('taskset', ['-c', '0', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, SEQ_PINNED: '1' } });
    if (again.error) throw new Error(`SEQ_CONDITION=pinned needs taskset (util-linux): ${again.error.message}`);
    process.exitCode = again.status ?? 1;
    return;
  }
  if (process.env.SEQ_FRESH === '1') rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const plan = planOf(process.env.SEQ_PLAN ?? 'aa:4,inj10:4,socket300:2');
  const order: { name: string; kind: Kind; condition: Session['condition'] }[] = [];
  // Kinds alternate, so that a campaign cut short has some of each.
  for (let i = 0; i < Math.max(...Object.values(plan)); i++) for (const kind of KINDS) if (i < plan[kind]) order.push({ name: `${kind}-${i}`, kind, condition: CONDITION === 'alternate' ? (i % 2 === 1 ? 'busy' : 'quiet') : CONDITION });
  if (process.env.SEQ_REUSE !== '1') {
    const suites: Record<Kind, string> = {
      aa: SUITE_DIR,
      inj10: injectedCopy(join(work, 'suite-inj10'), 10),
      socket300: socketSpinCopy(join(work, 'suite-socket300'), 300),
      inj5: injectedCopy(join(work, 'suite-inj5'), 5),
    };
    for (const s of order) await measure(s.name, s.kind, s.condition, suites[s.kind]);
  }
  const sessions = order.map((s) => load(s.name)).filter((s): s is Session => s !== null);
  process.stdout.write(`${report(sessions)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`sequential: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
