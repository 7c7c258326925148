/**
 * A second measurement of what raised an alarm against a stored baseline. A level or a growth can
 * differ from every session a baseline holds for reasons of the machine alone (measured in
 * docs/statistics.md: on this host every alarm identical code raised against a stored baseline was
 * gone in the next session, while an injected O(n) socket was caught again every time). So before an
 * alarm is reported, the benchmarks that raised one are measured once more, in a fresh run, and
 * compared with the same baseline: an alarm the second measurement repeats stands; one it does not
 * becomes `noisy`, with both measurements in its note. Pure.
 */
import { countVerdicts, type CompareReport, type CompareResult } from './types.js';
import { isAlarm, REGRESSIONS, VERDICTS, type Verdict } from './verdicts.js';

/** The verdicts that are alarms (verdicts.ts says which): what a second measurement is asked to repeat. */
export const ALARMS: ReadonlySet<Verdict> = new Set(VERDICTS.filter(isAlarm));

/** The benchmarks of `target` whose verdict is an alarm. */
export function alarmingBenches(report: CompareReport, target: string): string[] {
  return report.results.filter((r) => r.target === target && ALARMS.has(r.verdict)).map((r) => r.bench);
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

/** A change with its interval, for a note: "+31.2% [+24.0%, +38.9%]", or the verdict's own sentence when it has no level. */
function figure(r: CompareResult): string {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  if (r.change === null) return r.note;
  return `${pct(r.change)}${r.ci ? ` [${pct(r.ci[0])}, ${pct(r.ci[1])}]` : ''}`;
}

/**
 * One alarm judged by the same benchmark measured side by side, on this machine, with the commit the
 * baseline was made from. The side-by-side row replaces the stored comparison's (its numbers are the
 * code's change without the machine's), with both figures in its note: the same verdict confirms the
 * alarm; `unchanged` drops it (the machine moved, not the code); anything else leaves it undecided.
 */
function confirmed(first: CompareResult, beside: CompareResult | undefined, commit: string): CompareResult {
  if (!ALARMS.has(first.verdict)) return first;
  const short = commit.slice(0, 7);
  const stored = `against the stored baseline ${first.verdict} ${figure(first)}`;
  if (!beside) return { ...first, verdict: 'noisy', note: `not confirmed: ${stored}; side by side with the baseline's commit ${short} it was not measured` };
  const row = { ...beside, target: first.target, caution: null };
  if (beside.verdict === first.verdict) return { ...row, note: `${beside.note}; side by side with the baseline's commit ${short} on this machine, confirming ${stored}` };
  if (beside.verdict === 'unchanged') return { ...row, note: `dropped: ${stored}, but side by side with the baseline's commit ${short} on this machine ${figure(beside)}: the machine moved, not the code` };
  return { ...row, verdict: 'noisy', note: `not confirmed: ${stored}; side by side with the baseline's commit ${short} on this machine ${beside.verdict} ${figure(beside)}` };
}

/**
 * `first` (a run against a stored baseline) with each alarm judged again by `paired`: the alarming
 * benchmarks measured side by side with the baseline's commit on this machine (src/run/measure.ts).
 */
export function applyConfirmation(first: CompareReport, paired: CompareReport, commit: string): CompareReport {
  const results = first.results.map((r) => confirmed(r, paired.results.find((p) => p.bench === r.bench), commit));
  const verdicts = countVerdicts(results);
  return { summary: { ...first.summary, verdicts, regressed: REGRESSIONS.some((v) => verdicts[v] > 0) }, results };
}
