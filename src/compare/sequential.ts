/**
 * Side by side until decided: a side-by-side run looks at its comparison after a first set of rounds,
 * and measures more rounds of only the benchmarks still undecided (`noisy` for a reason more rounds can
 * cure), looking again after each stage, until every benchmark is decided or the budget (rounds, time)
 * is spent. Chromium's Pinpoint repeats in the same spirit until two builds differ or are the same.
 *
 * Looking more than once must not raise the error rates the report states. The rule here is alpha
 * spending with a Bonferroni split over the planned looks: the report's false-discovery rate α is
 * divided among the looks (half at the first, the other half evenly over the rest), and each look
 * decides with its share, so summed over every look a benchmark's chance of a false alarm stays within
 * α. The same split is made of the 5% error of `unchanged` (two one-sided tests at one look: a 90%
 * interval within ±threshold): a look decides `unchanged` only when its narrower share's interval
 * lies within. A look at
 * fewer rounds than planned (the time budget ran out) spends no more than planned. Looks are strongly
 * correlated, so the split is conservative; docs/analysis.md says what it costs.
 *
 * Rounds grow by doubling (10, 20, 40): each look has twice the information of the one before, so an
 * interval shrinks by about √2 a look, and few looks are spent. Pure.
 */
import { tQuantile } from '../analysis/stats.js';
import { MOST_ROUNDS, type CauseKind } from './causes.js';
import { pairedDf, type Estimate } from './estimate.js';
import { countVerdicts, UNCHANGED_LEVEL, type CompareOptions, type CompareReport, type CompareResult } from './types.js';

export type { Spent } from './types.js';
import { REGRESSIONS } from './verdicts.js';

/** One planned look: the rounds it is taken at, and the share of the error rates it may spend. */
export interface Look {
  /** Rounds each still-open benchmark has been measured for when the look is taken. */
  rounds: number;
  /** The false-discovery rate this look decides changes at. */
  alpha: number;
  /** The confidence level of the interval that must lie within ±threshold for `unchanged` at this look. */
  unchangedLevel: number;
}

/**
 * The looks of a run that starts with `first` rounds and may give a benchmark up to `max`: rounds
 * double from `first` and the last look is at `max`. With `max` ≤ `first` there is one look at the
 * full α and the 90% interval, the run of fixed size it was before.
 */
export function planLooks(first: number, max: number, alpha: number): Look[] {
  const rounds: number[] = [first];
  while (rounds[rounds.length - 1]! < max) rounds.push(Math.min(max, rounds[rounds.length - 1]! * 2));
  const k = rounds.length;
  const share = (i: number) => (k === 1 ? 1 : i === 0 ? 0.5 : 0.5 / (k - 1));
  return rounds.map((r, i) => ({ rounds: r, alpha: alpha * share(i), unchangedLevel: 1 - (1 - UNCHANGED_LEVEL) * share(i) }));
}

/** The options a look compares with: the report's, with the look's shares of the error rates. */
export function lookOptions(options: CompareOptions, look: Look): CompareOptions {
  return { ...options, alpha: look.alpha, unchangedLevel: look.unchangedLevel };
}

/** Causes that more rounds can cure: an interval too wide, too few rounds, a growth not yet clear. */
const CURABLE: ReadonlySet<CauseKind> = new Set(['wide-interval', 'few-runs', 'growth-unclear']);

/** Whether a result of a look is still open: undecided for a reason that more rounds can cure. */
export function isOpen(r: CompareResult): boolean {
  return r.verdict === 'noisy' && r.cause !== undefined && CURABLE.has(r.cause.kind);
}

/** The benchmarks of a look's report still open, in the report's order. */
export function openBenches(report: CompareReport): string[] {
  return report.results.filter(isOpen).map((r) => r.bench);
}

/** One look taken: the rounds it was taken at (a look cut short by the time budget has fewer than planned) and its report. */
export interface TakenLook {
  look: Look;
  rounds: number;
  report: CompareReport;
}

/**
 * The run's report from its looks: every benchmark's result as the look that decided it gave it (or
 * the last look, for one still open), with the rounds it rests on. The summary is the first look's
 * (it holds every benchmark) with the report's whole α and the verdicts counted again; each result's
 * note names the interval it followed.
 */
export function joinLooks(taken: readonly TakenLook[], alpha: number): CompareReport {
  if (taken.length === 0) throw new Error('joinLooks: no look was taken');
  const key = (r: CompareResult) => `${r.target}\u0000${r.bench}`;
  const decided = new Map<string, CompareResult>();
  for (const t of taken) {
    for (const r of t.report.results) {
      if (!decided.has(key(r)) && !isOpen(r)) decided.set(key(r), { ...r, rounds: t.rounds });
    }
  }
  // The first look holds every benchmark; later looks only those still open.
  const results = taken[0]!.report.results.map((r) => decided.get(key(r)) ?? lastOf(taken, r));
  const verdicts = countVerdicts(results);
  return { summary: { ...taken[0]!.report.summary, alpha, benchmarks: results.length, verdicts, regressed: REGRESSIONS.some((v) => verdicts[v] > 0) }, results };
}

function lastOf(taken: readonly TakenLook[], r: CompareResult): CompareResult {
  for (let i = taken.length - 1; i >= 0; i--) {
    const found = taken[i]!.report.results.find((x) => x.target === r.target && x.bench === r.bench);
    if (found) return { ...found, rounds: taken[i]!.rounds };
  }
  return r;
}

/**
 * How many rounds in all an undecided side-by-side level would need to be decided, in one run that
 * looks once, if its estimate and its spread from round to round held: the fewest N at which the
 * interval at `unchangedLevel` lies within ±threshold (unchanged), or the interval at `callLevel`
 * excludes no change while the estimate lies beyond the threshold (a change). The standard error
 * shrinks as √(n/N), the degrees of freedom grow as the trimmed estimate's do. null when no N up to
 * MOST_ROUNDS does: an estimate at the threshold itself, or a spread that wide. An extrapolation, for
 * people choosing how to measure again; it decides nothing.
 */
export function roundsToDecide(est: Estimate, rounds: number, threshold: number, unchangedLevel: number, callLevel: number): number | null {
  const [lo, hi] = [Math.log1p(-threshold), Math.log1p(threshold)];
  const beyond = Math.abs(Math.expm1(est.d)) > threshold;
  const decides = (n: number): boolean => {
    const se = est.se * Math.sqrt(rounds / n);
    const df = Math.max(pairedDf(n), 1);
    if (beyond) return Math.abs(est.d) > tQuantile((1 - callLevel) / 2, df) * se;
    const h = tQuantile((1 - unchangedLevel) / 2, df) * se;
    return est.d - h >= lo && est.d + h <= hi;
  };
  if (!decides(MOST_ROUNDS)) return null;
  // Decided at MOST_ROUNDS: the fewest rounds that decide, by bisection. More rounds almost never undo
  // it (the trim's degrees of freedom dip by one or two where another round is trimmed), so it is about.
  let [no, yes] = [rounds, MOST_ROUNDS];
  while (yes - no > 1) {
    const mid = Math.floor((no + yes) / 2);
    if (decides(mid)) yes = mid;
    else no = mid;
  }
  return yes;
}

/** An open benchmark as the next stage sees it. */
export interface OpenBench {
  bench: string;
  /** Seconds a round of it takes, both sides, with the run's own overhead. */
  perRound: number;
  /**
   * Rounds in all that would decide it, from its last look (`cause.rounds`): null when 1,000 would not,
   * undefined when its cause gives no figure (too few rounds, a growth not yet clear).
   */
  toDecide: number | null | undefined;
}

/** The next stage: the benchmarks it measures and for how many more rounds, and those it sets aside. */
export interface Stage {
  benches: string[];
  rounds: number;
  /** Open benchmarks not measured further: deciding them would not fit in the time left beside the others. */
  setAside: string[];
}

/**
 * How a stage within a time budget chooses: `cheapest`, the default (below); `alike`, the rule before
 * it, every open benchmark for the rounds that fit, kept so that bench:sequential can measure one
 * against the other on the same afternoon.
 */
export type StageRule = 'cheapest' | 'alike';

/**
 * Which open benchmarks the next stage measures within the time left, `ahead` being the looks still to
 * take (the next first). Without a time limit, all of
 * them, for the planned rounds. Within one, the time goes first to the benchmarks cheapest to decide:
 * each one's cost is the seconds to the look its projected rounds reach (the planned looks' rounds, so
 * a benchmark projected at 30 after 10 costs the 30 rounds to the look at 40); one whose projection
 * lies beyond the last look or beyond 1,000 rounds comes last, costed at this stage alone; one with no
 * projection is costed as if the next look decided it. In that order a benchmark is measured when its
 * whole cost still fits in what is left once those before it are paid for, so a level that would need
 * many rounds does not take the time a cheaper one needs to reach its look. When not even the first
 * fits the planned rounds, it alone is measured for the rounds that fit; null when those are fewer
 * than `minRounds`: the budget is spent. Error rates are unchanged: a benchmark set aside keeps the
 * verdict of its last look and spends no more of α. Pure.
 */
export function chooseStage(open: readonly OpenBench[], measured: number, ahead: readonly Look[], leftSec: number, minRounds: number, rule: StageRule = 'cheapest'): Stage | null {
  const next = ahead[0];
  if (!next || open.length === 0) return null;
  const planned = next.rounds - measured;
  const all = open.map((b) => b.bench);
  if (leftSec === Infinity) return { benches: all, rounds: planned, setAside: [] };
  if (!(leftSec > 0)) return null;
  // A stage of benchmarks whose round takes `perRound` seconds: the planned rounds, or as many as fit.
  const fitting = (perRound: number) => (perRound > 0 ? Math.min(planned, Math.floor(leftSec / perRound)) : planned);
  const stage = (benches: readonly string[], rounds: number): Stage | null =>
    rounds < minRounds ? null : { benches: all.filter((b) => benches.includes(b)), rounds, setAside: all.filter((b) => !benches.includes(b)) };
  if (rule === 'alike') return stage(all, fitting(open.reduce((sum, b) => sum + b.perRound, 0)));
  const last = ahead[ahead.length - 1]!.rounds;
  const reachOf = (b: OpenBench): number | null => {
    if (b.toDecide === undefined) return next.rounds;
    if (b.toDecide === null || b.toDecide > last) return null;
    return ahead.find((l) => l.rounds >= b.toDecide!)!.rounds;
  };
  const ranked = open
    .map((b, i) => {
      const reach = reachOf(b);
      return { b, i, beyond: reach === null, cost: ((reach ?? next.rounds) - measured) * b.perRound, far: b.toDecide ?? Infinity };
    })
    .sort((x, y) => Number(x.beyond) - Number(y.beyond) || (x.beyond ? x.far - y.far : x.cost - y.cost) || x.i - y.i);
  const chosen: string[] = [];
  let committed = 0;
  for (const r of ranked) {
    if (committed + r.cost > leftSec) continue;
    committed += r.cost;
    chosen.push(r.b.bench);
  }
  if (chosen.length > 0) return stage(chosen, planned);
  // Not one fits whole: the first alone, for the rounds that fit.
  const first = ranked[0]!.b;
  return stage([first.bench], fitting(first.perRound));
}
