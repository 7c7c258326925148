/**
 * Did a curve's growth change? Both sides' growth is measured over the n range they share (the two end
 * windows of src/analysis/growth.ts, on the common grid bins), run by run, and the change of growth is
 * log(current growth ÷ baseline growth) with an interval over runs: a comparison of what both sides
 * measured, not of two order labels.
 *
 * A constant cost added to every operation lowers the relative growth of a growing curve without
 * changing how it scales, and a machine that is uniformly slower raises the absolute growth without
 * changing the relative one. So a scaling verdict also asks the absolute growth (top level − bottom
 * level, in ns) to have moved the same way by a material amount: `absoluteUp` and `absoluteDown`.
 */
import { runGrowths, samplesPerRun, windowsOf } from '../analysis/growth.js';
import { mean } from '../analysis/stats.js';
import type { CurveSummary } from '../analysis/types.js';
import { sessionEstimate, type Estimate } from './estimate.js';
import type { CurveBins } from './levels.js';

/** A growth ratio that changes by less than this (relative) is the same growth. */
export const GROWTH_MARGIN = 0.25;

export interface GrowthChange {
  est: Estimate;
  /** Growth (top ÷ bottom) of each side over the common range, geometric mean over runs. */
  baseRatio: number;
  curRatio: number;
  lowN: number;
  highN: number;
  /** The absolute growth rose, or fell, by more than GROWTH_MARGIN of the baseline's bottom level. */
  absoluteUp: boolean;
  absoluteDown: boolean;
}

export type GrowthOutcome = { ok: true; growth: GrowthChange } | { ok: false; reason: string };

/** From per-run (or per-round) low and high levels of both sides: the guards on absolute growth. */
export function absoluteGuards(base: readonly { low: number; high: number }[], cur: readonly { low: number; high: number }[]): { absoluteUp: boolean; absoluteDown: boolean } {
  const abs = (rs: readonly { low: number; high: number }[]) => mean(rs.map((r) => r.high - r.low));
  const delta = abs(cur) - abs(base);
  const scale = GROWTH_MARGIN * mean(base.map((r) => r.low));
  return { absoluteUp: delta > scale, absoluteDown: -delta > scale };
}

export function curveGrowthChange(base: CurveSummary, bins: CurveBins): GrowthOutcome {
  const { base: b, cur: c } = bins;
  const common = [...b.keys()].filter((bin) => c.has(bin));
  // Samples a run in each common bin: the fewer of the two sides'.
  const w = windowsOf(common.map((bin) => ({ bin, perRun: Math.min(samplesPerRun(b.get(bin)!), samplesPerRun(c.get(bin)!)) })));
  if (!w) return { ok: false, reason: 'the range of n both sides measured is too short to compare growth' };
  const only = (m: Map<number, (typeof base.points)[number]>) => common.map((bin) => m.get(bin)!);
  const gb = runGrowths(only(b), w);
  const gc = runGrowths(only(c), w);
  if (gb.length < 2 || gc.length < 2) return { ok: false, reason: 'fewer than two runs on one side span the common range' };
  // Growth is a ratio within a run: whatever makes a session uniformly slower cancels in it, so no
  // spread between sessions is assumed for a one-session baseline.
  const sessions = base.sessions ? gb.map((g) => base.sessions![g.run] ?? 0) : undefined;
  const est = sessionEstimate(gb.map((g) => g.g), sessions, gc.map((g) => g.g), 0);
  return {
    ok: true,
    growth: {
      est,
      baseRatio: Math.exp(mean(gb.map((g) => g.g))),
      curRatio: Math.exp(mean(gc.map((g) => g.g))),
      lowN: w.lowN,
      highN: w.highN,
      ...absoluteGuards(gb, gc),
    },
  };
}
