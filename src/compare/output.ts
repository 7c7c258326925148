/**
 * What `scalewatch compare` prints: the JSON of a CompareReport (`{"summary", "results"}`, src/compare/report-file.ts) and a text a
 * maintainer reads in ten seconds: one headline, then only what needs attention, per target.
 */
import type { CalibrationFactor } from './calibration.js';
import { isMeasured, MOST_ROUNDS_WORDS } from './causes.js';
import type { CompareReport, CompareResult, RecheckFacts, Spent } from './types.js';
import { groupSentence, growthSentence, growthUnsettled, levelSentence, listOf, orderUnsettled, readTarget, remedySentence, undecidedCount } from './reading.js';
import { VERDICT_INFO, VERDICTS } from './verdicts.js';

/** One line on machine speed: how the calibration figure moved, and whether levels were normalized by it. */
export function describeCalibration(c: CalibrationFactor): string {
  const d = c.speed - 1;
  const how = Math.abs(d) < 0.0005 ? 'as fast as' : `${Math.abs(d * 100).toFixed(1)}% ${d > 0 ? 'faster than' : 'slower than'}`;
  const what = c.applied ? `levels normalized by ×${c.speed.toFixed(3)}` : 'levels not normalized';
  return `machine speed (calib ${c.current.toFixed(0)} against ${c.baseline.toFixed(0)} MB/s): this run ${how} the baseline's; ${what}`;
}

/** The longest verdict's length: the column of verdicts lines up whichever are shown. */
const VERDICT_WIDTH = Math.max(...VERDICTS.map((v) => v.length));

function line(r: CompareResult, width: number, indent = '  ', firstRounds?: number): string {
  // A scaling verdict's note names the orders itself; labels that differ without one are no change of
  // order, and the note of a growth not established says so itself.
  const orders = orderUnsettled(r) && !growthUnsettled(r) ? 'order not established; ' : '';
  // Side by side, a benchmark measured further than the first rounds says how many its verdict rests on.
  const rounds = r.rounds !== undefined && firstRounds !== undefined && r.rounds !== firstRounds ? ` (${r.rounds} rounds)` : '';
  return `${indent}${VERDICT_INFO[r.verdict].cliMark} ${r.bench.padEnd(width)}  ${r.verdict.padEnd(VERDICT_WIDTH)}  ${orders}${r.note}${rounds}${r.caution ? ' ⚠' : ''}`;
}

/** One line on what the levels were judged against: the baseline's sessions, or an assumed spread. */
export function describeSessions(sessions: number, assumed: number | null): string {
  if (sessions >= 2) return `baseline of ${sessions} sessions: each level is judged against how much it moved between them`;
  if (assumed !== null) return `baseline of 1 session: levels assume ±${(assumed * 100).toFixed(0)}% between sessions`;
  return 'baseline of 1 session: levels are not judged, since how much each moves between sessions is unknown; growth and orders are (add sessions: docs/baselines.md)';
}

const minutes = (sec: number): string => (sec < 60 ? `${Math.round(sec)} s` : `${(sec / 60).toFixed(1)} min`);

/**
 * For people: the rounds of a side-by-side run and what it spent on undecided benchmarks, e.g.
 * "10 rounds in 4.5 min" (everything decided at the first look) or "10 rounds, then up to 40 for the
 * undecided, 3 looks in 7.4 min of a 10.0 min budget; dir-create and fork not measured further,
 * deciding them would not fit in it".
 */
export function describeRounds(side: { rounds: number; spent?: Spent }): string {
  const sp = side.spent;
  if (!sp) return `${side.rounds} rounds`;
  if (sp.looks <= 1) return `${side.rounds} rounds in ${minutes(sp.seconds)}${sp.outOfTime ? `, the ${minutes(sp.budgetSec ?? 0)} budget left no time for more` : ''}`;
  const aside = sp.setAside ?? [];
  const spentWords = aside.length > 0 ? `; ${listOf(aside)} not measured further, deciding ${aside.length === 1 ? 'it' : 'them'} would not fit in it` : sp.outOfTime ? ', all spent' : '';
  const budget = sp.budgetSec === null ? '' : ` of a ${minutes(sp.budgetSec)} budget${spentWords}`;
  return `${side.rounds} rounds, then up to ${sp.rounds} for the undecided, ${sp.looks} looks in ${minutes(sp.seconds)}${budget}`;
}

/**
 * How precisely a target's levels were read side by side: the median half-width of their intervals,
 * e.g. "; levels known to ±1.8% (median of 19)". Empty when none was measured.
 */
export function describePrecision(results: readonly CompareResult[]): string {
  const widths = results.filter((r) => r.noise !== null && isMeasured(r.ci)).map((r) => r.noise!).sort((a, b) => a - b);
  if (widths.length === 0) return '';
  const mid = widths.length % 2 ? widths[(widths.length - 1) / 2]! : (widths[widths.length / 2 - 1]! + widths[widths.length / 2]!) / 2;
  return `; levels known to ±${(mid * 100).toFixed(1)}% (median of ${widths.length})`;
}

/**
 * For people: what the second measurement did, e.g. "2 alarms measured again side by side with the
 * baseline's commit 1a2b3c4 on this machine, 1 repeated (socket)", or "5 levels the baseline could
 * not judge measured side by side with its commit 1a2b3c4 on this machine, 4 decided; 2 more levels it
 * could not judge left undecided, beyond the time budget (dir-create, build)".
 */
export function describeRecheck(r: RecheckFacts): string {
  const n = r.benches.length;
  const m = r.undecided.length;
  const kept = r.repeated.length ? `${r.repeated.length} repeated (${r.repeated.join(', ')})` : 'none repeated';
  const commit = r.beside?.slice(0, 7);
  const how = commit ? `measured again side by side with the baseline's commit ${commit} on this machine` : 'measured a second time against the baseline (it names no commit to measure beside)';
  const alarms = n ? `${n} alarm${n === 1 ? '' : 's'} ${how}${r.interrupted ? ' (interrupted: they stand on one measurement)' : `, ${kept}`}` : '';
  const open = m
    ? `${m} level${m === 1 ? '' : 's'} the baseline could not judge ${n ? 'measured with them' : `measured side by side with its commit ${commit ?? ''} on this machine`}${r.interrupted ? ' (interrupted: left undecided)' : `, ${r.decided.length === m ? (m === 1 ? 'decided' : 'all decided') : `${r.decided.length} decided`}`}`
    : '';
  const u = r.unmeasured.length;
  const out = u ? `${u} more level${u === 1 ? '' : 's'} it could not judge left undecided, beyond the time budget (${r.unmeasured.join(', ')})` : '';
  return [alarms, open, out].filter(Boolean).join('; ');
}

/**
 * For the report's list of targets: what a target's constant factors were judged against (the other
 * side, or a baseline with its sessions and machine speed) and what a second measurement did; undefined
 * when the report does not say (a comparison of summaries alone).
 */
export function describeReference(report: CompareReport, target: string): string | undefined {
  const s = report.summary;
  const w = s.comparedWith.find((c) => c.target === target);
  if (!w) return undefined;
  const parts: string[] = [];
  if (w.side) parts.push(`compared side by side with ${w.side.label} on the same machine (${describeRounds(w.side)}, interleaved)${describePrecision(report.results.filter((r) => r.target === target))}`);
  else if (w.baseline && !w.baseline.found) parts.push(`no baseline at ${w.baseline.path} yet`);
  else if (w.baseline) {
    const calib = s.calibration.find((c) => c.target === target);
    const sessions = s.baselineSessions.find((b) => b.target === target)?.sessions;
    parts.push(`compared with ${w.baseline.path}`);
    if (sessions !== undefined) parts.push(describeSessions(sessions, s.sessionNoise));
    if (calib) parts.push(describeCalibration(calib));
  }
  if (w.recheck) parts.push(describeRecheck(w.recheck));
  return parts.length ? parts.join('; ') : undefined;
}

export function renderComparison(report: CompareReport): string {
  const s = report.summary;
  const counts = VERDICTS.filter((v) => s.verdicts[v] > 0).map((v) => `${s.verdicts[v]} ${v}`);
  const lines = [
    `Compared ${s.benchmarks} benchmark${s.benchmarks === 1 ? '' : 's'} on ${s.targets} target${s.targets === 1 ? '' : 's'} at a ${(s.threshold * 100).toFixed(0)}% threshold (false discovery rate ${(s.alpha * 100).toFixed(0)}%): ${counts.join(', ') || 'nothing'}.`,
  ];
  if (s.paired) {
    const side = s.comparedWith.find((c) => c.side)?.side;
    lines.push(`Side by side on one machine: A = ${s.paired.a}, B = ${s.paired.b}; ${side ? describeRounds(side) : `${s.paired.rounds} rounds`}, each benchmark's A and B adjacent in random order; changes are B against A, paired round by round.`);
  }
  const targets = [...new Set(report.results.map((r) => r.target))];
  if (!s.paired) {
    for (const t of targets) lines.push('', ...storedTarget(report, t));
    return `${lines.join('\n')}\n`;
  }
  for (const t of targets) {
    const rs = report.results.filter((r) => r.target === t).sort((a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
    const shown = rs.filter((r) => r.verdict !== 'unchanged');
    const quiet = rs.length - shown.length;
    lines.push('', `${t}: ${shown.length === 0 ? 'all' : quiet} unchanged${shown.length === 0 ? ` (${rs.length})` : ''}`);
    const caution = rs.find((r) => r.caution)?.caution;
    if (caution) lines.push(`  ⚠ ${caution}; level verdicts marked ⚠ carry that caution (orders do not).`);
    const width = Math.max(8, ...shown.map((r) => r.bench.length));
    for (const r of shown) lines.push(line(r, width, '  ', s.paired.rounds));
    const more = moreRounds(rs);
    if (more) lines.push(`  ${more}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Side by side, what more rounds would decide, from the undecided levels' projections (a cause's
 * `rounds`): "More rounds: fork and bind would be decided by about 120 (--bench fork,bind --rounds 120
 * --max-rounds 120); dir-create not by 1,000." Undefined when no level has a projection.
 */
export function moreRounds(rs: readonly CompareResult[]): string | undefined {
  const open = rs.filter((r) => r.verdict === 'noisy' && r.cause?.rounds !== undefined);
  if (open.length === 0) return undefined;
  const can = open.filter((r) => r.cause!.rounds !== null);
  const cannot = open.filter((r) => r.cause!.rounds === null).map((r) => r.bench);
  const parts: string[] = [];
  if (can.length > 0) {
    const n = Math.max(...can.map((r) => r.cause!.rounds!));
    const names = can.map((r) => r.bench);
    parts.push(`${listOf(names)} would be decided by about ${n} if ${names.length === 1 ? 'its' : 'their'} spread holds (--bench ${names.join(',')} --rounds ${n} --max-rounds ${n})`);
  }
  if (cannot.length > 0) parts.push(`${listOf(cannot)} not by ${MOST_ROUNDS_WORDS}`);
  return `More rounds: ${parts.join('; ')}.`;
}

/** How levels were judged against a stored baseline, for the sentence on levels. */
export function judgedHow(sessions: number | undefined, assumed: number | null): string {
  if (sessions === undefined) return 'against the baseline';
  if (sessions >= 2) return `against the spread of the baseline's ${sessions} sessions`;
  return assumed !== null ? `assuming ±${(assumed * 100).toFixed(0)}% between sessions` : 'against a baseline of one session';
}

/**
 * One target of a run against a stored baseline, in the order of reading.ts: what holds across
 * sessions, the levels judged, what could not be judged and how to judge it, then what was not compared.
 */
function storedTarget(report: CompareReport, t: string): string[] {
  const s = report.summary;
  const r = readTarget(report.results, t);
  const shown = [...r.scaling, ...r.alarms, ...r.alone, ...r.other];
  const width = Math.max(8, ...shown.map((x) => x.bench.length));
  const sessions = s.baselineSessions.find((b) => b.target === t)?.sessions;
  const out = [`${t}: ${r.unchanged} of ${r.compared} unchanged`];
  const calib = s.calibration.find((c) => c.target === t);
  if (calib) out.push(`  ${describeCalibration(calib)}`);
  if (sessions !== undefined) out.push(`  ${describeSessions(sessions, s.sessionNoise)}`);
  const caution = report.results.find((x) => x.target === t && x.caution)?.caution;
  if (caution) out.push(`  ⚠ ${caution}; level verdicts marked ⚠ carry that caution (orders do not).`);
  out.push(`  Growth and orders: ${growthSentence(r)}.`, ...r.scaling.map((x) => line(x, width, '    ')));
  out.push(`  Levels: ${levelSentence(r, judgedHow(sessions, s.sessionNoise))}.`, ...r.alarms.map((x) => line(x, width, '    ')));
  const n = undecidedCount(r);
  if (n > 0) {
    out.push(`  Not judged (${n}):`, ...r.groups.map((g) => `    ? ${groupSentence(g, s.threshold)}`), ...r.alone.map((x) => line(x, width, '    ')));
    if (r.groups.length > 0) out.push(`    To judge them: ${remedySentence(r.groups)}.`);
  }
  if (r.other.length > 0) out.push('  Not compared:', ...r.other.map((x) => line(x, width, '    ')));
  return out;
}
