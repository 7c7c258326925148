/**
 * `scalewatch bisect`, its decisions: which commit to measure next, and what a step's comparison says
 * of it. Every step measures a commit side by side with the good commit on the same machine, so each
 * answer is "like good" or "like bad" from one paired comparison, never from levels of two sessions.
 * Pure.
 */
import type { CompareReport, CompareResult } from '../compare/types.js';
import { isAlarm } from '../compare/verdicts.js';

/** What a step found of a commit, measured beside the good one. */
export type Answer = 'bad' | 'good' | 'undecided' | 'skipped';

/** The benchmark the search follows: the one whose change between good and bad is largest among those called. */
export interface Key {
  bench: string;
  target: string;
  verdict: CompareResult['verdict'];
  /** Its change from good to bad, and the interval. */
  change: number;
  ci: [number, number] | null;
}

/**
 * The benchmark a bisection follows, from the comparison of bad beside good: of the changes called
 * (regressed, improved, scaling-*), the largest. Undefined when none was called: good and bad do
 * not differ on what was measured.
 */
export function keyOf(report: CompareReport): Key | undefined {
  const called = report.results.filter((r) => isAlarm(r.verdict) && r.change !== null);
  if (called.length === 0) return undefined;
  const r = called.reduce((a, b) => (Math.abs(b.change!) > Math.abs(a.change!) ? b : a));
  return { bench: r.bench, target: r.target, verdict: r.verdict, change: r.change!, ci: r.ci };
}

/**
 * What a commit measured beside good says, for the key benchmark: `bad` when it shows the key's
 * verdict, `good` when it is unchanged or called the other way, and `undecided` otherwise (the run
 * measured more rounds and still could not say) — then the nearer of the two estimates decides,
 * which `lean` gives, and the step says it leaned.
 */
export function answerOf(report: CompareReport, key: Key): { answer: Answer; lean?: 'bad' | 'good'; result?: CompareResult } {
  const r = report.results.find((x) => x.bench === key.bench && x.target === key.target);
  if (!r || r.verdict === 'failed' || r.verdict === 'missing') return { answer: 'skipped', ...(r ? { result: r } : {}) };
  if (r.verdict === key.verdict) return { answer: 'bad', result: r };
  if (r.verdict === 'unchanged' || (isAlarm(r.verdict) && r.verdict !== key.verdict)) return { answer: 'good', result: r };
  // Undecided: the estimate nearer to bad's change than to no change leans bad.
  const lean = r.change !== null && Math.abs(r.change - key.change) < Math.abs(r.change) ? 'bad' : 'good';
  return { answer: 'undecided', lean, result: r };
}

/**
 * The state of a search over `commits` (oldest first; the last is bad, good is just before the
 * first): the indices known good (−1: the good commit itself) and known bad, and those skipped.
 */
export interface Search {
  commits: readonly string[];
  good: number;
  bad: number;
  skipped: ReadonlySet<number>;
}

export function startSearch(commits: readonly string[]): Search {
  return { commits, good: -1, bad: commits.length - 1, skipped: new Set() };
}

/**
 * The next commit to measure: the middle of what is left between good and bad, or the nearest to it
 * not skipped; undefined when the first bad commit is known (nothing left between), or when every
 * commit between was skipped (then the first bad one is among those skipped, and the search says so).
 */
export function nextIndex(s: Search): number | undefined {
  const open: number[] = [];
  for (let i = s.good + 1; i < s.bad; i++) if (!s.skipped.has(i)) open.push(i);
  if (open.length === 0) return undefined;
  const mid = (s.good + s.bad) / 2;
  return open.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
}

/** The search after a step's answer (an undecided step goes the way it leaned). */
export function advance(s: Search, index: number, answer: 'bad' | 'good' | 'skipped'): Search {
  if (answer === 'skipped') return { ...s, skipped: new Set([...s.skipped, index]) };
  return answer === 'bad' ? { ...s, bad: index } : { ...s, good: index };
}

/** Sessions a search over n commits takes when every step decides: the check of good against bad, and ⌈log₂ n⌉. */
export function sessionsFor(n: number): number {
  return 1 + (n <= 1 ? 0 : Math.ceil(Math.log2(n)));
}
