/** The vocabulary of the compare stage (verdict names are fixed by DESIGN.md). */
import type { Order } from '../analysis/types.js';
import type { Better } from '../suite/protocol.js';
import type { CalibrationFactor } from './calibration.js';

export const VERDICTS = ['unchanged', 'regressed', 'improved', 'scaling-regressed', 'scaling-improved', 'new', 'missing', 'failed', 'noisy'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface CompareOptions {
  /** Smallest relative change worth reporting (0.05 = 5%). */
  threshold: number;
  /** False discovery rate over the whole report (Benjamini–Hochberg). */
  alpha: number;
  /**
   * Normalize the current run for machine speed with the calibration figure before comparing levels
   * (src/compare/calibration.ts). Default: DEFAULT_CALIBRATE, chosen by docs/statistics.md.
   */
  calibrate?: boolean;
  /**
   * Relative spread of a benchmark's level between two sessions on one machine (runs of one session
   * cannot show it), added to the uncertainty of comparisons with a stored baseline; not to side-by-side
   * ones. Default: DEFAULT_SESSION_NOISE, measured in docs/statistics.md.
   */
  sessionNoise?: number;
}

/** Session-to-session spread assumed for stored baselines when not told; measured in docs/statistics.md. */
export const DEFAULT_SESSION_NOISE = 0;

/** Whether compare normalizes by the calibration figure when not told; measured in docs/statistics.md. */
export const DEFAULT_CALIBRATE = false;

export const DEFAULT_OPTIONS: CompareOptions = { threshold: 0.05, alpha: 0.05, calibrate: DEFAULT_CALIBRATE, sessionNoise: DEFAULT_SESSION_NOISE };

export interface CompareResult {
  target: string;
  bench: string;
  kind: 'curve' | 'scalar';
  verdict: Verdict;
  /** Relative change of the measured quantity, current ÷ baseline − 1 (latency for curves). */
  change: number | null;
  /** 95% interval of change. */
  ci: [number, number] | null;
  baselineOrder: Order | null;
  currentOrder: Order | null;
  /** Which direction is good for this benchmark. */
  better: Better;
  /** p-value of "no change" and its false-discovery-adjusted q-value across the report. */
  p: number | null;
  q: number | null;
  /** Half-width of the interval, relative: how precisely the change is known. */
  noise: number | null;
  /** Set when constant factors come from different kinds of machine. */
  caution: string | null;
  /** One sentence for people. */
  note: string;
}

export interface CompareSummary {
  targets: number;
  benchmarks: number;
  threshold: number;
  alpha: number;
  /** Tests in the false-discovery family (level comparisons with a p-value). */
  tests: number;
  verdicts: Record<Verdict, number>;
  /** Targets whose current run came from a different kind of machine than the baseline. */
  machineMismatch: string[];
  /** Machine speed of each target's run against its baseline, from the calibration figure. */
  calibration: CalibrationFactor[];
  /** Session-to-session spread added to the level uncertainties (null for a side-by-side comparison). */
  sessionNoise: number | null;
  /** Set when both sides were measured together on one machine, interleaved (`scalewatch ab`). */
  paired: { rounds: number; a: string; b: string } | null;
  /** True when a regression or scaling regression was found. */
  regressed: boolean;
}

export interface CompareReport {
  summary: CompareSummary;
  results: CompareResult[];
}
