/**
 * How a run against a stored baseline is read, in the order a maintainer needs it: what holds across
 * sessions (growth and orders, checked), which levels were judged and how, then what could not be
 * judged, grouped by cause, and how to judge it. The CLI (output.ts), the comment (report/markdown.ts)
 * and the page (report/html/) word the same reading; `name` writes a benchmark's name for each of them
 * (escaped for Markdown, plain for text). Side-by-side reports are not read this way. Pure.
 */
import { causeFigure, causeHeading, causeRemedy, CAUSES, type CauseKind } from './causes.js';
import { GROWTH_MARGIN } from './growth.js';
import type { CompareResult } from './types.js';
import { isAlarm, isScalingVerdict, VERDICT_INFO, VERDICTS } from './verdicts.js';

/** Benchmarks of one target that share a cause, with the figure each rests on. */
export interface CauseGroup {
  kind: CauseKind;
  benches: { bench: string; figure: string }[];
}

export interface TargetReading {
  target: string;
  /** Curves compared on both sides. */
  curves: number;
  /** Curves that kept their order, and whose growth did not move beyond 25%, or moved clearly but as a constant cost. */
  kept: number;
  /** Curves whose order or growth was not established (labels differ or growth moved unclearly), no scaling verdict. */
  unsettled: string[];
  /** Scaling verdicts: the changes of growth that were established. */
  scaling: CompareResult[];
  /** Benchmarks compared (on both sides, not failed). */
  compared: number;
  /** Levels decided: unchanged, regressed, improved. */
  judged: number;
  unchanged: number;
  /** Level alarms (regressed, improved). */
  alarms: CompareResult[];
  /** Undecided levels, grouped by cause, in the order of CAUSES. */
  groups: CauseGroup[];
  /** Undecided without a cause (a second measurement disagreed; a file older than causes): a line each. */
  alone: CompareResult[];
  /** Failed, new and missing benchmarks. */
  other: CompareResult[];
}

/** Whether a curve's growth moved beyond 25% without being called either way: its change was not established. */
export function growthUnsettled(r: CompareResult): boolean {
  if (!r.growth || isScalingVerdict(r.verdict)) return false;
  const d = Math.log1p(r.growth.change);
  const [lo, hi] = r.growth.ci;
  const bound = Math.log1p(GROWTH_MARGIN);
  const called = Math.log1p(lo) > bound || Math.log1p(hi) < -bound;
  return Math.abs(d) > bound && !called;
}

/** Whether the order labels differ where no scaling verdict says the scaling changed: shown as "order not established". */
export function orderUnsettled(r: CompareResult): boolean {
  return r.baselineOrder !== null && r.currentOrder !== null && r.baselineOrder !== r.currentOrder && !isScalingVerdict(r.verdict);
}

const severity = (a: CompareResult, b: CompareResult) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || a.bench.localeCompare(b.bench);

export function readTarget(results: readonly CompareResult[], target: string): TargetReading {
  const rs = results.filter((r) => r.target === target).sort(severity);
  const both = rs.filter((r) => VERDICT_INFO[r.verdict].about !== 'presence' && r.verdict !== 'failed');
  const curves = both.filter((r) => r.kind === 'curve');
  const scaling = curves.filter((r) => isScalingVerdict(r.verdict));
  const unsettled = curves.filter((r) => orderUnsettled(r) || growthUnsettled(r)).map((r) => r.bench);
  const undecided = both.filter((r) => r.verdict === 'noisy');
  const groups = CAUSES.map((kind) => ({
    kind,
    benches: undecided.filter((r) => r.cause?.kind === kind).map((r) => ({ bench: r.bench, figure: causeFigure(r.cause!) })),
  })).filter((g) => g.benches.length > 0);
  const judged = both.filter((r) => r.verdict === 'unchanged' || (isAlarm(r.verdict) && !isScalingVerdict(r.verdict)));
  return {
    target,
    curves: curves.length,
    kept: curves.length - scaling.length - unsettled.length,
    unsettled,
    scaling,
    compared: both.length,
    judged: judged.length,
    unchanged: judged.filter((r) => r.verdict === 'unchanged').length,
    alarms: judged.filter((r) => r.verdict !== 'unchanged'),
    groups,
    alone: undecided.filter((r) => r.cause === undefined),
    other: rs.filter((r) => !both.includes(r)),
  };
}

/** How a benchmark's name is written: escaped for Markdown, plain for text and for HTML before it escapes. */
export type Name = (bench: string) => string;
const plain: Name = (b) => b;

/** Names for a sentence: "fork", "fork and bind", "socket, fork and bind". */
export const listOf = (names: readonly string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
const curvesWord = (n: number): string => `${n} curve${n === 1 ? '' : 's'}`;

/** What holds across sessions: "8 of 9 curves kept their order and growth; not established for dir-create. No curve changed its scaling." */
export function growthSentence(r: TargetReading, name: Name = plain): string {
  if (r.curves === 0) return 'no curve to compare';
  const parts = [`${r.kept} of ${curvesWord(r.curves)} kept ${r.curves === 1 ? 'its' : 'their'} order and growth`];
  if (r.unsettled.length > 0) parts.push(`not established for ${listOf(r.unsettled.map(name))} (order or growth too scattered to compare; not a change)`);
  const changed = r.scaling.length === 0 ? 'no curve changed its scaling' : `${listOf(r.scaling.map((s) => `${name(s.bench)} ${VERDICT_INFO[s.verdict].name}`))}`;
  return `${parts.join('; ')}; ${changed}`;
}

/** Which levels were judged and how: "7 of 19 judged against the baseline's 3 sessions: 7 unchanged". */
export function levelSentence(r: TargetReading, how: string): string {
  const counts = [`${r.unchanged} unchanged`];
  for (const v of ['regressed', 'improved'] as const) {
    const n = r.alarms.filter((a) => a.verdict === v).length;
    if (n > 0) counts.push(`${n} ${v}`);
  }
  return `${r.judged} of ${r.compared} judged ${how}: ${counts.join(', ')}`;
}

/** One line for the benchmarks that share a cause: "the baseline's sessions disagree by more than the 5% threshold (12): fork ×1.6, bind ×1.3". */
export function groupSentence(g: CauseGroup, threshold: number, name: Name = plain): string {
  const items = g.benches.map((b) => (b.figure ? `${name(b.bench)} ${b.figure}` : name(b.bench)));
  return `${causeHeading(g.kind, threshold)} (${g.benches.length}): ${items.join(', ')}`;
}

/** How the undecided levels can be judged, one remedy per cause present. */
export function remedySentence(groups: readonly CauseGroup[]): string {
  // Each way once, in the order the causes first name it.
  const ways = [...new Set(groups.flatMap((g) => causeRemedy(g.kind)))];
  return ways.join('; or ');
}

/** Undecided levels in all. */
export function undecidedCount(r: TargetReading): number {
  return r.groups.reduce((n, g) => n + g.benches.length, 0) + r.alone.length;
}
