/**
 * Constant-factor change of an interleaved A/B run (`scalewatch ab`). Both sides were measured on the
 * same machine in rounds, A and B next to each other in time, in random order, so whatever slowed the
 * machine in one round slowed both sides alike. Each round therefore gives one paired difference of log
 * levels, B's minus A's, and the change is the mean of those differences with a one-sample Student t
 * interval over the rounds. Run index = round index in both results files (ab writes them so).
 *
 * For a curve, a round's difference is the trimmed mean over the grid bins both sides measured in that
 * round of log(B's median ÷ A's median); for a figure, the log ratio of the round's medians.
 */
import { binOf, GRID_PER_DECADE, logNs } from '../analysis/grid.js';
import { mean, median, tQuantile, tTwoSidedP, variance } from '../analysis/stats.js';
import type { ResultSet } from '../suite/protocol.js';
import { trimmedMean, type LevelOutcome } from './levels.js';

/** Rounds with both sides measured that a paired comparison needs at least. */
export const MIN_ROUNDS = 3;

/** bench → round → bin → log latencies. */
function curveRounds(rs: ResultSet): Map<string, Map<number, Map<number, number[]>>> {
  const out = new Map<string, Map<number, Map<number, number[]>>>();
  for (const s of rs.samples) {
    let rounds = out.get(s.bench);
    if (!rounds) out.set(s.bench, (rounds = new Map()));
    let bins = rounds.get(s.run);
    if (!bins) rounds.set(s.run, (bins = new Map()));
    const bin = binOf(s.n, GRID_PER_DECADE);
    const list = bins.get(bin);
    if (list) list.push(logNs(s.ns));
    else bins.set(bin, [logNs(s.ns)]);
  }
  return out;
}

/** bench → round → values. */
function figureRounds(rs: ResultSet): Map<string, Map<number, number[]>> {
  const out = new Map<string, Map<number, number[]>>();
  for (const v of rs.values) {
    if (!(v.value > 0)) continue;
    let rounds = out.get(v.bench);
    if (!rounds) out.set(v.bench, (rounds = new Map()));
    const list = rounds.get(v.run);
    if (list) list.push(v.value);
    else rounds.set(v.run, [v.value]);
  }
  return out;
}

/** One-sample t on the paired log differences, turned back into a relative change. */
export function pairedT(diffs: readonly number[]): { change: number; ci: [number, number]; p: number; noise: number } {
  const d = mean(diffs);
  const df = diffs.length - 1;
  const se = Math.max(Math.sqrt(variance(diffs) / diffs.length), 1e-9);
  const tq = tQuantile(0.025, df);
  const lo = Math.exp(d - tq * se) - 1;
  const hi = Math.exp(d + tq * se) - 1;
  return { change: Math.exp(d) - 1, ci: [lo, hi], p: tTwoSidedP(d / se, df), noise: (hi - lo) / 2 };
}

function outcome(diffs: number[], matched: number): LevelOutcome {
  if (diffs.length < MIN_ROUNDS) {
    return { ok: false, reason: `only ${diffs.length} round${diffs.length === 1 ? '' : 's'} measured on both sides, too few to pair` };
  }
  return { ok: true, level: { ...pairedT(diffs), matched } };
}

/**
 * Paired level changes of every benchmark measured on both sides, keyed by bench. Rounds where one
 * side has nothing (it failed there) are left out; a curve round that shares under three grid bins
 * with the other side is left out too.
 */
export function pairedLevels(a: ResultSet, b: ResultSet): Map<string, LevelOutcome> {
  const out = new Map<string, LevelOutcome>();
  const ca = curveRounds(a);
  const cb = curveRounds(b);
  for (const [bench, roundsA] of ca) {
    const roundsB = cb.get(bench);
    if (!roundsB) continue;
    const diffs: number[] = [];
    let matched = 0;
    for (const [round, binsA] of roundsA) {
      const binsB = roundsB.get(round);
      if (!binsB) continue;
      const ratios: number[] = [];
      for (const [bin, logsA] of binsA) {
        const logsB = binsB.get(bin);
        if (logsB) ratios.push(median(logsB) - median(logsA));
      }
      if (ratios.length < 3) continue;
      matched = Math.max(matched, ratios.length);
      diffs.push(trimmedMean(ratios));
    }
    out.set(bench, outcome(diffs, matched));
  }
  const fa = figureRounds(a);
  const fb = figureRounds(b);
  for (const [bench, roundsA] of fa) {
    const roundsB = fb.get(bench);
    if (!roundsB) continue;
    const diffs: number[] = [];
    for (const [round, va] of roundsA) {
      const vb = roundsB.get(round);
      if (vb) diffs.push(Math.log(median(vb)) - Math.log(median(va)));
    }
    out.set(bench, outcome(diffs, diffs.length));
  }
  return out;
}
