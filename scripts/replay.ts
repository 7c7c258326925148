/**
 * `npm run bench:replay`: history's change points judged on real sessions of this host. Every session
 * `npm run bench:sequential` keeps is what a recorded push measures: this commit (side B) side by side
 * with a pinned reference (side A), the quick suite at `scalewatch ab`'s defaults. Each session gives
 * the record the recorder makes of it (recordOf: per benchmark the ratio to the reference, the growth,
 * the order), read three ways: until decided (the defaults), its first 10 rounds alone (one look), its
 * first 5. Nothing is measured again.
 *
 * A series of 100 commits of one benchmark is resampled from those records: before a known commit,
 * records of sessions whose side B leaves the benchmark as it is (identical code); from it on, records
 * of sessions whose side B changed it (inj10: 10%, inj5: 5%, socket300: socket +300 ns; socket's order
 * in inj10 and inj5). Then:
 *
 *  - a level step is found when the change points of the first (commit + 8) records name that commit
 *    (its ratio series); an order change when those of the first (commit + 3) do (its growth series);
 *  - identical code: every series of a target (each benchmark's ratio, each curve's growth) over 100
 *    commits drawn from identical-code records, and the change points found in them all, per target.
 *
 * The benchmarks of one record are drawn one by one (a benchmark's pool is every session that leaves it
 * as it is), so a series mixes sessions as commits on a shared runner do. Knobs: REPLAY_SERIES (series
 * per benchmark and case, default 200), REPLAY_SEED, REPLAY_PENALTY (another penalty per change, to
 * study it), REPLAY_WEIGHTS=0 (every record alike, where history weighs each level's record by its
 * standard error), REPLAY_PRIOR_DF (the degrees of freedom of the series' typical standard error each
 * record's is moderated toward, history's PRIOR_DF unless given; `raw` for none), SEQ_DIR. Prints
 * Markdown.
 *
 * As records arrive one by one, history reports each change point at the first push whose history
 * shows it, unless one of the last few pushes showed it, there or a commit or two away: two rows replay
 * that, every prefix of a series in turn (alerts near a step, and change points identical code ever
 * reported, which the whole series alone would not count when they vanish). REPLAY_MOVES=0 compares
 * each push with the one before alone.
 */
import { Rng } from '../src/analysis/random.js';
import { changePoints as detect, PENALTY_PER_LOG_N, PRIOR_DF } from '../src/history/changepoints.js';
import { recordOf, type HistoryPoint } from '../src/history/record.js';
import { movedFrom, REMEMBERED, type Placed } from '../src/history/series.js';
import { BENCHES, CALIB_NAME } from '../src/suite/benches.js';
import type { CompareReport } from '../src/compare/types.js';
import { CAMPAIGN_DIR, expected, judgeFirst, readSession, rejudge, roundsMeasured, sessionNames, type Kind } from './campaign.js';

const SERIES = Number(process.env.REPLAY_SERIES ?? 200);
/** The penalty per change, in σ² per ln(n): history's own unless REPLAY_PENALTY studies another. */
const PENALTY = Number(process.env.REPLAY_PENALTY ?? PENALTY_PER_LOG_N);
/** Whether a level's records are weighed by their standard errors, as history does (REPLAY_WEIGHTS=0 takes every record alike, to study it). */
const WEIGHTED = process.env.REPLAY_WEIGHTS !== '0';
/** Weighed: the degrees of freedom of the series' typical standard error, toward which each record's is moderated (REPLAY_PRIOR_DF; `raw`: not moderated). */
const PRIOR = process.env.REPLAY_PRIOR_DF === 'raw' ? null : Number(process.env.REPLAY_PRIOR_DF ?? PRIOR_DF);
/** Whether a change point that moved by a commit or two, or showed again within REMEMBERED pushes, counts as the one reported (history's rule; REPLAY_MOVES=0 compares each push with the one before only, and reports it again). */
const MOVES = process.env.REPLAY_MOVES !== '0';
const changePoints = (s: Drawn) => detect(s.xs, { penaltyPerLogN: PENALTY, ...(PRIOR !== null ? { priorDf: PRIOR } : {}) }, WEIGHTED ? s.ses : undefined, WEIGHTED && PRIOR !== null ? s.dfs : undefined);
const COMMITS = 100;
/** Records after the step within which it must be named: 8 for a level, 3 for an order (the bars). */
const WITHIN = { level: 8, order: 3 };
const rng = new Rng(Number(process.env.REPLAY_SEED ?? 20));
const log = (m: string) => process.stderr.write(`replay: ${m}\n`);

type Way = 'until' | 'first10' | 'first5';
const WAYS: { way: Way; label: string }[] = [
  { way: 'until', label: 'until decided (the defaults)' },
  { way: 'first10', label: 'first 10 rounds, one look' },
  { way: 'first5', label: 'first 5 rounds, one look' },
];

interface Pooled {
  name: string;
  kind: Kind;
  /** Per way, the record's points by benchmark. */
  points: Record<Way, Map<string, HistoryPoint>>;
  /** Per way, each curve's growth as a ratio to the reference's in the session (what a record does not hold yet). */
  pairedGrowth: Record<Way, Map<string, number>>;
  /** Per way, the minutes the session took to get there (the first rounds' share estimated from each benchmark's seconds). */
  minutes: Record<Way, number>;
}

const FACTS = {
  target: 'local',
  commit: '0'.repeat(40),
  parent: null,
  recordedAt: new Date(0).toISOString(),
  reference: { commit: null, label: 'A' },
  machine: { os: 'Linux', release: '', arch: '', cpu: '', ncpu: 0, driver: 'local' },
};

const pointsOf = (report: CompareReport) => new Map(recordOf(report, FACTS).points.map((p) => [p.bench, p]));
const pairedGrowthOf = (report: CompareReport) => new Map(report.results.filter((r) => r.growth).map((r) => [r.bench, 1 + r.growth!.change]));

function pool(): Pooled[] {
  const out: Pooled[] = [];
  for (const name of sessionNames()) {
    const s = readSession(name)!;
    // Minutes to the first R rounds: the run's seconds in the share of its benchmarks' seconds those rounds took.
    const rounds = roundsMeasured(s.b);
    const secs = (side: typeof s.a) => (side.meta.benchSec ?? {}) as Record<string, number>;
    const benchSec = (b: string) => (secs(s.a)[b] ?? 0) + (secs(s.b)[b] ?? 0);
    const all = [...rounds.keys()].reduce((t, b) => t + benchSec(b), 0);
    const upTo = (r: number) => (all > 0 ? (s.info.seconds * [...rounds].reduce((t, [b, n]) => t + (benchSec(b) * Math.min(r, n)) / n, 0)) / all : NaN) / 60;
    const reports = { until: rejudge(s), first10: judgeFirst(s, 10), first5: judgeFirst(s, 5) };
    out.push({
      name,
      kind: s.info.kind,
      points: { until: pointsOf(reports.until), first10: pointsOf(reports.first10), first5: pointsOf(reports.first5) },
      pairedGrowth: { until: pairedGrowthOf(reports.until), first10: pairedGrowthOf(reports.first10), first5: pairedGrowthOf(reports.first5) },
      minutes: { until: s.info.seconds / 60, first10: upTo(10), first5: upTo(5) },
    });
    log(`${name}: read`);
  }
  return out;
}

type Measure = 'ratio' | 'growth' | 'paired-growth';

/** One record's value of a measure, with its standard error (levels only). */
interface Value {
  v: number;
  se: number | null;
  df: number | null;
}

/** A series drawn from records: the values and their standard errors. */
interface Drawn {
  xs: number[];
  ses: (number | null)[];
  dfs: (number | null)[];
}

const sliced = (s: Drawn, n: number): Drawn => ({ xs: s.xs.slice(0, n), ses: s.ses.slice(0, n), dfs: s.dfs.slice(0, n) });

/** The values of `bench`'s measure in the records of these sessions (a session without it is left out). */
function values(sessions: readonly Pooled[], way: Way, bench: string, m: Measure): Value[] {
  const valueOf = (s: Pooled): Value | null => {
    if (m === 'paired-growth') return { v: s.pairedGrowth[way].get(bench) ?? NaN, se: null, df: null };
    const p = s.points[way].get(bench);
    if (!p) return null;
    return m === 'ratio' ? { v: p.ratio ?? NaN, se: p.se ?? null, df: p.df ?? null } : { v: p.growth ?? NaN, se: null, df: null };
  };
  return sessions.map(valueOf).filter((x): x is Value => x !== null && x.v > 0);
}

/**
 * A series: `at` values drawn from `before`, the rest from `after`, never the same record twice in a
 * row: two pushes are two sessions, and a difference of exactly zero, which a real series never has,
 * would lower the noise the detector reads from neighbouring differences.
 */
function series(before: readonly Value[], after: readonly Value[], at: number, repeats = false): Drawn {
  const out: Drawn = { xs: [], ses: [], dfs: [] };
  let last = -1;
  for (let i = 0; i < COMMITS; i++) {
    const from = i < at ? before : after;
    let k = Math.floor(rng.next() * from.length);
    if (!repeats && from.length > 1 && i !== at) while (k === last) k = Math.floor(rng.next() * from.length);
    last = k;
    out.xs.push(from[k]!.v);
    out.ses.push(from[k]!.se);
    out.dfs.push(from[k]!.df);
  }
  return out;
}

interface StepTally {
  series: number;
  found: number;
  /** Found at the right commit at some point within all 100 commits. */
  foundLate: number;
  /** Change points elsewhere in the whole series. */
  other: number;
  /** Alerts near the step as the commits after it arrive (ARRIVE_NEAR), summed over series; series with more than one. */
  alerts: number;
  twice: number;
}

const noTally = (): StepTally => ({ series: 0, found: 0, foundLate: 0, other: 0, alerts: 0, twice: 0 });

/** Step tallies of these kinds of session and each one's benchmarks, summed (in that order, so the same series are drawn each time). */
function tally(sessions: readonly Pooled[], way: Way, kinds: readonly Kind[], benches: (k: Kind) => string[], m: Measure, within: number, arrive = false): StepTally {
  const t = noTally();
  for (const k of kinds) {
    for (const b of benches(k)) {
      const one = step(sessions, way, k, b, m, within, arrive);
      for (const key of Object.keys(t) as (keyof StepTally)[]) t[key] += one[key];
    }
  }
  return t;
}

/** How near the step an alert counts as the step's (commits either side). */
const ARRIVE_NEAR = WITHIN.level;

/**
 * What a series' pushes report as its records arrive one by one, from its first `from` records to all
 * of them, as history does (newChanges): at each push, the change points its history shows that the
 * histories of the last REMEMBERED pushes did not, less those that are one of theirs moved by a commit
 * or two (movedFrom). A change point that moves further, or vanishes for longer, is reported again, and
 * one that later vanishes for good was reported all the same. The indices of the change points reported.
 */
function arriving(s: Drawn, from: number): number[] {
  const reported: number[] = [];
  const start = Math.max(from, 4);
  const remembered = MOVES ? REMEMBERED : 1;
  // The change points of the last `remembered` pushes' histories, the latest last.
  const recent: Placed[][] = [];
  for (let n = Math.max(4, start - remembered); n < start; n++) recent.push(changePoints(sliced(s, n)).changes);
  for (let n = start; n <= s.xs.length; n++) {
    const known = recent.flat();
    const now = changePoints(sliced(s, n)).changes;
    for (const c of now) if (!known.some((b) => b.index === c.index) && !(MOVES && movedFrom(known, c))) reported.push(c.index);
    recent.push(now);
    if (recent.length > remembered) recent.shift();
  }
  return reported;
}

function step(sessions: readonly Pooled[], way: Way, kind: Kind, bench: string, m: Measure, within: number, arrive = false): StepTally {
  const same = values(sessions.filter((s) => expected(s.kind, bench) === null), way, bench, m);
  const changed = values(sessions.filter((s) => s.kind === kind), way, bench, m);
  const t = noTally();
  if (same.length === 0 || changed.length === 0) return t;
  for (let i = 0; i < SERIES; i++) {
    const at = 30 + Math.floor(rng.next() * 41);
    const xs = series(same, changed, at);
    t.series++;
    if (changePoints(sliced(xs, at + within)).changes.some((c) => c.index === at)) t.found++;
    const whole = changePoints(xs).changes;
    if (whole.some((c) => c.index === at)) t.foundLate++;
    t.other += whole.filter((c) => c.index !== at).length;
    if (arrive) {
      const near = arriving(xs, at + 1).filter((i) => Math.abs(i - at) <= ARRIVE_NEAR).length;
      t.alerts += near;
      if (near > 1) t.twice++;
    }
  }
  return t;
}

/** Change points in every series of a target of identical code, per target of 100 commits. */
function identical(sessions: readonly Pooled[], way: Way, measures: readonly Measure[] = ['ratio', 'growth'], repeats = false, arrive = false): { targets: number; points: number[]; where: Map<string, number> } {
  const names = BENCHES.filter((b) => b.name !== CALIB_NAME).map((b) => b.name);
  const points: number[] = [];
  const where = new Map<string, number>();
  // Each benchmark's identical-code pool, read once for all the targets drawn from it.
  const pools = names.flatMap((bench) => measures.map((m) => ({ bench, m, same: values(sessions.filter((s) => expected(s.kind, bench) === null), way, bench, m) })));
  for (let i = 0; i < SERIES; i++) {
    let n = 0;
    for (const { bench, m, same } of pools) {
      if (same.length === 0) continue;
      const drawn = series(same, same, COMMITS, repeats);
      // As records arrive, every change point any push's history showed was reported once.
      const found = arrive ? arriving(drawn, 4).length : changePoints(drawn).changes.length;
      n += found;
      if (found) where.set(`${bench} ${m}`, (where.get(`${bench} ${m}`) ?? 0) + found);
    }
    points.push(n);
  }
  return { targets: SERIES, points, where };
}

const share = (a: number, b: number) => (b === 0 ? '–' : `${a} of ${b} (${Math.round((100 * a) / b)}%)`);

function main(): void {
  const sessions = pool();
  if (sessions.length === 0) throw new Error(`${CAMPAIGN_DIR} holds no sessions: run npm run bench:sequential first`);
  const count = (k: Kind) => sessions.filter((s) => s.kind === k).length;
  const curves = new Set(BENCHES.filter((b) => b.kind === 'curve').map((b) => b.name));
  const names = BENCHES.filter((b) => b.name !== CALIB_NAME).map((b) => b.name);
  const sameCount = (bench: string) => sessions.filter((s) => expected(s.kind, bench) === null).length;
  const lines: string[] = [
    `\`npm run bench:replay\` on ${sessions.length} sessions of \`npm run bench:sequential\` (${(['aa', 'socket300', 'inj10', 'inj5'] as const).map((k) => `${count(k)} ${k}`).join(', ')}): ${SERIES} series of ${COMMITS} commits per benchmark and case, the step at a commit drawn from 30–70, a penalty of ${PENALTY}·ln(n)·σ² per change${PENALTY === PENALTY_PER_LOG_N ? " (history's own)" : ""}, ${WEIGHTED ? `each level's record weighed by its standard error${PRIOR === null ? ', not moderated (REPLAY_PRIOR_DF=raw)' : `, moderated toward the series' typical one as though it had ${PRIOR} degrees of freedom${PRIOR === PRIOR_DF ? " (history's own)" : ''}`}` : 'every record alike (REPLAY_WEIGHTS=0)'}. Identical-code pools: ${Math.min(...names.map(sameCount))}–${Math.max(...names.map(sameCount))} sessions per benchmark.`,
    '',
    `| | bar | ${WAYS.map((w) => w.label).join(' | ')} |`,
    `| --- | --- | ${WAYS.map(() => '---').join(' | ')} |`,
  ];
  const stepRow = (label: string, bar: string, kinds: Kind[], benches: (k: Kind) => string[], m: Measure, within: number) => {
    const cells = WAYS.map(({ way }) => {
      const t = tally(sessions, way, kinds, benches, m, within);
      return t.series ? `${share(t.found, t.series)}; by commit 100: ${Math.round((100 * t.foundLate) / t.series)}%` : '–';
    });
    lines.push(`| ${label} | ${bar} | ${cells.join(' | ')} |`);
  };
  const levels = (k: Kind) => names.filter((b) => expected(k, b) === 'level');
  stepRow(`10% step named within ${WITHIN.level} commits (inj10, each changed benchmark's ratio)`, '≥ 90%', ['inj10'], levels, 'ratio', WITHIN.level);
  stepRow(`5% step named within ${WITHIN.level} commits (inj5)`, '≥ 80%', ['inj5'], levels, 'ratio', WITHIN.level);
  stepRow(`socket +300 ns (about +11%) named within ${WITHIN.level} commits (socket300)`, '–', ['socket300'], levels, 'ratio', WITHIN.level);
  stepRow(`socket made O(n) named within ${WITHIN.level === 8 ? WITHIN.order : WITHIN.order} commits (inj10, inj5; growth)`, '≥ 95%', ['inj10', 'inj5'], (k) => names.filter((b) => expected(k, b) === 'order'), 'growth', WITHIN.order);
  const idle = WAYS.map(({ way }) => identical(sessions, way));
  lines.push(
    `| identical code: change points per target of ${COMMITS} commits, all ${names.length} benchmarks (ratios and ${curves.size} growths) | ≤ 1 | ${idle
      .map((r) => {
        const mean = r.points.reduce((a, b) => a + b, 0) / r.targets;
        return `${mean.toFixed(2)} on average; ${share(r.points.filter((n) => n <= 1).length, r.targets)} targets ≤ 1; most ${Math.max(...r.points)}`;
      })
      .join(' | ')} |`,
  );
  const perTarget = (r: ReturnType<typeof identical>) => (r.points.reduce((x, y) => x + y, 0) / r.targets).toFixed(2);
  const split = (m: Measure) => WAYS.map(({ way }) => perTarget(identical(sessions, way, [m]))).join(' | ');
  lines.push(
    `| the same, a record allowed twice in a row | – | ${WAYS.map(({ way }) => perTarget(identical(sessions, way, ['ratio', 'growth'], true))).join(' | ')} |`,
    `| of which in the ratios | – | ${split('ratio')} |`, `| of which in the growths | – | ${split('growth')} |`, `| growths as a ratio to the reference's instead (not recorded) | – | ${split('paired-growth')} |`);
  stepRow(`socket made O(n), growth as a ratio to the reference's (not recorded)`, '–', ['inj10', 'inj5'], (k) => names.filter((b) => expected(k, b) === 'order'), 'paired-growth', WITHIN.order);
  const minutes = (way: Way) => sessions.map((s) => s.minutes[way]).filter(Number.isFinite).sort((a, b) => a - b);
  lines.push(`| minutes a recorded push measures (quick suite, this host) | – | ${WAYS.map(({ way }) => {
    const m = minutes(way);
    return m.length ? `${m[0]!.toFixed(1)}–${m[m.length - 1]!.toFixed(1)}` : '–';
  }).join(' | ')} |`);
  // As records arrive (history reports a change point at the first push that shows it): alerts near a
  // step per step, and false alerts per target of identical code. Last, so the rows above draw the
  // same series as before these rows were added.
  const arrivals = WAYS.map(({ way }) => {
    const t = tally(sessions, way, ['inj10', 'inj5'], levels, 'ratio', WITHIN.level, true);
    const idleArriving = identical(sessions, way, ['ratio', 'growth'], false, true);
    return { ...t, idle: perTarget(idleArriving), idleMost: Math.max(...idleArriving.points) };
  });
  lines.push(
    `| as records arrive one by one: alerts near a 10% or 5% step (within ${ARRIVE_NEAR} commits of it) per step; series where it was reported more than once | one | ${arrivals.map((a) => `${(a.alerts / Math.max(a.series, 1)).toFixed(2)}; ${share(a.twice, a.series)}`).join(' | ')} |`,
    `| as records arrive one by one: identical code, change points ever reported per target of ${COMMITS} commits | ≤ 1 | ${arrivals.map((a) => `${a.idle}; most ${a.idleMost}`).join(' | ')} |`,
  );
  const byBench = (kind: Kind) =>
    levels(kind)
      .map((b) => {
        const t = step(sessions, 'until', kind, b, 'ratio', WITHIN.level);
        return t.series ? `${b} ${Math.round((100 * t.found) / t.series)}%` : null;
      })
      .filter((x) => x !== null)
      .join(', ');
  lines.push('', `Named within ${WITHIN.level} commits, by benchmark, until decided: 10% ${byBench('inj10')}; 5% ${byBench('inj5') || '–'}.`);
  const worst = idle.map((r, i) => `${WAYS[i]!.way}: ${[...r.where].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
  lines.push('', `Where identical code made change points (over all ${SERIES} targets): ${worst.join('; ')}.`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`replay: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
