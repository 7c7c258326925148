/**
 * A change estimated on the log scale, and what every verdict is decided from: its interval at a
 * chosen confidence level and its p-value against a threshold. Levels, figures, growth, stored
 * baselines and side-by-side runs all end in one Estimate, so one rule turns any of them into a
 * verdict (src/compare/decide.ts). Pure.
 */
import { fUpperP, mean, tQuantile, tTwoSidedP, variance } from '../analysis/stats.js';

/** Sessions whose means scatter no more than this F test's p shows are pooled with the runs. */
const POOL_P = 0.25;

export interface Estimate {
  /** log(current ÷ baseline) of the quantity compared. */
  d: number;
  /** Its standard error (log scale). */
  se: number;
  /** Degrees of freedom of the t distribution behind it. */
  df: number;
  /**
   * Against a baseline of several sessions: how far apart its sessions' means lie (highest ÷ lowest,
   * ≥ 1) and whether the F test pooled them with the runs (they agreed as well as their runs do).
   */
  sessions?: { count: number; spread: number; pooled: boolean };
}

/** The two-sided interval of the relative change (current ÷ baseline − 1) at a confidence level. */
export function interval(e: Estimate, level: number): [number, number] {
  const tq = tQuantile((1 - level) / 2, Math.max(e.df, 1));
  return [Math.expm1(e.d - tq * e.se), Math.expm1(e.d + tq * e.se)];
}

/**
 * Two-sided p-value of "the true change lies within [lo, hi]" (relative bounds, lo < 0 < hi): 1 when
 * the estimate itself lies within, otherwise the t test of the nearer bound, doubled. A change is
 * called only when this is small, so the interval at the matching level lies wholly beyond the bound.
 */
export function pBeyond(e: Estimate, lo: number, hi: number): number {
  const [a, b] = [Math.log1p(lo), Math.log1p(hi)];
  if (e.d >= a && e.d <= b) return 1;
  const gap = e.d > b ? e.d - b : a - e.d;
  return Math.min(1, tTwoSidedP(gap / Math.max(e.se, 1e-12), Math.max(e.df, 1)));
}

/** p-value of "no change at all": the test a level is called by (compare.ts), and the JSON's `p`. */
export function pZero(e: Estimate): number {
  return Math.min(1, tTwoSidedP(e.d / Math.max(e.se, 1e-12), Math.max(e.df, 1)));
}

/** Share of rounds trimmed from each end by the paired estimate. */
export const ROUND_TRIM = 0.2;

/** Rounds the paired estimate trims from each end of n: 20% from eight rounds up, none below. */
const trimmedRounds = (n: number): number => (n >= 8 ? Math.floor(ROUND_TRIM * n) : 0);

/** Degrees of freedom of the paired estimate over n rounds (those it keeps, less one). */
export const pairedDf = (n: number): number => n - 2 * trimmedRounds(n) - 1;

/**
 * Paired log differences (side by side: one per round), as Yuen's trimmed-mean t: the mean of the
 * middle 60% of the rounds, its standard error from the winsorized variance, on h − 1 degrees of
 * freedom (h rounds kept). One round in which the machine did something else to one side only (a
 * wakeup on the idle CPU, a disk flush) moves a plain mean by a tenth of its size, and its variance
 * far more; the trimmed mean does not notice it. Under eight rounds nothing is trimmed: each round
 * trimmed costs two degrees of freedom, which few rounds cannot spare.
 */
export function pairedEstimate(diffs: readonly number[]): Estimate {
  const n = diffs.length;
  const g = trimmedRounds(n);
  if (g === 0) return { d: mean(diffs), se: Math.max(Math.sqrt(variance(diffs) / n), 1e-9), df: n - 1 };
  const sorted = [...diffs].sort((a, b) => a - b);
  const h = n - 2 * g;
  const kept = sorted.slice(g, n - g);
  const winsorized = sorted.map((v, i) => (i < g ? sorted[g]! : i >= n - g ? sorted[n - g - 1]! : v));
  const se = Math.sqrt(((n - 1) * variance(winsorized)) / (h * (h - 1)));
  return { d: mean(kept), se: Math.max(se, 1e-9), df: h - 1 };
}

/**
 * Welch's t on two sets of log values (runs, or repetitions of a figure), with `extra` (relative) known
 * spread between sessions added once for each side: what a stored baseline of one session must assume.
 */
export function welchEstimate(base: readonly number[], cur: readonly number[], extra = 0): Estimate {
  const vb = variance(base) / base.length;
  const vc = variance(cur) / cur.length;
  const vs = 2 * Math.log1p(extra) ** 2;
  const se = Math.max(Math.sqrt(vb + vc + vs), 1e-9);
  // The known part has no degrees of freedom to lose: Welch–Satterthwaite over the estimated parts only.
  const denom = (vb * vb) / Math.max(base.length - 1, 1) + (vc * vc) / Math.max(cur.length - 1, 1);
  const df = denom > 0 ? Math.max(1, (vb + vc + vs) ** 2 / denom) : Math.max(1, base.length + cur.length - 2);
  return { d: mean(cur) - mean(base), se, df: Math.min(df, 1000) };
}

/** Why a level is not judged against a baseline of one session when no spread between sessions is assumed. */
export const ONE_SESSION_REASON = 'the baseline holds one session, so how much this level moves between sessions is unknown (add sessions: baseline update --add-session; or compare side by side)';

/**
 * A current session against a baseline that holds several sessions (`baseSessions[i]` is the session
 * of `base[i]`). Levels move more between sessions than within one, so the current session's mean is
 * compared with the baseline's as a prediction for a new session, in a one-way random-effects model:
 * value = session effect (spread σ²b) + run (spread σ²w). σ²w is the pooled variance within sessions
 * (the current one's included); σ²b = max(0, var(session means) − σ²w/r̄), or 0 when an F test
 * finds the session means no more scattered than their runs. Then
 * var(d) = σ²b·(1 + 1/S) + σ²w·(1/Rc + 1/(r̄·S)), on Satterthwaite's degrees of freedom: about S − 1
 * when the sessions disagree (their spread is then what is known, and known from S sessions only), the
 * many degrees of freedom within sessions when they agree.
 *
 * A baseline of one session is compared as two samples (welchEstimate) with `oneSessionSpread` assumed
 * between sessions; when that is undefined the result is null: the level is not judged.
 */
export function sessionEstimate(base: readonly number[], baseSessions: readonly number[] | undefined, cur: readonly number[], oneSessionSpread: number): Estimate;
export function sessionEstimate(base: readonly number[], baseSessions: readonly number[] | undefined, cur: readonly number[], oneSessionSpread: number | undefined): Estimate | null;
export function sessionEstimate(base: readonly number[], baseSessions: readonly number[] | undefined, cur: readonly number[], oneSessionSpread: number | undefined): Estimate | null {
  const groups = new Map<number, number[]>();
  base.forEach((v, i) => {
    const s = baseSessions?.[i] ?? 0;
    const g = groups.get(s);
    if (g) g.push(v);
    else groups.set(s, [v]);
  });
  if (groups.size < 2) return oneSessionSpread === undefined ? null : welchEstimate(base, cur, oneSessionSpread);
  const sessions = [...groups.values()];
  const means = sessions.map((g) => mean(g));
  const S = means.length;
  const rBar = sessions.reduce((n, g) => n + g.length, 0) / S;
  // Pooled variance within sessions, the current session's runs included.
  let ss = 0;
  let dfW = 0;
  for (const g of [...sessions, cur]) {
    if (g.length < 2) continue;
    ss += variance(g) * (g.length - 1);
    dfW += g.length - 1;
  }
  const msw = dfW > 0 ? ss / dfW : 0;
  const varMeans = variance(means);
  // Sessions that agree as well as their runs do show no spread of their own: the variance between
  // them is pooled with the runs' unless the F test of the session means says otherwise at p < 0.25
  // (Bancroft's rule for pooling), so that a few sessions that happen to scatter do not cost the
  // comparison its degrees of freedom.
  const f = msw > 0 ? (rBar * varMeans) / msw : Infinity;
  const pooled = dfW > 0 && fUpperP(f, S - 1, dfW) > POOL_P;
  const between = pooled ? 0 : Math.max(0, varMeans - msw / rBar);
  const within = (1 / Math.max(cur.length, 1) + 1 / (rBar * S)) * msw;
  const total = between * (1 + 1 / S) + within;
  // Satterthwaite: var(d) as parts estimated on S − 1 and on dfW degrees of freedom.
  const partB = between > 0 ? varMeans * (1 + 1 / S) : 0;
  const partW = between > 0 ? total - partB : within;
  const denom = (partB * partB) / Math.max(S - 1, 1) + (dfW > 0 ? (partW * partW) / dfW : 0);
  const df = denom > 0 ? Math.min(1000, Math.max(S - 1, (total * total) / denom)) : S - 1;
  const spread = Math.exp(Math.max(...means) - Math.min(...means));
  return { d: mean(cur) - mean(means), se: Math.max(Math.sqrt(total), 1e-9), df, sessions: { count: S, spread, pooled } };
}

/** How many sessions a list of session ids holds (1 when none are given). */
export function sessionCount(sessions: readonly number[] | undefined): number {
  return sessions && sessions.length > 0 ? new Set(sessions).size : 1;
}
