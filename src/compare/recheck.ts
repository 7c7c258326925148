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
