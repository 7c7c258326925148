/**
 * The compare stage: baseline and current summaries in, one verdict per benchmark out.
 *
 * Order of questions for each benchmark: is it on both sides (new, missing)? did the current run fail
 * where the baseline did not (failed)? did the scaling order change, clearly on both sides
 * (scaling-regressed, scaling-improved)? otherwise how did the level change (regressed, improved,
 * unchanged, or noisy when the data cannot tell)? Level tests of the whole report go through one
 * false-discovery correction before any is called a regression.
 */
import { orderRank, type BenchSummary, type CurveSummary, type Order, type TargetSummary } from '../analysis/types.js';
import { CALIB_NAME } from '../suite/benches.js';
import { calibrationFactor, normalize, type CalibrationFactor } from './calibration.js';
import { benjaminiHochberg } from './fdr.js';
import { figureChange } from './figures.js';
import { curveLevelChange, type LevelOutcome } from './levels.js';
import { machineCaution } from './machine.js';
import { DEFAULT_OPTIONS, VERDICTS, type CompareOptions, type CompareReport, type CompareResult, type Verdict } from './types.js';

const pct = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(1)}%`;

interface Pending {
  result: CompareResult;
  level: LevelOutcome | null;
  /** Flat became growing (or the reverse), but not clearly: the curve cannot be called unchanged. */
  orderUnclear?: boolean;
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
    baselineOrder: orderOf(base),
    currentOrder: orderOf(cur),
    better: any.kind === 'scalar' ? any.better : 'lower',
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

/** A scaling verdict when both classifications are clear and disagree; null otherwise. */
function scalingVerdict(base: CurveSummary, cur: CurveSummary): { verdict: Verdict | null; note: string } {
  const fb = base.findings;
  const fc = cur.findings;
  if (!fb || !fc || fb.order === fc.order) return { verdict: null, note: '' };
  // Two growing orders (O(n) against O(n log n)) must also differ in their fitted exponents.
  const [eb, ec] = [fb.fit.exponentCi, fc.fit.exponentCi];
  const apart = !eb || !ec || eb[1] < ec[0] || ec[1] < eb[0];
  // Flat against growing needs a clear flat side and clear growth on the other, not the exact order.
  const flatToGrowing = fb.order === 'O(1)' && fb.fit.confident && fc.fit.growthClear;
  const growingToFlat = fc.order === 'O(1)' && fc.fit.confident && fb.fit.growthClear;
  if ((fb.fit.confident && fc.fit.confident && apart) || flatToGrowing || growingToFlat) {
    const worse = orderRank(fc.order) > orderRank(fb.order);
    return { verdict: worse ? 'scaling-regressed' : 'scaling-improved', note: `scales ${fc.order} where the baseline scaled ${fb.order}` };
  }
  return { verdict: null, note: `the order looks different (${fb.order} → ${fc.order}) but not clearly enough to call` };
}

function compareBench(target: string, bench: string, base: BenchSummary | undefined, cur: BenchSummary | undefined, caution: string | null, paired: LevelOutcome | undefined, sessionNoise: number): Pending {
  const result = blank(target, bench, base, cur);
  if (!base) return { result: { ...result, verdict: 'new', note: 'not in the baseline' }, level: null };
  if (!cur) return { result: { ...result, verdict: 'missing', note: 'in the baseline but not in this run' }, level: null };
  if (cur.stopped && (!hasData(cur) || !base.stopped)) {
    const where = cur.stopped.n !== null && cur.kind === 'curve' ? ` at n=${cur.stopped.n}` : '';
    return { result: { ...result, verdict: 'failed', note: `stopped${where}: ${cur.stopped.message}` }, level: null };
  }
  if (base.kind !== cur.kind) {
    return { result: { ...result, verdict: 'failed', note: `was a ${base.kind === 'curve' ? 'curve' : 'figure'} in the baseline and is not any more` }, level: null };
  }
  if (!hasData(base)) return { result: { ...result, verdict: 'new', note: 'the baseline has no measurement of it' }, level: null };
  if (base.kind === 'curve' && cur.kind === 'curve') {
    const scaling = scalingVerdict(base, cur);
    const level = paired ?? curveLevelChange(base, cur, sessionNoise);
    const withLevel = level.ok ? { change: level.level.change, ci: level.level.ci, noise: level.level.noise } : {};
    if (scaling.verdict) return { result: { ...result, ...withLevel, verdict: scaling.verdict, note: scaling.note }, level: null };
    // Flat against growing, or a second branch that came or went, is a change of kind: without a clear
    // call it is noisy. Two growing orders (O(n) against O(n log n)) blur in noise; their levels decide.
    const fb = base.findings;
    const fc = cur.findings;
    const kindChanged = !!fb && !!fc && ((fb.order === 'O(1)') !== (fc.order === 'O(1)') || (fb.bimodal === null) !== (fc.bimodal === null));
    return { result: { ...result, caution, note: scaling.note }, level, orderUnclear: scaling.note !== '' && kindChanged };
  }
  if (base.kind === 'scalar' && cur.kind === 'scalar') {
    return { result: { ...result, caution }, level: paired ?? figureChange(base.values, cur.values, `${target}/${bench}`, sessionNoise) };
  }
  return { result, level: null };
}

/** Turn a level change into a verdict once its q-value is known. */
function decide(p: Pending, q: number | null, options: CompareOptions): CompareResult {
  const r = p.result;
  const level = p.level;
  if (!level) return r;
  const prefix = r.note ? `${r.note}; ` : '';
  if (!level.ok) return { ...r, verdict: 'noisy', note: `${prefix}${level.reason}` };
  const { change, ci, noise } = level.level;
  const base = { ...r, change, ci, p: level.level.p, q, noise };
  const span = `${pct(change)} [${pct(ci[0])}, ${pct(ci[1])}]`;
  const worse = r.better === 'lower' ? change > 0 : change < 0;
  const clear = q !== null && q <= options.alpha;
  if (Math.abs(change) > options.threshold && clear) {
    return { ...base, verdict: worse ? 'regressed' : 'improved', note: `${prefix}${span}` };
  }
  if (Math.abs(change) > options.threshold) {
    return { ...base, verdict: 'noisy', note: `${prefix}${span} is not statistically clear across the report (±${(noise * 100).toFixed(1)}% uncertainty, q=${q?.toFixed(2)})` };
  }
  if (p.orderUnclear) {
    return { ...base, verdict: 'noisy', note: `${prefix}${span}` };
  }
  if (noise > options.threshold) {
    return { ...base, verdict: 'noisy', note: `${prefix}${span}: the ±${(noise * 100).toFixed(1)}% uncertainty is wider than the ${(options.threshold * 100).toFixed(0)}% threshold` };
  }
  return { ...base, verdict: 'unchanged', note: `${prefix}${span}` };
}

/** What an interleaved A/B run (`scalewatch ab`) adds: its paired level changes per target and bench. */
export interface Pairing {
  rounds: number;
  /** Names of the two sides, for people (e.g. "main (1a2b3c4)" and "working tree"). */
  a: string;
  b: string;
  /** target → bench → paired level change (src/compare/paired.ts). */
  levels: ReadonlyMap<string, ReadonlyMap<string, LevelOutcome>>;
}

export function compareTargets(baselines: readonly TargetSummary[], currents: readonly TargetSummary[], options: CompareOptions = DEFAULT_OPTIONS, pairing?: Pairing): CompareReport {
  const pending: Pending[] = [];
  const mismatch: string[] = [];
  const calibration: CalibrationFactor[] = [];
  // Side by side on one machine, the sides need no normalization: whatever changed the machine's speed changed both.
  const calibrate = !pairing && (options.calibrate ?? DEFAULT_OPTIONS.calibrate ?? false);
  const sessionNoise = options.sessionNoise ?? DEFAULT_OPTIONS.sessionNoise ?? 0;
  const targets = [...new Set([...baselines.map((t) => t.target), ...currents.map((t) => t.target)])].sort();
  for (const target of targets) {
    const base = baselines.find((t) => t.target === target);
    let cur = currents.find((t) => t.target === target);
    const caution = base && cur && !pairing ? machineCaution(base.machine, cur.machine) : null;
    if (caution) mismatch.push(target);
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
      pending.push(compareBench(target, bench, b, c, caution, pairing?.levels.get(target)?.get(bench), pairing ? 0 : sessionNoise));
    }
  }
  const tested = pending.filter((p) => p.level?.ok);
  const q = benjaminiHochberg(tested.map((p) => (p.level as { ok: true; level: { p: number } }).level.p));
  const qOf = new Map(tested.map((p, i) => [p, q[i]!]));
  const results = pending.map((p) => decide(p, qOf.get(p) ?? null, options));
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of results) verdicts[r.verdict]++;
  return {
    summary: {
      targets: targets.length,
      benchmarks: results.length,
      threshold: options.threshold,
      alpha: options.alpha,
      tests: tested.length,
      verdicts,
      machineMismatch: mismatch,
      calibration,
      sessionNoise: pairing ? null : sessionNoise,
      paired: pairing ? { rounds: pairing.rounds, a: pairing.a, b: pairing.b } : null,
      regressed: verdicts.regressed + verdicts['scaling-regressed'] > 0,
    },
    results,
  };
}
