/** The vocabulary of the analysis stage: scaling orders, grid summaries and findings. */
import type { Better } from '../suite/protocol.js';
import type { MeasuredGrowth } from './growth.js';

export type { MeasuredGrowth } from './growth.js';

/** The order names every output uses, from slowest-growing to fastest-growing. */
export const ORDERS = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)'] as const;
export type Order = (typeof ORDERS)[number];

export function orderRank(order: Order): number {
  return ORDERS.indexOf(order);
}

/**
 * One point of a curve's summary on the log-spaced grid (10 points a decade of n): every sample whose
 * n falls in the bin, pooled over runs, plus the median of each run on its own.
 */
export interface GridPoint {
  /** Representative n of the bin (geometric middle of the n seen in it). */
  n: number;
  median: number;
  q1: number;
  q3: number;
  count: number;
  /** Median of each run in this bin, in run order; null where that run has no sample here. */
  runs: (number | null)[];
}

export interface Step {
  /** First n at the new level. */
  n: number;
  /** Level after ÷ level before: below 1 is faster past n, above 1 slower. */
  factor: number;
}

export interface OrderFit {
  order: Order;
  /**
   * Exponent k of the growth term in ns ≈ a + b·n^k (fitted with its intercept), with a 95% profile
   * interval; null when the curve does not grow materially (k is then meaningless).
   */
  exponent: number | null;
  exponentCi: [number, number] | null;
  /** Relative growth of the fitted curve over the measured range: fitted(max n) ÷ fitted(min n) − 1. */
  growth: number;
  /** Residual sum of squares of the next simpler order ÷ that of the chosen one (≥ 1; 1 for O(1)). */
  margin: number;
  /** Akaike weight of the chosen order among the five (0–1): how sure the choice is. */
  support: number;
  /** The choice is clear enough to compare across runs (see docs/analysis.md for the rule). */
  confident: boolean;
  /**
   * The curve clearly grows, even if which growing order fits best is less sure: growth ≥ 20%, at
   * least 5 standard errors, and the flat fit at least 1.5× worse. False for O(1).
   */
  growthClear: boolean;
}

export interface Bimodal {
  /** Order of the faster and of the slower branch. */
  lower: Order;
  upper: Order;
  /** Share of samples on the slower branch where the branches are apart. */
  upperShare: number;
}

export interface Stopped {
  /** n of the error record, or the last n measured when the error gave none. */
  n: number | null;
  message: string;
}

export interface CurveFindings {
  /**
   * The scaling order: the fitted order when the measured growth shows that the curve grows, else O(1)
   * (an order is called only when the data shows it).
   */
  order: Order;
  fit: OrderFit;
  /**
   * Growth read off the data (latency at the top of the range ÷ at the bottom, with an interval over
   * runs); null when the range is too short. Absent in baselines written before it existed.
   */
  growth?: MeasuredGrowth | null;
  bimodal: Bimodal | null;
  steps: Step[];
  /** Upward steps of 10–100%: the signature of a structure outgrowing a cache. */
  dents: Step[];
  outliers: { count: number; share: number };
  /** Robust spread of one sample around its bin's median (log scale ≈ relative). */
  noise: number;
}

export interface CurveSummary {
  bench: string;
  kind: 'curve';
  runs: number;
  samples: number;
  minN: number;
  maxN: number;
  stopped: Stopped | null;
  points: GridPoint[];
  findings: CurveFindings | null;
  /**
   * Session of each run (index into the baseline's sessions), when a baseline holds several sessions;
   * absent: every run is of one session.
   */
  sessions?: number[];
}

export interface FigureSummary {
  bench: string;
  kind: 'figure';
  unit: string;
  better: Better;
  /** Every repetition, in run order. */
  values: number[];
  stopped: Stopped | null;
  /** Session of each repetition, as CurveSummary.sessions. */
  sessions?: number[];
}

export type BenchSummary = CurveSummary | FigureSummary;

/** Where a target was measured: what makes constant factors comparable or not. */
export interface Machine {
  os: string;
  release: string;
  arch: string;
  cpu: string;
  ncpu: number;
  driver: string | null;
  /** The file system the suite's scratch files lived on (ufs, zfs, hammer2, ffs, ext4, tmpfs…), when the suite said. */
  fs?: string;
  /**
   * How the driver held the one-CPU benchmarks (pipe, ctxswitch, connect, http) to one CPU: its command
   * words ("taskset -c 0"); absent when they ran on any CPU (a run made before scalewatch placed them,
   * OpenBSD, a host without the tool, one CPU).
   */
  oneCpu?: string;
}

export interface TargetSummary {
  target: string;
  machine: Machine;
  benchmarks: BenchSummary[];
}
