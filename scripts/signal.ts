/**
 * `npm run bench:signal`: what makes a side-by-side round carry more signal, measured on the sessions
 * `npm run bench:sequential` keeps (.scalewatch/sequential/), without measuring anything again.
 *
 * For each benchmark, the spread of its paired level difference from round to round within a session
 * (each session centred on its own mean, so a real change of side B does not count as spread), read
 * four ways:
 *
 *  - median: each bin's median latency (how a curve's level was read until this was measured);
 *  - lower decile: each bin's 10th percentile (LEVEL_QUANTILE), every bin counted alike (side by side
 *    until 2026-12-04);
 *  - bins weighed: the lower decile, each bin weighed by its samples up to BIN_WEIGHT_CAP (what side
 *    by side reads now);
 *  - + order: the bins weighed with the side that ran first as a covariate (A first or B first, as the
 *    run's seed drew it), as an A B B A interleaving would cancel it;
 *  - + calib: the bins weighed with the calibration figure's own difference in the same round as a
 *    covariate, as a machine-speed correction would.
 *
 * Spreads are standard deviations with one degree of freedom taken per fitted parameter in each
 * session (a covariate fitted to ten rounds lowers the spread by itself). Then the verdicts of every
 * session's first 10 rounds, judged each of the three ways: what each change bought.
 *
 * Last, what stored baselines need (issue: levels between sessions): side A is the same code in every
 * session, so how far each benchmark's level moved from session to session, raw, divided by the
 * session's calibration figure, and divided by the session's typical move (the median move of the
 * other benchmarks), shows whether anything a session measures explains the machine's moves.
 * Prints Markdown. SEQ_DIR names another folder of sessions; SEQ_CONDITIONS=label:DIR,… reads several
 * folders, one a condition, into one table instead (conditions() below).
 */
import { makeAbPlan } from '../src/ab/plan.js';
import { compareAb } from '../src/ab/run.js';
import { BINS_ALIKE, DEFAULT_READING, roundLevels, type LevelReading } from '../src/compare/paired.js';
import { binOf, GRID_PER_DECADE, logNs } from '../src/analysis/grid.js';
import { median as medianOf } from '../src/analysis/stats.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../src/compare/types.js';
import { isAlarm } from '../src/compare/verdicts.js';
import { BENCHES, CALIB_NAME, CURVES, withCalibration } from '../src/suite/benches.js';
import { keepRecords, type MetaRecord, type ResultSet } from '../src/suite/protocol.js';
import { CAMPAIGN_DIR, expected, FIRST, judgeFirst, readSession, sessionNames, type Kind } from './campaign.js';

interface Session {
  name: string;
  kind: Kind;
  a: ResultSet;
  b: ResultSet;
  seconds: number;
}

function sessions(dir = CAMPAIGN_DIR): Session[] {
  const names = sessionNames(dir);
  if (names.length === 0) throw new Error(`${dir} holds no sessions: run npm run bench:sequential first`);
  return names.map((name) => {
    const s = readSession(name, dir)!;
    return { name, kind: s.info.kind, a: s.a, b: s.b, seconds: s.info.seconds };
  });
}

/**
 * Which side ran first in each round of each benchmark (+1: A, −1: B), drawn again from the run's seed
 * as runAb drew it: the first stage over every benchmark, each later stage over those measured further.
 */
function firstSides(meta: MetaRecord, roundsOf: ReadonlyMap<string, number>): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const seed = Number(meta.abSeed);
  let stage = withCalibration(BENCHES).filter((b) => roundsOf.has(b.name));
  let first = 0;
  let rounds = Number(meta.abRounds);
  while (stage.length > 0 && rounds > 0) {
    const plan = makeAbPlan({ target: 'local', suite: 'quick', benches: stage, rounds, seed, firstRound: first });
    for (const inv of plan.plan.invocations) {
      const slot = plan.slots.get(inv)!;
      const m = out.get(inv.bench) ?? new Map<number, number>();
      out.set(inv.bench, m);
      if (!m.has(slot.round)) m.set(slot.round, slot.side === 'a' ? 1 : -1);
    }
    first += rounds;
    stage = stage.filter((b) => (roundsOf.get(b.name) ?? 0) > first);
    rounds = Math.max(0, ...stage.map((b) => roundsOf.get(b.name)! - first));
  }
  return out;
}

/** Residuals of y on an intercept and, when given, one covariate x, by least squares. */
function residuals(y: readonly number[], x?: readonly number[]): number[] {
  const n = y.length;
  const my = y.reduce((s, v) => s + v, 0) / n;
  if (!x) return y.map((v) => v - my);
  const mx = x.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  const beta = sxx > 0 ? sxy / sxx : 0;
  return y.map((v, i) => v - my - beta * (x[i]! - mx));
}

type Way = 'median' | 'decile' | 'weighed' | 'order' | 'calib';
const WAYS: Way[] = ['median', 'decile', 'weighed', 'order', 'calib'];

/** Each bin's median, bins alike (side by side until the lower decile was measured). */
const MEDIANS: LevelReading = { quantile: 0.5, binWeightCap: 1 };

/** bench → way → [sum of squares, degrees of freedom] of the residuals, over every session. */
function accumulate(all: readonly Session[]): Map<string, Record<Way, [number, number]>> {
  const acc = new Map<string, Record<Way, [number, number]>>();
  for (const s of all) {
    const median = roundLevels(s.a, s.b, MEDIANS);
    const decile = roundLevels(s.a, s.b, BINS_ALIKE);
    const weighed = roundLevels(s.a, s.b, DEFAULT_READING);
    const order = firstSides(s.a.meta, new Map([...weighed].map(([bench, m]) => [bench, Math.max(...m.keys()) + 1])));
    const calib = weighed.get(CALIB_NAME);
    for (const bench of weighed.keys()) {
      if (bench === CALIB_NAME) continue;
      const rounds = [...weighed.get(bench)!.keys()].filter((r) => median.get(bench)?.has(r) && decile.get(bench)?.has(r) && order.get(bench)?.has(r) && calib?.has(r)).sort((x, y) => x - y);
      if (rounds.length < 5) continue;
      const d = rounds.map((r) => weighed.get(bench)!.get(r)!);
      const fits: Record<Way, number[]> = {
        median: residuals(rounds.map((r) => median.get(bench)!.get(r)!)),
        decile: residuals(rounds.map((r) => decile.get(bench)!.get(r)!)),
        weighed: residuals(d),
        order: residuals(d, rounds.map((r) => order.get(bench)!.get(r)!)),
        calib: residuals(d, rounds.map((r) => calib!.get(r)!)),
      };
      const row = acc.get(bench) ?? { median: [0, 0], decile: [0, 0], weighed: [0, 0], order: [0, 0], calib: [0, 0] };
      for (const way of WAYS) {
        row[way][0] += fits[way].reduce((sum, v) => sum + v * v, 0);
        row[way][1] += rounds.length - (way === 'order' || way === 'calib' ? 2 : 1);
      }
      acc.set(bench, row);
    }
  }
  return acc;
}

const sdOf = (x: [number, number]) => Math.sqrt(x[0] / x[1]);

function spreads(all: readonly Session[]): string[] {
  const acc = accumulate(all);
  const sd = (x: [number, number]) => `${(100 * sdOf(x)).toFixed(1)}%`;
  const lines = ['| benchmark | median | lower decile | bins weighed | + order | + calib |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const b of BENCHES) {
    const row = acc.get(b.name);
    if (!row) continue;
    const curve = CURVES.some((c) => c.name === b.name);
    // A figure has no bins: its level is the round's median value whichever quantile curves use.
    lines.push(`| ${b.name} | ${sd(row.median)} | ${curve ? sd(row.decile) : '(same)'} | ${curve ? sd(row.weighed) : '(same)'} | ${sd(row.order)} | ${sd(row.calib)} |`);
  }
  return lines;
}

/** Whether side B changes the benchmark in a session of this kind. */
const changed = (kind: Kind, bench: string): boolean => expected(kind, bench) !== null;

function verdicts(all: readonly Session[]): string[] {
  const cut = (rs: ResultSet): ResultSet => keepRecords(rs, (x) => x.run < FIRST);
  const tally = (reading: LevelReading) => {
    const t = { caught: 0, changed: 0, alarms: 0, untouched: 0, unchanged: 0, aa: 0 };
    for (const s of all) {
      const report: CompareReport = compareAb({ a: cut(s.a), b: cut(s.b) }, { a: { label: 'A' }, b: { label: 'B' } }, FIRST, { ...DEFAULT_OPTIONS, levelReading: reading });
      for (const r of report.results) {
        if (changed(s.kind, r.bench)) {
          t.changed++;
          if (r.verdict === 'regressed' || r.verdict === 'scaling-regressed') t.caught++;
        } else {
          t.untouched++;
          if (isAlarm(r.verdict)) t.alarms++;
          if (s.kind === 'aa') {
            t.aa++;
            if (r.verdict === 'unchanged') t.unchanged++;
          }
        }
      }
    }
    return t;
  };
  const t = [tally(MEDIANS), tally(BINS_ALIKE), tally(DEFAULT_READING)];
  const share = (a: number, b: number) => `${a} of ${b}${b ? ` (${Math.round((100 * a) / b)}%)` : ''}`;
  return [
    `| first ${FIRST} rounds of each session, one look | medians | lower deciles | lower deciles, bins weighed |`,
    '| --- | --- | --- | --- |',
    `| changes caught (inj10, inj5, socket300) | ${t.map((x) => share(x.caught, x.changed)).join(' | ')} |`,
    `| false alarms, untouched benchmarks | ${t.map((x) => `${x.alarms} in ${x.untouched}`).join(' | ')} |`,
    `| identical code unchanged (aa) | ${t.map((x) => share(x.unchanged, x.aa)).join(' | ')} |`,
  ];
}

/**
 * Each benchmark's level in each session as log time (a slower machine: higher), relative to the
 * first session: a curve's median over the bins both share of the difference of their median log
 * latencies, a figure's log of its median value (negated where higher is better).
 */
function sessionLevels(all: readonly Session[]): Map<string, number[]> {
  const bins = (rs: ResultSet, bench: string) => {
    const m = new Map<number, number[]>();
    for (const x of rs.samples) {
      if (x.bench !== bench) continue;
      const bin = binOf(x.n, GRID_PER_DECADE);
      const logs = m.get(bin);
      if (logs) logs.push(logNs(x.ns));
      else m.set(bin, [logNs(x.ns)]);
    }
    return new Map([...m].map(([bin, logs]) => [bin, medianOf(logs)]));
  };
  const out = new Map<string, number[]>();
  for (const b of withCalibration(BENCHES)) {
    const first = all[0]!.a;
    if (b.kind === 'curve') {
      const ref = bins(first, b.name);
      out.set(b.name, all.map((s) => {
        const mine = bins(s.a, b.name);
        const d = [...mine].filter(([bin]) => ref.has(bin)).map(([bin, v]) => v - ref.get(bin)!);
        return d.length ? medianOf(d) : NaN;
      }));
    } else {
      const level = (rs: ResultSet) => {
        const v = rs.values.filter((x) => x.bench === b.name && x.value > 0);
        const l = v.length ? Math.log(medianOf(v.map((x) => x.value))) : NaN;
        return v[0]?.better === 'higher' ? -l : l;
      };
      const l0 = level(first);
      out.set(b.name, all.map((s) => level(s.a) - l0));
    }
  }
  return out;
}

function betweenSessions(all: readonly Session[]): string[] {
  const levels = sessionLevels(all);
  const calib = levels.get(CALIB_NAME)!;
  const sd = (x: readonly number[]) => {
    const ok = x.filter(Number.isFinite);
    const m = ok.reduce((a, v) => a + v, 0) / ok.length;
    return Math.sqrt(ok.reduce((a, v) => a + (v - m) ** 2, 0) / (ok.length - 1));
  };
  const pct = (x: number) => `${(100 * Math.expm1(x)).toFixed(1)}%`;
  const lines = ['| benchmark | raw | ÷ calibration | ÷ the session\'s typical move |', '| --- | ---: | ---: | ---: |'];
  const rows: [number, number, number][] = [];
  for (const b of BENCHES) {
    const x = levels.get(b.name);
    if (!x || b.name === CALIB_NAME) continue;
    // The session's typical move, without this benchmark: the median of the others'.
    const typical = all.map((_, i) => medianOf(BENCHES.filter((o) => o.name !== b.name && o.name !== CALIB_NAME && Number.isFinite(levels.get(o.name)?.[i] ?? NaN)).map((o) => levels.get(o.name)![i]!)));
    const row: [number, number, number] = [sd(x), sd(x.map((v, i) => v - calib[i]!)), sd(x.map((v, i) => v - typical[i]!))];
    rows.push(row);
    lines.push(`| ${b.name} | ${pct(row[0])} | ${pct(row[1])} | ${pct(row[2])} |`);
  }
  const better = (k: 1 | 2) => rows.filter((r) => r[k] < r[0]).length;
  lines.push('', `Lower than raw: ÷ calibration for ${better(1)} of ${rows.length} benchmarks, ÷ the typical move for ${better(2)} of ${rows.length}.`);
  return lines;
}

/**
 * SEQ_CONDITIONS=label:DIR,label:DIR,…: the same reading of several folders of sessions, one a
 * condition (bench:sequential's SEQ_CONDITION), side by side: each benchmark's round-to-round spread
 * as side by side reads it (lower decile, bins weighed, for curves; median for figures), the identical benchmarks
 * found unchanged in each session's first 10 rounds, and the seconds a session took.
 */
function conditions(spec: string): string {
  const cols = spec.split(',').map((part) => {
    const at = part.indexOf(':');
    if (at <= 0) throw new Error(`SEQ_CONDITIONS: "${part}" is not LABEL:DIR`);
    const list = sessions(part.slice(at + 1));
    return { label: part.slice(0, at), list, acc: accumulate(list) };
  });
  const head = cols.map((c) => `${c.label} (${c.list.length})`);
  const lines = [`| benchmark | ${head.join(' | ')} |`, `| --- | ${cols.map(() => '---:').join(' | ')} |`];
  const ratios = cols.map(() => [] as number[]);
  for (const b of BENCHES) {
    const curve = CURVES.some((c) => c.name === b.name);
    const sds = cols.map((c) => {
      const row = c.acc.get(b.name);
      return row ? sdOf(curve ? row.weighed : row.median) : NaN;
    });
    if (sds.every((x) => !Number.isFinite(x))) continue;
    sds.forEach((x, i) => ratios[i]!.push(x / sds[0]!));
    lines.push(`| ${b.name} | ${sds.map((x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–')).join(' | ')} |`);
  }
  lines.push(`| median ratio to ${cols[0]!.label} | ${ratios.map((r) => `×${medianOf(r.filter(Number.isFinite)).toFixed(2)}`).join(' | ')} |`);
  const unchanged = cols.map((c) => {
    let n = 0;
    let of = 0;
    for (const s of c.list.filter((x) => x.kind === 'aa')) {
      const report = judgeFirst(s);
      of += report.results.length;
      n += report.results.filter((r) => r.verdict === 'unchanged').length;
    }
    return of ? `${n} of ${of}` : '–';
  });
  lines.push(`| identical code unchanged, first ${FIRST} rounds | ${unchanged.join(' | ')} |`);
  const minutes = cols.map((c) => c.list.map((s) => s.seconds / 60));
  lines.push(`| minutes a session | ${minutes.map((m) => `${Math.min(...m).toFixed(1)}–${Math.max(...m).toFixed(1)}`).join(' | ')} |`);
  return [
    `\`npm run bench:signal\` over ${cols.length} conditions (SEQ_CONDITIONS): each benchmark's round-to-round spread of its paired level difference within a session (lower decile, bins weighed, for curves), pooled over each condition's sessions.`,
    '',
    ...lines,
    '',
  ].join('\n');
}

if (process.env.SEQ_CONDITIONS) {
  process.stdout.write(conditions(process.env.SEQ_CONDITIONS));
  process.exit(0);
}

const all = sessions();
const kinds = [...new Set(all.map((s) => s.kind))].map((k) => `${all.filter((s) => s.kind === k).length} ${k}`).join(', ');
process.stdout.write(
  [
    `From ${all.length} sessions of \`npm run bench:sequential\` (${kinds}), \`npm run bench:signal\`: the spread of each benchmark's paired level difference from round to round within a session.`,
    '',
    ...spreads(all),
    '',
    ...verdicts(all),
    '',
    `Between sessions: the standard deviation over the ${all.length} sessions of each benchmark's level on side A (the same code in every session).`,
    '',
    ...betweenSessions(all),
    '',
  ].join('\n'),
);
