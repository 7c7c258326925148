/**
 * Constant-factor and growth changes of an interleaved A/B run (`scalewatch ab`). Both sides were
 * measured on the same machine in rounds, A and B next to each other in time, in random order, so
 * whatever slowed the machine in one round slowed both sides alike. Each round therefore gives one
 * paired difference of log levels, B's minus A's, and the change is their trimmed mean with Yuen's
 * interval over the rounds (src/compare/estimate.ts pairedEstimate). Run index = round index in both
 * results files (ab writes them so).
 *
 * For a curve, a round's level difference is the trimmed mean over the grid bins both sides measured
 * in that round of log(B's lower decile ÷ A's lower decile) (LEVEL_QUANTILE), each bin weighed by its
 * samples up to BIN_WEIGHT_CAP, and its growth difference
 * is log(B's growth ÷ A's growth) over those bins, from their medians; for a figure, the log ratio of
 * the round's medians.
 *
 * This reads the samples, not the analysis's grid: pairing needs each round's bin medians at full
 * precision (the grid's per-run medians are rounded to four significant digits for the baseline file)
 * and each round's samples per bin (where the growth windows may start), which the grid pools.
 */
import { windowMedians, windowsOf, type Windows } from '../analysis/growth.js';
import { binOf, GRID_PER_DECADE, logNs } from '../analysis/grid.js';
import { mean, median, quantileSorted } from '../analysis/stats.js';
import type { ResultSet } from '../suite/protocol.js';
import { pairedEstimate } from './estimate.js';
import { absoluteGuards, type GrowthOutcome } from './growth.js';
import { levelOf, weightedTrimmedMean, type LevelOutcome } from './levels.js';

/** Rounds with both sides measured that a paired comparison needs at least. */
export const MIN_ROUNDS = 3;

/**
 * Where in a bin's latencies a curve's paired level is read: the lower decile, not the median. The
 * calls a machine slows (a wakeup, a flush, the other CPU's cache traffic) are the slow ones; the
 * fast ones are the operation itself. On this host's side-by-side sessions the round-to-round spread
 * of the level difference fell from 20.1% to 13.5% (fork), 26.7% to 21.2% (fork-static), 8.3% to 7.1%
 * (socket), and more identical benchmarks came out unchanged (docs/statistics.md, "What makes a
 * round carry more signal"; npm run bench:signal). A change that slows only the slow calls moves the median and not this:
 * the growth, read from medians, still sees it where it grows with n.
 */
export const LEVEL_QUANTILE = 0.1;

/**
 * How much one grid bin counts in a curve's level difference of a round: as many samples as the side
 * with fewer has there, up to this many. A bin at small n holds one to a few samples a round, and its
 * lower decile is then one call's latency; a bin at large n holds hundreds. Counted alike (as until
 * 2026-12-04), the few-sample bins set most of a round's scatter; weighed so, the round-to-round
 * spread of the level difference fell on every curve of the evening's 17 sessions (npm run
 * bench:signal: fork 12.8% to 10.1%, dir-create 44% to 20%) and more identical benchmarks came out unchanged
 * (docs/statistics.md, "Bins weighed by their samples"). The cap keeps the many-sample bins of large
 * n from outvoting the rest: past it, a bin's own scatter from round to round is the machine's, which
 * more samples do not shrink. 1 counts every bin alike.
 */
export const BIN_WEIGHT_CAP = 64;

/** The `q` quantile of a bin's log latencies. */
function binLevel(logs: readonly number[], q: number): number {
  return q === 0.5 ? median(logs) : quantileSorted(Float64Array.from(logs).sort(), q);
}

/** How a curve's level is read side by side: the quantile of each bin, and the cap of a bin's weight (BIN_WEIGHT_CAP). */
export interface LevelReading {
  quantile: number;
  binWeightCap: number;
}

export const DEFAULT_READING: LevelReading = { quantile: LEVEL_QUANTILE, binWeightCap: BIN_WEIGHT_CAP };

/** The lower decile with every bin counted alike: how side by side read a curve's level until 2026-12-04 (for the scripts that compare the two). */
export const BINS_ALIKE: LevelReading = { quantile: LEVEL_QUANTILE, binWeightCap: 1 };

/**
 * A curve's level difference in one round, B's minus A's: the weighted trimmed mean over the bins both
 * measured of their quantile differences, each bin weighed by its samples (BIN_WEIGHT_CAP); null under three bins.
 */
function roundLevel(binsA: ReadonlyMap<number, number[]>, binsB: ReadonlyMap<number, number[]>, reading: LevelReading): { diff: number; bins: number } | null {
  const ratios: number[] = [];
  const weights: number[] = [];
  for (const [bin, logsA] of binsA) {
    const logsB = binsB.get(bin);
    if (!logsB) continue;
    ratios.push(binLevel(logsB, reading.quantile) - binLevel(logsA, reading.quantile));
    weights.push(Math.max(1, Math.min(logsA.length, logsB.length, reading.binWeightCap)));
  }
  return ratios.length < 3 ? null : { diff: weightedTrimmedMean(ratios, weights), bins: ratios.length };
}

/**
 * Each benchmark's level difference round by round (B's minus A's, as pairedChanges pairs them):
 * bench → round → log ratio. For scripts that study what moves a round (bench:signal).
 */
export function roundLevels(a: ResultSet, b: ResultSet, reading: LevelReading = DEFAULT_READING): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const cb = curveRounds(b);
  for (const [bench, roundsA] of curveRounds(a)) {
    const roundsB = cb.get(bench);
    if (!roundsB) continue;
    const m = new Map<number, number>();
    for (const [round, binsA] of roundsA) {
      const binsB = roundsB.get(round);
      const r = binsB && roundLevel(binsA, binsB, reading);
      if (r) m.set(round, r.diff);
    }
    out.set(bench, m);
  }
  for (const [bench, m] of figureLevels(a, b)) out.set(bench, m);
  return out;
}

/** Each figure's level difference round by round: the log ratio of the round's medians, B's over A's. */
function figureLevels(a: ResultSet, b: ResultSet): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  const fb = figureRounds(b);
  for (const [bench, roundsA] of figureRounds(a)) {
    const roundsB = fb.get(bench);
    if (!roundsB) continue;
    const m = new Map<number, number>();
    for (const [round, va] of roundsA) {
      const vb = roundsB.get(round);
      if (vb) m.set(round, Math.log(median(vb)) - Math.log(median(va)));
    }
    out.set(bench, m);
  }
  return out;
}

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
export function pairedChanges(a: ResultSet, b: ResultSet, reading: LevelReading = DEFAULT_READING): Map<string, PairedChange> {
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
      const level = roundLevel(binsA, binsB, reading);
      if (!level) continue;
      matched = Math.max(matched, level.bins);
      diffs.push(level.diff);
      const medA = new Map<number, number>();
      const medB = new Map<number, number>();
      for (const [bin, logsA] of binsA) {
        const logsB = binsB.get(bin);
        if (!logsB) continue;
        medA.set(bin, median(logsA));
        medB.set(bin, median(logsB));
      }
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
  for (const [bench, rounds] of figureLevels(a, b)) {
    const diffs = [...rounds.values()];
    out.set(bench, { level: outcome(diffs, diffs.length) });
  }
  return out;
}
