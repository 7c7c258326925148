/**
 * Measured growth: how much a curve's latency rises (or falls) between the bottom and the top of its
 * range, read off the data rather than a fitted model. Per run, the level of the lowest fifth of the
 * range (in log n) and of the highest tenth, each the median of that run's bin medians there; the
 * growth of the run is their ratio. The top window is narrow because a fast-growing order (n²) does
 * almost all its growing in the last few bins; it still holds thousands of samples a run, since the
 * grid's bins widen with n. The bottom window is widened (up to a third of the range) until it holds
 * at least 24 samples a run, since a curve's first bins hold one or two n each. Runs are the unit of replication, so the interval is a t interval
 * over runs. This is what decides whether a curve grows at all and whether its growth changed; the
 * fitted orders name the shape. Pure.
 */
import { binOf, GRID_PER_DECADE } from './grid.js';
import { mean, median, tQuantile, variance } from './stats.js';
import type { GridPoint } from './types.js';

/** Shares of the log-n range that the low and the high window cover. */
export const LOW_SHARE = 0.2;
export const HIGH_SHARE = 0.1;
/** The low window grows until it holds this many samples a run, up to MAX_LOW_SHARE of the range. */
const MIN_LOW_SAMPLES = 24;
const MAX_LOW_SHARE = 1 / 3;
/** A growth measurement needs a range of at least this factor of n (bins apart on the grid: 6 ≈ 4×). */
const MIN_SPAN_BINS = 6;

export interface Windows {
  low: Set<number>;
  high: Set<number>;
  /** Representative n of each window (geometric middle of its bins). */
  lowN: number;
  highN: number;
}

/**
 * The two end windows over a set of grid bins (with the samples a run has in each), or null when the
 * range is too short to measure growth.
 */
export function windowsOf(entries: readonly { bin: number; perRun: number }[]): Windows | null {
  if (entries.length < 4) return null;
  const byBin = [...entries].sort((a, b) => a.bin - b.bin);
  const sorted = byBin.map((e) => e.bin);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const span = last - first;
  if (span < MIN_SPAN_BINS) return null;
  let lowEdge = first + span * LOW_SHARE;
  let inLow = 0;
  for (const e of byBin) {
    inLow += e.perRun;
    if (e.bin > lowEdge && e.bin <= first + span * MAX_LOW_SHARE && inLow - e.perRun < MIN_LOW_SAMPLES) lowEdge = e.bin;
  }
  const low = new Set(sorted.filter((b) => b <= lowEdge));
  const high = new Set(sorted.filter((b) => b >= last - Math.max(1, span * HIGH_SHARE)));
  const mid = (set: Set<number>): number => {
    const list = [...set];
    const lo = Math.max(1, Math.pow(10, Math.min(...list) / GRID_PER_DECADE));
    const hi = Math.pow(10, (Math.max(...list) + 1) / GRID_PER_DECADE);
    return Math.round(Math.sqrt(lo * hi));
  };
  return { low, high, lowN: mid(low), highN: mid(high) };
}

/** One run's growth: its levels at both ends (ns) and log(high ÷ low). */
export interface RunGrowth {
  low: number;
  high: number;
  g: number;
}

/**
 * Growth of each run over the windows, in run order; a run with no bin in one of the windows is left
 * out (its index is kept in `run`).
 */
export function runGrowths(points: readonly GridPoint[], w: Windows): (RunGrowth & { run: number })[] {
  const runs = Math.max(0, ...points.map((p) => p.runs.length));
  const out: (RunGrowth & { run: number })[] = [];
  for (let r = 0; r < runs; r++) {
    const levels: [number, number][] = [];
    for (const p of points) {
      const v = p.runs[r];
      if (v !== null && v !== undefined && v > 0) levels.push([binOf(p.n, GRID_PER_DECADE), v]);
    }
    const m = windowMedians(levels, w);
    if (m) out.push({ low: m.low, high: m.high, g: Math.log(m.high / m.low), run: r });
  }
  return out;
}

/**
 * The median of one run's per-bin levels in the low window and in the high window, on whatever scale
 * they come in; null when a window has no bin.
 */
export function windowMedians(levels: Iterable<readonly [number, number]>, w: Windows): { low: number; high: number } | null {
  const lo: number[] = [];
  const hi: number[] = [];
  for (const [bin, v] of levels) {
    if (w.low.has(bin)) lo.push(v);
    if (w.high.has(bin)) hi.push(v);
  }
  if (lo.length === 0 || hi.length === 0) return null;
  return { low: median(lo), high: median(hi) };
}

export interface MeasuredGrowth {
  /** Latency at the top of the range ÷ latency at the bottom (geometric mean over runs). */
  ratio: number;
  /** 95% interval of ratio over runs; null with one run. */
  ci: [number, number] | null;
  lowN: number;
  highN: number;
  runs: number;
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** A curve's measured growth over its own range, or null when the range is too short or no run spans it. */
/** Bins of grid points with their samples a run (the bin's count over the runs that have it). */
export function binEntries(points: readonly GridPoint[]): { bin: number; perRun: number }[] {
  return points.map((p) => ({ bin: binOf(p.n, GRID_PER_DECADE), perRun: samplesPerRun(p) }));
}

/** Samples a run has in a grid point: its count over the runs that measured it. */
export function samplesPerRun(p: GridPoint): number {
  return p.count / Math.max(1, p.runs.filter((v) => v !== null).length);
}

export function measureGrowth(points: readonly GridPoint[]): MeasuredGrowth | null {
  const w = windowsOf(binEntries(points));
  if (!w) return null;
  const gs = runGrowths(points, w).map((r) => r.g);
  if (gs.length === 0) return null;
  const m = mean(gs);
  let ci: [number, number] | null = null;
  if (gs.length >= 2) {
    const h = tQuantile(0.025, gs.length - 1) * Math.sqrt(variance(gs) / gs.length);
    ci = [round3(Math.exp(m - h)), round3(Math.exp(m + h))];
  }
  return { ratio: round3(Math.exp(m)), ci, lowN: w.lowN, highN: w.highN, runs: gs.length };
}

/** Growth below this (relative) is no growth: within what real flat curves wander by. */
export const SHOWN_GROWTH = 0.1;

/**
 * Does the data show growth? With two runs or more, the whole interval must lie above 1 + 10%; with
 * one run, the ratio must exceed 1 + 20%.
 */
export function growthShown(g: MeasuredGrowth | null): boolean {
  if (!g) return false;
  return g.ci ? g.ci[0] > 1 + SHOWN_GROWTH : g.ratio > 1 + 2 * SHOWN_GROWTH;
}

/** A verb for a growth ratio that says what the number says: grows, falls, or stays flat. */
export function growthVerb(ratio: number, past = false): string {
  const x = `×${ratio.toPrecision(3)}`;
  if (ratio > 1 + SHOWN_GROWTH) return `${past ? 'grew' : 'grows'} ${x}`;
  if (ratio < 1 / (1 + SHOWN_GROWTH)) return `${past ? 'fell' : 'falls'} to ${x}`;
  return `${past ? 'stayed' : 'stays'} flat (${x})`;
}

/** Does the data show the latency falling (the mirror of growthShown)? */
export function fallShown(g: MeasuredGrowth | null): boolean {
  if (!g) return false;
  return g.ci ? g.ci[1] < 1 / (1 + SHOWN_GROWTH) : g.ratio < 1 / (1 + 2 * SHOWN_GROWTH);
}
