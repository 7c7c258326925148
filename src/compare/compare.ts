/**
 * The compare stage: baseline and current summaries in, one verdict per benchmark out.
 *
 * Order of questions for each benchmark: is it on both sides (new, missing)? did the current run fail
 * where the baseline did not (failed)? did its measured growth change, clearly and beyond 25%
 * (scaling-regressed, scaling-improved)? otherwise how did the level change (regressed, improved,
 * unchanged, or noisy when the interval cannot tell)? Every level and growth test of the whole report
 * goes through one false-discovery correction, and a verdict follows the interval it shows
 * (docs/analysis.md, Comparison).
 */
import { growthVerb, SHOWN_GROWTH } from '../analysis/growth.js';
import type { BenchSummary, CurveSummary, Order, TargetSummary } from '../analysis/types.js';
import { CALIB_NAME, ONE_CPU_BENCHES } from '../suite/benches.js';
import { calibrationFactor, normalize, type CalibrationFactor } from './calibration.js';
import { benjaminiHochberg } from './fdr.js';
import { causeNote, isMeasured, roundsNote, signedPct, WIDEST_SHOWN, type Cause } from './causes.js';
import { interval, pBeyond, pZero, sessionCount, type Estimate } from './estimate.js';
import { figureChange } from './figures.js';
import { curveGrowthChange, GROWTH_MARGIN, type GrowthOutcome } from './growth.js';
import { curveBins, curveLevelChange, type LevelOutcome } from './levels.js';
import type { PairedChange } from './paired.js';
import { machineCaution, placementCaution } from './machine.js';
import { roundsToDecide } from './sequential.js';
import { countVerdicts, DEFAULT_OPTIONS, UNCHANGED_LEVEL, type CompareOptions, type CompareReport, type CompareResult, type LevelEstimate, type Verdict } from './types.js';
import { REGRESSIONS } from './verdicts.js';

const times = (v: number): string => `×${v.toPrecision(3)}`;
const levelPct = (level: number): string => `${(level * 100).toPrecision(level >= 0.999 ? 4 : 3)}%`;

interface Pending {
  result: CompareResult;
  level: LevelOutcome | null;
  growth: GrowthOutcome | null;
  /** A second, slower branch that came or went (src/analysis/bimodal.ts), clearly. */
  branch?: { verdict: Verdict; note: string } | null;
}

const orderOf = (b: BenchSummary | undefined): Order | null => (b?.kind === 'curve' ? (b.findings?.order ?? null) : null);

function blank(target: string, bench: string, base: BenchSummary | undefined, cur: BenchSummary | undefined): CompareResult {
  const any = (cur ?? base)!;
  return {
    target,
    bench,
    kind: any.kind,
    verdict: 'unchanged',
    change: null,
    ci: null,
    ciLevel: null,
    baselineOrder: orderOf(base),
    currentOrder: orderOf(cur),
    growth: null,
    better: any.kind === 'figure' ? any.better : 'lower',
    p: null,
    q: null,
    noise: null,
    caution: null,
    note: '',
  };
}

function hasData(b: BenchSummary): boolean {
  return b.kind === 'curve' ? b.points.length > 0 : b.values.length > 0;
}

function compareBench(target: string, bench: string, base: BenchSummary | undefined, cur: BenchSummary | undefined, caution: string | null, paired: PairedChange | undefined, spread: number | undefined): Pending {
  const result = blank(target, bench, base, cur);
  const none = { level: null, growth: null };
  if (!base) return { result: { ...result, verdict: 'new', note: 'not in the baseline' }, ...none };
  if (!cur) return { result: { ...result, verdict: 'missing', note: 'in the baseline but not in this run' }, ...none };
  if (cur.stopped && (!hasData(cur) || !base.stopped)) {
    const where = cur.stopped.n !== null && cur.kind === 'curve' ? ` at n=${cur.stopped.n}` : '';
    return { result: { ...result, verdict: 'failed', note: `stopped${where}: ${cur.stopped.message}` }, ...none };
  }
  if (base.kind !== cur.kind) {
    return { result: { ...result, verdict: 'failed', note: `was a ${base.kind === 'curve' ? 'curve' : 'figure'} in the baseline and is not any more` }, ...none };
  }
  if (!hasData(base)) return { result: { ...result, verdict: 'new', note: 'the baseline has no measurement of it' }, ...none };
  if (base.kind === 'curve' && cur.kind === 'curve') {
    const branch = branchVerdict(base, cur);
    if (paired) return { result: { ...result, caution }, level: paired.level, growth: paired.growth ?? null, branch };
    const bins = curveBins(base, cur);
    return { result: { ...result, caution }, level: curveLevelChange(base, bins, spread), growth: curveGrowthChange(base, bins), branch };
  }
  if (base.kind === 'figure' && cur.kind === 'figure') {
    return { result: { ...result, caution }, level: paired?.level ?? figureChange(base, cur, spread), growth: null };
  }
  return { result, ...none };
}

/**
 * A slower branch that a share of the operations take (the Linux 2.4 fork curve) grows without moving
 * the medians that growth is measured on, so its coming or going is judged from the branches
 * themselves: one side a confident O(1) without branches, the other bimodal with a slower branch that
 * clearly grows, at least doubling over the range, and that at most half of the operations take (a
 * larger share moves the medians, and the measured growth judges it). On this host fork's curve grows
 * a second branch in some sessions and not in others (a fifth of the forks, ×1.3 over the range):
 * that is not what this is for.
 */
function branchVerdict(base: CurveSummary, cur: CurveSummary): { verdict: Verdict; note: string } | null {
  const fb = base.findings;
  const fc = cur.findings;
  if (!fb || !fc || (fb.bimodal === null) === (fc.bimodal === null)) return null;
  if ((fb.bimodal ?? fc.bimodal)!.upperShare > 0.5) return null;
  const growing = (f: typeof fb) => f.order !== 'O(1)' && f.fit.growthClear && f.fit.growth >= 1;
  const share = (s: number) => `${Math.round(s * 100)}%`;
  if (fc.bimodal && !fb.bimodal && fb.order === 'O(1)' && fb.fit.confident && growing(fc)) {
    return { verdict: 'scaling-regressed', note: `a second, slower branch appeared: ${share(fc.bimodal.upperShare)} of the operations scale ${fc.bimodal.upper} where the baseline scaled O(1)` };
  }
  if (fb.bimodal && !fc.bimodal && fc.order === 'O(1)' && fc.fit.confident && growing(fb)) {
    return { verdict: 'scaling-improved', note: `the slower branch is gone: ${share(fb.bimodal.upperShare)} of the baseline's operations scaled ${fb.bimodal.upper}, now all scale O(1)` };
  }
  return null;
}

/** Sessions a target summary holds: the most any of its benchmarks has. */
function targetSessions(t: TargetSummary): number {
  return Math.max(1, ...t.benchmarks.map((b) => sessionCount(b.sessions)));
}

/** Bounds (relative) within which a change of growth is no change: ×1/(1 + margin) to ×(1 + margin). */
const GROWTH_BOUNDS: [number, number] = [1 / (1 + GROWTH_MARGIN) - 1, GROWTH_MARGIN];

interface Family {
  alpha: number;
  /** Confidence level of the intervals of a change called beyond its bound (Benjamini–Yekutieli). */
  adjusted: number;
  tests: number;
}

/**
 * The growth part of a verdict: a scaling verdict when the change of growth is called (its adjusted
 * interval wholly beyond ±25%) and the absolute growth moved the same way, with the growing side
 * clearly growing; `unclear` when the estimate is beyond the margin but not called.
 */
function growthVerdict(p: Pending, q: number | null, family: Family): { verdict: Verdict | null; note: string; unclear: boolean; growth: CompareResult['growth'] } {
  const g = p.growth;
  if (!g) return { verdict: null, note: '', unclear: false, growth: null };
  if (!g.ok) return { verdict: null, note: '', unclear: false, growth: null };
  const { est, baseRatio, curRatio, lowN, highN } = g.growth;
  const called = q !== null && q <= family.alpha;
  const ci = interval(est, called ? family.adjusted : 0.95);
  const growth = { baseline: round(baseRatio), current: round(curRatio), change: round(Math.expm1(est.d)), ci: [round(ci[0]), round(ci[1])] as [number, number], lowN, highN };
  const words = `${growthVerb(curRatio)} from n≈${lowN} to n≈${highN} where the baseline ${growthVerb(baseRatio, true)}`;
  const fb = p.result.baselineOrder;
  const fc = p.result.currentOrder;
  const orders = fb && fc && fb !== fc ? `scales ${fc} where the baseline scaled ${fb}: ` : '';
  const span = `growth ${times(Math.exp(est.d))} [${times(1 + ci[0])}, ${times(1 + ci[1])}]`;
  const shown = (r: number) => r > 1 + SHOWN_GROWTH;
  if (called) {
    const up = est.d > 0;
    if (up && g.growth.absoluteUp && shown(curRatio)) {
      return { verdict: 'scaling-regressed', note: `${orders}${words} (${span}, ${levelPct(family.adjusted)} interval over ${family.tests} tests)`, unclear: false, growth };
    }
    if (!up && g.growth.absoluteDown && shown(baseRatio)) {
      return { verdict: 'scaling-improved', note: `${orders}${words} (${span}, ${levelPct(family.adjusted)} interval over ${family.tests} tests)`, unclear: false, growth };
    }
    return { verdict: null, note: `${words}, but the absolute growth did not move with it: a constant cost changed, not the scaling`, unclear: false, growth };
  }
  if (Math.abs(est.d) > Math.log1p(GROWTH_MARGIN)) {
    // Not established: neither the orders nor a change of growth are said, only what each side measured.
    const orderWords = fb && fc && fb !== fc ? `order not established (${fc} here, ${fb} in the baseline); ` : '';
    const measured = isMeasured(growth.ci) ? `; ${span}` : '';
    return { verdict: null, note: `${orderWords}growth not established (${words}${measured})`, unclear: true, growth };
  }
  return { verdict: null, note: '', unclear: false, growth };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** The estimate a level's interval is read from, as a result carries it: what any other interval needs. */
const estimateOf = (e: Estimate): LevelEstimate | undefined => ([e.d, e.se, e.df].every(Number.isFinite) ? { logChange: e.d, se: e.se, df: e.df } : undefined);

/**
 * Turn a pending comparison into a verdict once the report's family of tests is known. A verdict
 * follows the interval it shows. A level is called (regressed, improved) when its test of "no change"
 * is a discovery of the report's family (its interval at the multiplicity-adjusted level excludes no
 * change) and its estimate lies beyond the threshold; a growth (scaling-*) when its interval at that
 * level lies wholly beyond ±25%. A level is unchanged when its 90% interval lies wholly within
 * ±threshold (two one-sided tests at 5%); otherwise it is noisy, with the interval that says so.
 */
function decide(p: Pending, qLevel: number | null, qGrowth: number | null, family: Family, options: CompareOptions, rounds: number | null): CompareResult {
  const r = p.result;
  const gv = p.branch ? { ...growthVerdict(p, qGrowth, family), ...p.branch } : growthVerdict(p, qGrowth, family);
  const level = p.level;
  const withGrowth = { ...r, growth: gv.growth };
  if (gv.verdict) {
    const shown = level?.ok ? { change: level.level.change, ci: level.level.ci, ciLevel: 0.95, noise: level.level.noise, p: level.level.p, estimate: estimateOf(level.level.est) } : {};
    return { ...withGrowth, ...shown, verdict: gv.verdict, q: qGrowth, note: gv.note };
  }
  if (!level) return withGrowth;
  const prefix = gv.note ? `${gv.note}; ` : '';
  if (!level.ok) return { ...withGrowth, verdict: 'noisy', note: `${prefix}${level.reason}`, cause: level.cause };
  const { est } = level.level;
  const thr = options.threshold;
  const change = Math.expm1(est.d);
  // A clear change (a discovery of the family) that is also estimated beyond the threshold: a smaller
  // one, clear or not, is no change worth an alarm.
  const called = qLevel !== null && qLevel <= options.alpha && Math.abs(change) > thr;
  // The interval `unchanged` is read from: 90%, or a look's narrower share of it (src/compare/sequential.ts).
  const eqLevel = options.unchangedLevel ?? UNCHANGED_LEVEL;
  const ciEq = interval(est, eqLevel);
  const beyond = ciEq[0] > thr || ciEq[1] < -thr;
  const ciLevel = called || beyond ? family.adjusted : eqLevel;
  const ci = ciLevel === eqLevel ? ciEq : interval(est, ciLevel);
  const noise = (ci[1] - ci[0]) / 2;
  const shown = { ...withGrowth, change, ci, ciLevel, p: pZero(est), q: qLevel, noise, estimate: estimateOf(est) };
  const levelWords = ciLevel === UNCHANGED_LEVEL ? '' : ciLevel === eqLevel ? ` (${levelPct(ciLevel)} interval)` : ` (${levelPct(ciLevel)} interval over ${family.tests} tests)`;
  const span = `${signedPct(change)} [${signedPct(ci[0])}, ${signedPct(ci[1])}]${levelWords}`;
  if (called) {
    const worse = r.better === 'lower' ? change > 0 : change < 0;
    return { ...shown, verdict: worse ? 'regressed' : 'improved', note: `${prefix}${span}` };
  }
  const within = ci[0] >= -thr && ci[1] <= thr;
  if (within && !gv.unclear) return { ...shown, verdict: 'unchanged', note: `${prefix}${span}` };
  const found = undecided(est, within, noise, thr, p.growth);
  // Side by side, what more rounds would do: the rounds that would decide it if this spread held.
  const cause = found.kind === 'wide-interval' && rounds !== null ? { ...found, rounds: roundsToDecide(est, rounds, thr, eqLevel, family.adjusted) } : found;
  // An interval wider than ±100% is not a measurement: the note gives the cause instead of the numbers.
  const figures = isMeasured(ci) ? span : '';
  const at = cause.kind === 'wide-interval' && ciLevel !== eqLevel && noise <= WIDEST_SHOWN ? ' at the level the report needs' : '';
  const why = within ? '' : `${figures ? ': ' : ''}${causeNote(cause, thr)}${at}${roundsNote(cause.rounds)}`;
  return { ...shown, verdict: 'noisy', note: `${prefix}${figures}${why}`, cause };
}

/**
 * Why a level that was measured could not be decided: the baseline's sessions disagree by more than
 * the threshold (their spread, not this run, makes the interval wide), or the interval is wide for
 * other reasons, or the level held while the growth moved without being clear.
 */
function undecided(est: Estimate, within: boolean, noise: number, thr: number, growth: GrowthOutcome | null): Cause {
  if (within) return { kind: 'growth-unclear', figure: growth?.ok ? round(Math.exp(growth.growth.est.d)) : null };
  const s = est.sessions;
  if (s && s.count >= 2 && !s.pooled && s.spread > 1 + thr) return { kind: 'session-spread', figure: round(s.spread) };
  return { kind: 'wide-interval', figure: round(noise) };
}

/** What an interleaved A/B run (`scalewatch ab`) adds: its paired level changes per target and bench. */
export interface Pairing {
  rounds: number;
  /** Names of the two sides, for people (e.g. "main (1a2b3c4)" and "working tree"). */
  a: string;
  b: string;
  /** target → bench → paired changes (src/compare/paired.ts). */
  changes: ReadonlyMap<string, ReadonlyMap<string, PairedChange>>;
}

export function compareTargets(baselines: readonly TargetSummary[], currents: readonly TargetSummary[], options: CompareOptions = DEFAULT_OPTIONS, pairing?: Pairing): CompareReport {
  const pending: Pending[] = [];
  const mismatch: string[] = [];
  const calibration: CalibrationFactor[] = [];
  // Side by side on one machine, the sides need no normalization: whatever changed the machine's speed changed both.
  const calibrate = !pairing && (options.calibrate ?? DEFAULT_OPTIONS.calibrate ?? false);
  const sessionNoise = options.sessionNoise;
  const targets = [...new Set([...baselines.map((t) => t.target), ...currents.map((t) => t.target)])].sort();
  for (const target of targets) {
    const base = baselines.find((t) => t.target === target);
    let cur = currents.find((t) => t.target === target);
    const caution = base && cur && !pairing ? machineCaution(base.machine, cur.machine) : null;
    const placement = base && cur && !pairing ? placementCaution(base.machine, cur.machine) : null;
    if (caution || placement) mismatch.push(target);
    const factor = base && cur ? calibrationFactor(base, cur, calibrate) : null;
    if (factor) {
      calibration.push(factor);
      if (factor.applied && cur) cur = normalize(cur, factor.speed);
    }
    const names = [...new Set([...(cur?.benchmarks ?? []).map((b) => b.bench), ...(base?.benchmarks ?? []).map((b) => b.bench)])];
    for (const bench of names) {
      // The calibration figure measures the machine, not the target: it is reported with the summary, not judged.
      if (bench === CALIB_NAME) continue;
      const b = base?.benchmarks.find((x) => x.bench === bench);
      const c = cur?.benchmarks.find((x) => x.bench === bench);
      const benchCaution = caution ?? (ONE_CPU_BENCHES.includes(bench) ? placement : null);
      pending.push(compareBench(target, bench, b, c, benchCaution, pairing?.changes.get(target)?.get(bench), pairing ? 0 : sessionNoise));
    }
  }
  // One family of tests for the whole report: every level against no change and every growth against
  // ±25%, through one Benjamini–Hochberg correction; intervals of what it calls are widened to match.
  const tests: { p: number; key: Pending; kind: 'level' | 'growth' }[] = [];
  for (const p of pending) {
    if (p.level?.ok) tests.push({ p: pZero(p.level.level.est), key: p, kind: 'level' });
    if (p.growth?.ok) tests.push({ p: pBeyond(p.growth.growth.est, ...GROWTH_BOUNDS), key: p, kind: 'growth' });
  }
  const q = benjaminiHochberg(tests.map((t) => t.p));
  const qLevel = new Map<Pending, number>();
  const qGrowth = new Map<Pending, number>();
  tests.forEach((t, i) => (t.kind === 'level' ? qLevel : qGrowth).set(t.key, q[i]!));
  const discoveries = q.filter((v) => v <= options.alpha).length;
  const family: Family = { alpha: options.alpha, tests: tests.length, adjusted: tests.length ? 1 - (options.alpha * Math.max(discoveries, 1)) / tests.length : 0.95 };
  const results = pending.map((p) => decide(p, qLevel.get(p) ?? null, qGrowth.get(p) ?? null, family, options, pairing?.rounds ?? null));
  const verdicts = countVerdicts(results);
  return {
    summary: {
      targets: targets.length,
      benchmarks: results.length,
      threshold: options.threshold,
      alpha: options.alpha,
      tests: tests.length,
      adjustedLevel: family.adjusted,
      verdicts,
      machineMismatch: mismatch,
      calibration,
      sessionNoise: pairing ? null : (sessionNoise ?? null),
      baselineSessions: pairing ? [] : baselines.filter((t) => currents.some((c) => c.target === t.target)).map((t) => ({ target: t.target, sessions: targetSessions(t) })),
      paired: pairing ? { rounds: pairing.rounds, a: pairing.a, b: pairing.b } : null,
      regressed: REGRESSIONS.some((v) => verdicts[v] > 0),
      comparedWith: [],
    },
    results,
  };
}
