/** The vocabulary of the compare stage (verdict names are fixed by DESIGN.md). */
import type { Order } from '../analysis/types.js';
import type { Better } from '../suite/protocol.js';

export const VERDICTS = ['unchanged', 'regressed', 'improved', 'scaling-regressed', 'scaling-improved', 'new', 'missing', 'failed', 'noisy'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface CompareOptions {
  /** Smallest relative change worth reporting (0.05 = 5%). */
  threshold: number;
  /** False discovery rate over the whole report (Benjamini–Hochberg). */
  alpha: number;
}

export const DEFAULT_OPTIONS: CompareOptions = { threshold: 0.05, alpha: 0.05 };

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
  /** True when a regression or scaling regression was found. */
  regressed: boolean;
}

export interface CompareReport {
  summary: CompareSummary;
  results: CompareResult[];
}
