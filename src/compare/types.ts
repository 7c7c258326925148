/** The vocabulary of the compare stage: its options, one result per benchmark and target, and the report's summary. */
import type { Order } from '../analysis/types.js';
import type { Better } from '../suite/protocol.js';
import type { CalibrationFactor } from './calibration.js';
import type { Cause } from './causes.js';
import type { LevelReading } from './paired.js';
import { VERDICTS, type Verdict } from './verdicts.js';

// The verdicts, what each means and how each is written live in verdicts.ts; this contract names them too.
export { VERDICTS, type Verdict } from './verdicts.js';

/** How many results have each verdict (every verdict present, zero when none has it). */
export function countVerdicts(results: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of results) counts[r.verdict]++;
  return counts;
}

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
   * Relative spread of a benchmark's level between two sessions, assumed when a stored baseline holds
   * a single session and so cannot show it. Unset (the default), levels against a one-session baseline
   * are not judged: how much each benchmark moves between sessions is unknown, and on the development
   * host it ranged from 2% to a factor of 25 (docs/statistics.md). A baseline of several sessions
   * shows each benchmark's own; side by side needs none.
   */
  sessionNoise?: number;
  /**
   * Confidence level of the interval that must lie within ±threshold for `unchanged` (default
   * UNCHANGED_LEVEL, 0.90: two one-sided tests at 5% each).
   * A side-by-side run that looks more than once gives each look a share of its error
   * (src/compare/sequential.ts).
   */
  unchangedLevel?: number;
  /**
   * Side by side: how a curve's level is read in each round (default DEFAULT_READING: each bin's lower
   * decile, bins weighed by their samples up to BIN_WEIGHT_CAP; src/compare/paired.ts). For measuring
   * the choice (bench:signal, bench:sequential's SEQ_READING).
   */
  levelReading?: LevelReading;
}

/**
 * The one reading of a fraction the user writes (a threshold, a session spread): `0.05` or `5%`.
 * Undefined when it is not a number in [0, 1) (or (0, 1) when zero is not allowed); each front door
 * words its own sentence around that, naming its flag or input.
 */
export function fractionOf(value: string, allowZero = false): number | undefined {
  const text = value.trim();
  const v = text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (text === '' || text === '%' || !Number.isFinite(v) || v < 0 || (v === 0 && !allowZero) || v >= 1) return undefined;
  return v;
}

/** Whether compare normalizes by the calibration figure when not told; measured in docs/statistics.md. */
export const DEFAULT_CALIBRATE = false;

/**
 * The confidence of the interval a level must lie wholly within ±threshold to be `unchanged`: 90%, two
 * one-sided tests at 5% each (Schuirmann's TOST). A level that truly moved by the threshold or more is
 * called unchanged at most 5% of the time.
 */
export const UNCHANGED_LEVEL = 0.9;

export const DEFAULT_OPTIONS: CompareOptions = { threshold: 0.05, alpha: 0.05, calibrate: DEFAULT_CALIBRATE };

/** A level's change as estimated (src/compare/estimate.ts): on the log scale, with its standard error and t's degrees of freedom. */
export interface LevelEstimate {
  logChange: number;
  se: number;
  df: number;
}

export interface CompareResult {
  target: string;
  bench: string;
  kind: 'curve' | 'figure';
  verdict: Verdict;
  /** Relative change of the measured quantity, current ÷ baseline − 1 (latency for curves). */
  change: number | null;
  /** Interval of change at confidence level ciLevel: the interval the verdict followed. */
  ci: [number, number] | null;
  /**
   * The level `unchanged` is read at (UNCHANGED_LEVEL, 0.90, or a look's share: compare/sequential.ts),
   * or the multiplicity-adjusted level (1 − alpha·R/m over the report's m tests with R discoveries) for
   * a change that was called or whose interval lies beyond the threshold; 0.95 for a level shown beside
   * a scaling verdict.
   */
  ciLevel: number | null;
  baselineOrder: Order | null;
  currentOrder: Order | null;
  /**
   * Curves: growth (latency at the top of the common range ÷ at its bottom) of each side, and its change
   * (current ÷ baseline − 1) with the interval the verdict followed.
   */
  growth: { baseline: number; current: number; change: number; ci: [number, number]; lowN: number; highN: number } | null;
  /** Which direction is good for this benchmark. */
  better: Better;
  /**
   * p-value of "no change" of the level and its false-discovery-adjusted q-value across the report
   * (for a scaling verdict, q is that of the growth test: "the growth changed by less than 25%").
   */
  p: number | null;
  q: number | null;
  /** Half-width of the shown interval, relative: how precisely the change is known. */
  noise: number | null;
  /**
   * Set when constant factors come from different kinds of machine, or (on the one-CPU benchmarks'
   * rows only) when those were held to one CPU in the run or the baseline and not in the other.
   */
  caution: string | null;
  /** One sentence for people. */
  note: string;
  /**
   * Why the comparison could not be decided (a `noisy` verdict), with the figure it rests on
   * (src/compare/causes.ts); absent when it was decided, when a second measurement disagreed (the
   * note says so), and in files written before it existed.
   */
  cause?: Cause;
  /**
   * The estimate the level's interval is read from: log(current ÷ baseline), its standard error and the
   * degrees of freedom of its t, so that an interval at any level can be had (history records the 95%
   * one, src/history/record.ts). Absent when the level was not measured, and in older files.
   */
  estimate?: LevelEstimate;
  /**
   * Side by side: the rounds this verdict rests on. A run that measures undecided benchmarks further
   * (src/compare/sequential.ts) gives each its own; absent in stored comparisons and older files.
   */
  rounds?: number;
}

export interface CompareSummary {
  targets: number;
  benchmarks: number;
  threshold: number;
  alpha: number;
  /** Tests in the false-discovery family (level and growth comparisons). */
  tests: number;
  /** Confidence level of the intervals of called changes (Benjamini–Yekutieli: 1 − alpha·R/m). */
  adjustedLevel: number;
  verdicts: Record<Verdict, number>;
  /** Targets whose current run came from a different kind of machine than the baseline, or placed its one-CPU benchmarks otherwise. */
  machineMismatch: string[];
  /** Machine speed of each target's run against its baseline, from the calibration figure. */
  calibration: CalibrationFactor[];
  /**
   * Session-to-session spread assumed for the levels of a baseline that holds one session; null when
   * none was assumed (such levels are then not judged) and side by side.
   */
  sessionNoise: number | null;
  /**
   * Sessions each target's baseline holds (empty side by side). With two or more, levels are judged
   * against the spread between them; with one, only if `sessionNoise` was given.
   */
  baselineSessions: { target: string; sessions: number }[];
  /** Set when both sides were measured together on one machine, interleaved (`scalewatch ab`). */
  paired: { rounds: number; a: string; b: string } | null;
  /** True when a regression or scaling regression was found. */
  regressed: boolean;
  /**
   * What each measured target was compared with, as the measurement that made the report knew it
   * (`measureTarget`, `runAb`, `scalewatch report`): the report's list of targets says it from here.
   * Empty for a comparison of summaries alone (`scalewatch compare`); absent from files written
   * before it existed, and read as empty.
   */
  comparedWith: ComparedWith[];
}

/** What a side-by-side run spent, and what it may spend. */
export interface Spent {
  /** Looks taken. */
  looks: number;
  /** Rounds of the benchmark measured most. */
  rounds: number;
  /** Wall-clock seconds of the whole run. */
  seconds: number;
  /** The budget: rounds a benchmark may get, and seconds (null: no time limit). */
  maxRounds: number;
  budgetSec: number | null;
  /** True when the time budget left a benchmark open: it ended the run, or a stage set the benchmark aside. */
  outOfTime: boolean;
  /**
   * Open benchmarks a stage did not measure further because deciding them would not fit in the budget
   * left beside those cheaper to decide (chooseStage, src/compare/sequential.ts); absent in files
   * written before stages chose.
   */
  setAside?: string[];
}

/** One target's reference: the other side, measured in the same session, or a stored baseline. */
export interface ComparedWith {
  target: string;
  /**
   * Side by side: side A's name for people, the rounds every benchmark got, and what the run spent
   * measuring undecided benchmarks further (absent in files written before it existed).
   */
  side: { label: string; rounds: number; spent?: Spent } | null;
  /** Against a stored baseline: its file as the run named it, and whether there was one (without, every benchmark is new). */
  baseline: { path: string; found: boolean } | null;
  /** The second measurement of the benchmarks that raised an alarm against the baseline, when one ran. */
  recheck: RecheckFacts | null;
}

export interface RecheckFacts {
  /** The benchmarks measured again: those that raised an alarm. */
  benches: string[];
  /** Those whose alarm stands: the second measurement repeated it, or, interrupted, did not get to judge it. */
  repeated: string[];
  /**
   * Levels the stored baseline could not judge although this run put them beyond the threshold,
   * measured beside the baseline's commit with the alarms to decide them (side by side only, else empty;
   * a file written before they were measured is read as naming none).
   */
  undecided: string[];
  /** Of `undecided`, those side by side decided (regressed, improved, unchanged or a scaling verdict). */
  decided: string[];
  /**
   * Levels the stored baseline could not judge, beyond the threshold, that the measurement's time budget
   * left out (src/compare/recheck.ts, `confirmationPlan`): they stay undecided. A file written before the
   * budget chose them is read as naming none.
   */
  unmeasured: string[];
  interrupted: boolean;
  /**
   * The commit the alarms were measured beside, side by side on the same machine (the baseline's);
   * null when the baseline names none and they were measured again against the baseline itself.
   */
  beside: string | null;
}

export interface CompareReport {
  summary: CompareSummary;
  results: CompareResult[];
}
