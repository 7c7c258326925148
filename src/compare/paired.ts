/**
 * Constant-factor and growth changes of an interleaved A/B run (`scalewatch ab`). Both sides were
 * measured on the same machine in rounds, A and B next to each other in time, in random order, so
 * whatever slowed the machine in one round slowed both sides alike. Each round therefore gives one
 * paired difference of log levels, B's minus A's, and the change is their trimmed mean with Yuen's
 * interval over the rounds (src/compare/estimate.ts pairedEstimate). Run index = round index in both
 * results files (ab writes them so).
 *
 * For a curve, a round's level difference is the trimmed mean over the grid bins both sides measured
 * in that round of log(B's median ÷ A's median), and its growth difference is log(B's growth ÷ A's
 * growth) over those bins; for a figure, the log ratio of the round's medians.
 *
 * This reads the samples, not the analysis's grid: pairing needs each round's bin medians at full
 * precision (the grid's per-run medians are rounded to four significant digits for the baseline file)
 * and each round's samples per bin (where the growth windows may start), which the grid pools.
 */
import { windowMedians, windowsOf, type Windows } from '../analysis/growth.js';
import { binOf, GRID_PER_DECADE, logNs } from '../analysis/grid.js';
import { mean, median } from '../analysis/stats.js';
import type { ResultSet } from '../suite/protocol.js';
import { pairedEstimate } from './estimate.js';
import { absoluteGuards, type GrowthOutcome } from './growth.js';
import { levelOf, trimmedMean, type LevelOutcome } from './levels.js';

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

function outcome(diffs: number[], matched: number): LevelOutcome {
  if (diffs.length < MIN_ROUNDS) {
    return { ok: false, reason: `only ${diffs.length} round${diffs.length === 1 ? '' : 's'} measured on both sides, too few to pair`, cause: { kind: 'few-runs', figure: diffs.length } };
  }
  return { ok: true, level: levelOf(pairedEstimate(diffs), matched) };
}

/** What a side-by-side run knows of one benchmark: its paired level change and, for a curve, its paired growth change. */
export interface PairedChange {
  level: LevelOutcome;
  growth?: GrowthOutcome;
}

/**
 * Paired changes of every benchmark measured on both sides, keyed by bench. Rounds where one side has
 * nothing (it failed there) are left out; a curve round that shares under three grid bins with the
 * other side is left out too. A curve's growth is measured per round over the bins both sides share
 * in that round, and its change is paired by round like the level.
 */
export function pairedChanges(a: ResultSet, b: ResultSet): Map<string, PairedChange> {
  const out = new Map<string, PairedChange>();
  const ca = curveRounds(a);
  const cb = curveRounds(b);
  for (const [bench, roundsA] of ca) {
    const roundsB = cb.get(bench);
    if (!roundsB) continue;
    const diffs: number[] = [];
    const growthDiffs: number[] = [];
    const growthA: { low: number; high: number }[] = [];
    const growthB: { low: number; high: number }[] = [];
    let matched = 0;
    let windows: Windows | null = null;
    for (const [round, binsA] of roundsA) {
      const binsB = roundsB.get(round);
      if (!binsB) continue;
      const ratios: number[] = [];
      const medA = new Map<number, number>();
      const medB = new Map<number, number>();
      for (const [bin, logsA] of binsA) {
        const logsB = binsB.get(bin);
        if (!logsB) continue;
        medA.set(bin, median(logsA));
        medB.set(bin, median(logsB));
        ratios.push(medB.get(bin)! - medA.get(bin)!);
      }
      if (ratios.length < 3) continue;
      matched = Math.max(matched, ratios.length);
      diffs.push(trimmedMean(ratios));
      const w = windowsOf([...medA.keys()].map((bin) => ({ bin, perRun: Math.min(binsA.get(bin)!.length, binsB.get(bin)!.length) })));
      // Each side's growth in this round, from its bin medians of log latency.
      const growthOf = (med: Map<number, number>) => {
        const m = w && windowMedians(med, w);
        return m ? { low: Math.exp(m.low), high: Math.exp(m.high), g: m.high - m.low } : null;
      };
      const ga = growthOf(medA);
      const gb = growthOf(medB);
      if (w && ga && gb) {
        windows = windows && windows.highN >= w.highN ? windows : w;
        growthDiffs.push(gb.g - ga.g);
        growthA.push(ga);
        growthB.push(gb);
      }
    }
    const change: PairedChange = { level: outcome(diffs, matched) };
    if (growthDiffs.length >= MIN_ROUNDS && windows) {
      change.growth = {
        ok: true,
        growth: {
          est: pairedEstimate(growthDiffs),
          baseRatio: Math.exp(mean(growthA.map((g) => Math.log(g.high / g.low)))),
          curRatio: Math.exp(mean(growthB.map((g) => Math.log(g.high / g.low)))),
          lowN: windows.lowN,
          highN: windows.highN,
          ...absoluteGuards(growthA, growthB),
        },
      };
    } else if (diffs.length > 0) {
      change.growth = { ok: false, reason: 'too few rounds span a range of n long enough to compare growth' };
    }
    out.set(bench, change);
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
    out.set(bench, { level: outcome(diffs, diffs.length) });
  }
  return out;
}
