/**
 * A second measurement of what raised an alarm against a stored baseline. A level or a growth can
 * differ from every session a baseline holds for reasons of the machine alone (measured in
 * docs/statistics.md: on this host every alarm identical code raised against a stored baseline was
 * gone in the next session, while an injected O(n) socket was caught again every time). So before an
 * alarm is reported, the benchmarks that raised one are measured once more, in a fresh run, and
 * compared with the same baseline: an alarm the second measurement repeats stands; one it does not
 * becomes `noisy`, with both measurements in its note. Beside the baseline's commit, the levels the
 * stored baseline could not judge although this run puts them beyond the threshold are measured with
 * the alarms, and side by side decides them where it can. Pure.
 */
import { isMeasured, ratio, signedPct, type CauseKind } from './causes.js';
import { countVerdicts, type CompareReport, type CompareResult } from './types.js';
import { isAlarm, REGRESSIONS, VERDICTS, type Verdict } from './verdicts.js';

/** The verdicts that are alarms (verdicts.ts says which): what a second measurement is asked to repeat. */
export const ALARMS: ReadonlySet<Verdict> = new Set(VERDICTS.filter(isAlarm));

/** The benchmarks of `target` whose verdict is an alarm. */
export function alarmingBenches(report: CompareReport, target: string): string[] {
  return report.results.filter((r) => r.target === target && ALARMS.has(r.verdict)).map((r) => r.bench);
}

/** Why a level was left undecided that side by side can remove: the machine's moves, or too few sessions to know them. */
const LEVEL_CAUSES: ReadonlySet<CauseKind> = new Set(['session-spread', 'wide-interval', 'one-session']);

/**
 * The benchmarks of `target` whose level the stored baseline could not judge although this run
 * estimates it beyond ±threshold (or could not estimate it at all): a change may hide there, and side
 * by side with the baseline's commit on this machine can tell. A level estimated within the threshold
 * is left undecided: no change worth a report hides there, and measuring it costs time.
 */
export function undecidedBenches(report: CompareReport, target: string, threshold: number): string[] {
  return report.results
    .filter((r) => r.target === target && r.verdict === 'noisy' && r.cause && LEVEL_CAUSES.has(r.cause.kind) && (r.change === null || Math.abs(r.change) > threshold))
    .map((r) => r.bench);
}

/**
 * What a measurement beside the baseline's commit takes on, within its time budget. The alarms always:
 * an alarm is not reported on one measurement. Then the levels the stored baseline could not judge,
 * the most estimated change per second of measuring first (one it could not estimate last), each that
 * still fits: one slow benchmark whose level swings with the machine does not crowd out several quick
 * ones. A round of a benchmark, both sides, costs about the seconds this run spent on it (`secondsOf`;
 * measured over seven confirmations: 0.4 to 2 times per benchmark, 0.8 to 1.2 times summed,
 * docs/statistics.md), and the first look's `rounds` of everything taken must end within `share` of
 * `budgetSec`. A benchmark whose seconds are not known is priced at the mean of those that are.
 */
export function confirmationPlan(
  report: CompareReport,
  target: string,
  alarms: readonly string[],
  undecided: readonly string[],
  opts: { rounds: number; budgetSec: number; share: number; secondsOf: (bench: string) => number | undefined },
): { undecided: string[]; left: string[] } {
  const known = [...alarms, ...undecided].map(opts.secondsOf).filter((s): s is number => s !== undefined && Number.isFinite(s) && s >= 0);
  const mean = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 0;
  const cost = (bench: string) => opts.rounds * (opts.secondsOf(bench) ?? mean);
  // Each level's change per second, once: -1 for a change the run could not estimate, so it comes last.
  const worth = new Map(
    undecided.map((bench) => {
      const change = report.results.find((r) => r.target === target && r.bench === bench)?.change;
      const c = cost(bench);
      return [bench, change === null || change === undefined ? -1 : c > 0 ? Math.abs(change) / c : Infinity];
    }),
  );
  let room = opts.share * opts.budgetSec - alarms.reduce((sum, b) => sum + cost(b), 0);
  const taken = new Set<string>();
  for (const bench of [...undecided].sort((x, y) => worth.get(y)! - worth.get(x)!)) {
    if (cost(bench) > room) continue;
    taken.add(bench);
    room -= cost(bench);
  }
  return { undecided: undecided.filter((b) => taken.has(b)), left: undecided.filter((b) => !taken.has(b)) };
}

/** A time budget for people: "4-minute budget", "2.5-minute budget", "30-second budget". */
export function budgetWords(sec: number): string {
  return sec < 60 ? `${Math.max(1, Math.round(sec))}-second budget` : `${Number((sec / 60).toFixed(1))}-minute budget`;
}

function rechecked(first: CompareResult, second: CompareResult | undefined): CompareResult {
  if (!ALARMS.has(first.verdict)) return first;
  if (second?.verdict === first.verdict) return { ...first, note: `${first.note}; a second measurement repeated it` };
  const again = second ? `${second.verdict}${second.note ? ` (${second.note})` : ''}` : 'nothing (it did not measure this benchmark)';
  return { ...first, verdict: 'noisy', note: `not repeated: the first measurement said ${first.verdict} (${first.note}), a second said ${again}` };
}

/** `first` with each alarm checked against `second` (the same baseline, the alarming benchmarks measured again). */
export function applyRecheck(first: CompareReport, second: CompareReport): CompareReport {
  const results = first.results.map((r) => rechecked(r, second.results.find((s) => s.target === r.target && s.bench === r.bench)));
  const verdicts = countVerdicts(results);
  return { summary: { ...first.summary, verdicts, regressed: REGRESSIONS.some((v) => verdicts[v] > 0) }, results };
}

/**
 * A change with its interval, for a note: "+31.2% [+24.0%, +38.9%]" (the change alone when the interval
 * is too wide to be a measurement), or the verdict's own sentence when it has no level.
 */
function figure(r: CompareResult): string {
  if (r.change === null) return r.note;
  return `${signedPct(r.change)}${isMeasured(r.ci) ? ` [${signedPct(r.ci[0])}, ${signedPct(r.ci[1])}]` : ''}`;
}

/**
 * One alarm judged by the same benchmark measured side by side, on this machine, with the commit the
 * baseline was made from. The side-by-side row replaces the stored comparison's (its numbers are the
 * code's change without the machine's), with both figures in its note: the same verdict confirms the
 * alarm; `unchanged` drops it (the machine moved, not the code); anything else leaves it undecided.
 * A level the stored baseline left undecided (`undecided`: measured side by side for that) takes side
 * by side's verdict, whatever it is, with what the baseline could not judge in its note.
 */
function confirmed(first: CompareResult, beside: CompareResult | undefined, commit: string, undecided: boolean): CompareResult {
  const short = commit.slice(0, 7);
  if (undecided && !ALARMS.has(first.verdict)) {
    // What the stored baseline left undecided: side by side's verdict, with what the baseline said.
    if (!beside || beside.verdict === 'new' || beside.verdict === 'missing') return first;
    const spread = first.cause?.kind === 'session-spread' && first.cause.figure !== null ? `, its sessions ${ratio(first.cause.figure)} apart` : '';
    return { ...beside, target: first.target, caution: null, note: `${beside.note}; side by side with the baseline's commit ${short} on this machine (the stored baseline could not judge ${first.change === null ? 'it' : figure(first)}${spread})` };
  }
  if (!ALARMS.has(first.verdict)) return first;
  const stored = `against the stored baseline ${first.verdict} ${figure(first)}`;
  if (!beside) return { ...first, verdict: 'noisy', note: `not confirmed: ${stored}; side by side with the baseline's commit ${short} it was not measured` };
  const row = { ...beside, target: first.target, caution: null };
  if (beside.verdict === first.verdict) return { ...row, note: `${beside.note}; side by side with the baseline's commit ${short} on this machine, confirming ${stored}` };
  if (beside.verdict === 'unchanged') return { ...row, note: `dropped: ${stored}, but side by side with the baseline's commit ${short} on this machine ${figure(beside)}: the machine moved, not the code` };
  return { ...row, verdict: 'noisy', note: `not confirmed: ${stored}; side by side with the baseline's commit ${short} on this machine ${beside.verdict} ${figure(beside)}` };
}

/**
 * `first` (a run against a stored baseline) with each alarm judged again by `paired`, and each level of
 * `undecided` (a target's benchmarks the stored baseline could not judge) judged by it: those
 * benchmarks measured side by side with the baseline's commit on this machine (src/run/measure.ts).
 * The levels of `left` did not fit the budget (`confirmationPlan`): they keep the stored verdict, and
 * their note says so.
 */
export function applyConfirmation(first: CompareReport, paired: CompareReport, commit: string, undecided?: { target: string; benches: readonly string[]; left?: readonly string[]; budgetSec?: number }): CompareReport {
  const open = (r: CompareResult) => r.target === undecided?.target && undecided.benches.includes(r.bench);
  const left = (r: CompareResult) => r.target === undecided?.target && (undecided.left ?? []).includes(r.bench);
  const budget = undecided?.budgetSec === undefined ? 'its time budget' : `its ${budgetWords(undecided.budgetSec)}`;
  // Nothing measured beside at all: the budget went nowhere, it was too short for any of them.
  const why = paired.results.length === 0 ? `measuring it would take more than ${budget}` : `${budget} went to levels that moved more for the time they take`;
  const results = first.results.map((r) =>
    left(r)
      ? { ...r, note: `${r.note}; not measured beside the baseline's commit ${commit.slice(0, 7)}: ${why}` }
      : confirmed(r, paired.results.find((p) => p.bench === r.bench), commit, open(r)),
  );
  const verdicts = countVerdicts(results);
  return { summary: { ...first.summary, verdicts, regressed: REGRESSIONS.some((v) => verdicts[v] > 0) }, results };
}
