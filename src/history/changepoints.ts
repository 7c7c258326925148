/**
 * Change points of one series over commits (a benchmark's level relative to its reference, or its
 * growth, one value a commit in commit order): where the series steps to another level and stays
 * there. Pure.
 *
 * The method is optimal segmentation by dynamic programming with pruning (PELT, Killick, Fearnhead and
 * Eckley 2012): the split of the series into segments of constant mean that minimizes the squared
 * deviations from each segment's mean, in units of the series' noise, plus a penalty per change.
 *  - Values are compared on the log scale (a step is a ratio).
 *  - The noise σ is read from the differences of neighbouring values (1.4826 · MAD / √2), which a few
 *    steps hardly move; the penalty is `PENALTY_PER_LOG_N` · ln(n) in units of σ², chosen on noise
 *    alone so that a series of 100 commits without a change shows one in about 1 of 100 series or
 *    fewer (test/history/changepoints.test.ts measures it).
 *  - When each value comes with its own standard error (how precisely its session measured it), each
 *    has its own noise: σᵢ = c · sᵢ, with the scale c read as σ is, from the neighbouring differences
 *    each divided by √(sᵢ² + sᵢ₋₁²), and every deviation counts in units of its own σᵢ (a weighted
 *    least-squares segmentation). A precise session then counts for more than a noisy one. A standard
 *    error from few rounds is itself rough: given its degrees of freedom, each sᵢ is first moderated
 *    toward the series' median as though that had `PRIOR_DF` of its own. No sᵢ is taken below a
 *    quarter of the series' median (`PRECISION_CAP`): what a session's own interval shows is not all
 *    that moves between sessions. Without them every value has the same σ, as above.
 *  - A value far from its neighbours (over `CLIP_SIGMAS` σ from the median of the five around it) is
 *    pulled in to that distance before segmenting (but for the two at either end), and a segment has
 *    at least `MIN_SEGMENT` values: a spike of one commit is not a step.
 * Each change found is then measured against the segments on either side (up to `WINDOW` values
 * each): its size with a 95% interval (Welch's t on the log values, each window's spread at least the
 * series' noise) and the p-value of "no change";
 * one whose p-value is above `MAX_P` (the noise was read too low) or whose size is under `MIN_STEP`
 * is dropped. A window of fewer than `RANKS_BELOW` values that scatters more than its noise says
 * cannot know its own spread: its p-value is the exact rank-sum test's instead.
 * Chosen over E-divisive means (Matteson and James 2014, as Apache Otava and MongoDB use it) because
 * it gives every change of a series at once, from one rule, instead of one split at a time; its cost
 * grows with the square of the commits at worst (a series with no change prunes nothing), about 4 ms
 * for 1,000 commits (npm run bench:history).
 */
import { mad, median, rankSumP, tQuantile, tTwoSidedP } from '../analysis/stats.js';

/** Fewest values a segment has: a one-commit spike is not a step. */
export const MIN_SEGMENT = 2;
/** Penalty of one change, in units of σ² per ln(n). */
export const PENALTY_PER_LOG_N = 6;
/** How far a value may lie from the median of its five neighbours before it is pulled in, in σ. */
export const CLIP_SIGMAS = 4;
/**
 * The least noise assumed (log scale, 0.5%): a series of equal values has no noise to measure, and
 * one that varies by less than this is not read more finely: no benchmark is that repeatable here.
 */
export const SIGMA_FLOOR = 0.005;
/** The smallest change kept (relative): below it a step is not worth a maintainer's look. */
export const MIN_STEP = 0.02;
/** The largest p-value of "no change" a change point may have, over its windows. */
export const MAX_P = 0.001;
/** Values on each side a change is measured over. */
export const WINDOW = 30;
/**
 * A window of fewer values than this that scatters more than its σᵢ say is judged by its ranks (the
 * exact Wilcoxon–Mann–Whitney p) instead of Welch's t: three values above all thirty before give
 * p = 2 ÷ C(33, 3) ≈ 0.00037.
 */
export const RANKS_BELOW = 5;
/**
 * The most a value's standard error may be below the series' median one, as a factor: no record
 * weighs more than PRECISION_CAP² (16) times a typical one, whatever its session's interval says.
 */
export const PRECISION_CAP = 4;
/**
 * The degrees of freedom the series' median standard error counts for when a record's own is moderated
 * toward it (noisesOf): a record of 40 rounds (about 23) keeps most of its own, one of 3 rounds (2)
 * about a sixth.
 */
export const PRIOR_DF = 10;

/**
 * What the noise read from a series' n − 1 neighbouring differences is worth, in degrees of freedom per
 * difference: a MAD is a robust but rough estimate of spread, as informative for normal values as a
 * standard deviation of about 37% as many (its asymptotic efficiency, 0.37). With few records it is
 * rough indeed, and a change measured against it needs to be that much clearer.
 */
export const NOISE_DF_SHARE = 0.37;

export interface ChangePoint {
  /** Index of the first value after the change: it lies between values index − 1 and index. */
  index: number;
  /** Relative change of the level, after ÷ before − 1. */
  change: number;
  /** Its 95% interval. */
  ci: [number, number];
  /** p-value of "no change" (Welch's t over the windows). */
  p: number;
  /** Values on each side it was measured over. */
  before: number;
  after: number;
}

export interface Segmentation {
  /** The noise of the series (log scale), read from neighbouring differences; with standard errors, the median value's. */
  sigma: number;
  changes: ChangePoint[];
}

/** The noise of a log series from its neighbouring differences: a few steps barely move it. */
export function noiseOf(logs: readonly number[]): number {
  if (logs.length < 3) return 0;
  const diffs = logs.slice(1).map((v, i) => v - logs[i]!);
  return mad(diffs) / Math.SQRT2;
}

/**
 * Each value pulled to within CLIP_SIGMAS·σᵢ of the median of the five values around it (less for a value
 * more precise than the typical one: CLIP_SIGMAS·σᵢ²/σ, the same pull on a mean). The two values
 * at either end have no five around them and are left as they are: the first two after a step at the
 * end of the series are the step, not a spike (the shortest segment and the p-value check keep a spike
 * there from counting).
 */
function clipped(logs: readonly number[], sigmas: readonly number[]): number[] {
  const typical = median(sigmas);
  return logs.map((v, i) => {
    if (i < 2 || i > logs.length - 3) return v;
    // A value more precise than the typical one weighs more, so it is pulled in closer: its pull on a
    // segment's mean (weight × distance) is at most an ordinary value's.
    const reach = CLIP_SIGMAS * sigmas[i]! * Math.min(1, sigmas[i]! / typical);
    const m = median(logs.slice(i - 2, i + 3));
    return Math.min(m + reach, Math.max(m - reach, v));
  });
}

/**
 * Each value's noise (log scale). Without standard errors, one σ for all: 1.4826 · MAD of the
 * neighbouring differences ÷ √2. With them, σᵢ = c · sᵢ (sᵢ at least the median's 1/PRECISION_CAP; a
 * missing one is the median), c read the same way from the differences each divided by √(sᵢ² + sᵢ₋₁²),
 * so that equal standard errors give the σ above. Given each standard error's degrees of freedom dᵢ
 * too, sᵢ is first moderated toward the series' median s₀ as though s₀ had `priorDf` of its own:
 * sᵢ² ← (priorDf · s₀² + dᵢ · sᵢ²) ÷ (priorDf + dᵢ) (a missing dᵢ counts as priorDf), so a record of a
 * few rounds, whose standard error is itself a rough guess, weighs about what a typical one does.
 * Each σᵢ is at least SIGMA_FLOOR.
 */
export function noisesOf(logs: readonly number[], ses?: readonly (number | null | undefined)[], dfs?: readonly (number | null | undefined)[], priorDf = PRIOR_DF): number[] {
  const usable = (v: number | null | undefined): v is number => typeof v === 'number' && v > 0 && Number.isFinite(v);
  const known = (ses ?? []).filter(usable);
  if (!ses || ses.length !== logs.length || known.length === 0) {
    const sigma = Math.max(noiseOf(logs), SIGMA_FLOOR);
    return logs.map(() => sigma);
  }
  const typical = median(known);
  const moderated = (v: number, i: number) => {
    if (!dfs || dfs.length !== logs.length) return v;
    const d = usable(dfs[i]) ? dfs[i] : priorDf;
    return Math.sqrt((priorDf * typical * typical + d * v * v) / (priorDf + d));
  };
  const s = ses.map((v, i) => (usable(v) ? Math.max(moderated(v, i), typical / PRECISION_CAP) : typical));
  const z = logs.slice(1).map((v, i) => (v - logs[i]!) / Math.hypot(s[i + 1]!, s[i]!));
  const c = logs.length < 3 ? 0 : mad(z);
  return s.map((v) => Math.max(c * v, SIGMA_FLOOR));
}

/**
 * Start indices of the segments (after the first) of the penalized least-squares segmentation of xs,
 * each deviation counted in units of its own σ (weights 1/σ²).
 */
function pelt(xs: readonly number[], sigmas: readonly number[], penalty: number): number[] {
  const n = xs.length;
  const s0 = new Float64Array(n + 1);
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  const ww = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = 1 / (sigmas[i]! * sigmas[i]!);
    s0[i + 1] = s0[i]! + w;
    s1[i + 1] = s1[i]! + w * xs[i]!;
    s2[i + 1] = s2[i]! + w * xs[i]! * xs[i]!;
    ww[i + 1] = ww[i]! + w * w;
  }
  // A segment xs[s..t) costs its weighted squared deviations from its weighted mean, from the running
  // sums. It is at least MIN_SEGMENT values, and weighs as much as that many equal ones (Kish's
  // effective size, (Σw)² ÷ Σw²): one precise record and a noisy neighbour are a spike, not a step.
  // Both are written out in the loop below, which is nearly all of the time history takes to read.
  const best = new Float64Array(n + 1);
  const last = new Int32Array(n + 1);
  best[0] = -penalty;
  // The starts still worth trying, compacted in place (a series of 1,000 commits tries each once a
  // commit), and what each start costs up to t, kept from the search for the pruning after it.
  const cand = new Int32Array(n + 1);
  const upTo = new Float64Array(n + 1);
  let m = 0;
  cand[m++] = 0;
  for (let t = MIN_SEGMENT; t <= n; t++) {
    const w0t = s0[t]!;
    const w1t = s1[t]!;
    const w2t = s2[t]!;
    const wwt = ww[t]!;
    let min = Infinity;
    let arg = 0;
    for (let k = 0; k < m; k++) {
      const s = cand[k]!;
      const w = w0t - s0[s]!;
      if (t - s < MIN_SEGMENT || w * w < MIN_SEGMENT * (wwt - ww[s]!) * (1 - 1e-9)) {
        // Too short to end a segment here yet: kept for later.
        upTo[k] = -Infinity;
        continue;
      }
      const sum = w1t - s1[s]!;
      const dev = w2t - s2[s]! - (sum * sum) / w;
      const v = best[s]! + (dev > 0 ? dev : 0);
      upTo[k] = v;
      if (v + penalty < min) {
        min = v + penalty;
        arg = s;
      }
    }
    best[t] = min;
    last[t] = arg;
    // Pruning: a start that is already worse than the best by more than a penalty can never win later.
    let kept = 0;
    for (let k = 0; k < m; k++) if (upTo[k]! <= min) cand[kept++] = cand[k]!;
    m = kept;
    cand[m++] = t;
  }
  const starts: number[] = [];
  for (let t = n; t > 0; t = last[t]!) if (last[t]! > 0) starts.push(last[t]!);
  return starts.reverse();
}

/**
 * A change measured over the values of the segments on either side of it (up to WINDOW each): the
 * difference of their means, each value weighted by 1/σᵢ², with Welch's t. A window's spread is its
 * own when that exceeds what the values' σᵢ say, else theirs, known as well as the whole series' noise
 * is (NOISE_DF_SHARE of its differences): two values that happen to agree do not make a window precise,
 * nor uncertain, and a short series' rough noise does not make its first steps look sure.
 */
function measure(logs: readonly number[], sigmas: readonly number[], prev: number, index: number, next: number): ChangePoint {
  const from = Math.max(prev, index - WINDOW);
  const to = Math.min(next, index + WINDOW);
  const window = (a: number, b: number) => {
    const xs = logs.slice(a, b);
    const ws = sigmas.slice(a, b).map((s) => 1 / (s * s));
    const sw = ws.reduce((t, w) => t + w, 0);
    const m = xs.reduce((t, x, i) => t + ws[i]! * x, 0) / sw;
    // How far the values scatter beyond what their σᵢ say (1 when as said).
    const scatter = xs.length > 1 ? xs.reduce((t, x, i) => t + ws[i]! * (x - m) ** 2, 0) / (xs.length - 1) : 0;
    const own = scatter > 1;
    return { xs, m, n: xs.length, own, spread: own ? { v: scatter / sw, df: xs.length - 1 } : { v: 1 / sw, df: Math.max(NOISE_DF_SHARE * (logs.length - 2), 1) } };
  };
  const before = window(from, index);
  const after = window(index, to);
  const d = after.m - before.m;
  const a = before.spread;
  const b = after.spread;
  const se = Math.max(Math.sqrt(a.v + b.v), 1e-12);
  const df = Math.max(1, (a.v + b.v) ** 2 / ((a.v * a.v) / a.df + (b.v * b.v) / b.df));
  const tq = tQuantile(0.025, df);
  // A window of a few values that scatters more than its σᵢ say knows its spread too poorly for t (with
  // 2 degrees of freedom p ≤ 0.001 needs t > 31.6): there the ranks decide, which need no spread.
  const fewOwn = [before, after].some((w) => w.own && w.n < RANKS_BELOW);
  const p = fewOwn ? rankSumP(before.xs, after.xs) : Math.min(1, tTwoSidedP(d / se, df));
  return { index, change: Math.expm1(d), ci: [Math.expm1(d - tq * se), Math.expm1(d + tq * se)], p, before: before.n, after: after.n };
}

/** What a study may vary (scripts/replay.ts); the defaults are the constants above. */
export interface ChangePointTuning {
  penaltyPerLogN?: number;
  /** The degrees of freedom of the series' median standard error, where records' own are moderated toward it. */
  priorDf?: number;
}

/**
 * The change points of a series of positive values in commit order; `ses`, when given, the standard
 * error of each value's log (null where unknown), weighs each value by its own precision, and `dfs`,
 * their degrees of freedom, moderates each toward the series' typical one first (noisesOf).
 */
export function changePoints(values: readonly number[], tuning: ChangePointTuning = {}, ses?: readonly (number | null | undefined)[], dfs?: readonly (number | null | undefined)[]): Segmentation {
  const logs = values.map((v) => Math.log(v));
  // A series that does not scatter at all (a deterministic count) still has its steps: σ gets a floor.
  const sigmas = noisesOf(logs, ses, dfs, tuning.priorDf ?? PRIOR_DF);
  const sigma = sigmas.length > 0 ? median(sigmas) : SIGMA_FLOOR;
  if (logs.length < 2 * MIN_SEGMENT || !sigmas.every(Number.isFinite)) return { sigma, changes: [] };
  const xs = clipped(logs, sigmas);
  const starts = pelt(xs, sigmas, (tuning.penaltyPerLogN ?? PENALTY_PER_LOG_N) * Math.log(logs.length));
  // A change its own windows do not show clearly (the noise was read low) is dropped, the weakest
  // first, and its neighbours measured again over the merged segment.
  const kept = [...starts];
  for (;;) {
    const bounds = [0, ...kept, logs.length];
    const changes = kept.map((index, i) => measure(xs, sigmas, bounds[i]!, index, bounds[i + 2]!));
    let weakest = -1;
    changes.forEach((c, i) => {
      if ((c.p > MAX_P || Math.abs(c.change) < MIN_STEP) && (weakest < 0 || c.p > changes[weakest]!.p)) weakest = i;
    });
    if (weakest < 0) return { sigma, changes };
    kept.splice(weakest, 1);
  }
}
