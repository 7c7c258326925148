/**
 * The lead of a report against stored baselines: per target, what holds across sessions (growth and
 * orders), which levels were judged and how, what could not be judged (one line per cause) and how to
 * judge it, in that order (src/compare/reading.ts reads; this lays it out for the comment and the
 * page). Side-by-side reports have no lead: their levels are judged on one machine. Pure.
 */
import { judgedHow } from '../compare/output.js';
import { groupSentence, growthSentence, levelSentence, readTarget, remedySentence, undecidedCount, type Name } from '../compare/reading.js';
import { escapeText } from './escape.js';
import type { CompareReport, CompareResult } from './input.js';

/** Whether a report was made against stored baselines (every report that is not side by side). */
export const isStored = (report: CompareReport): boolean => report.summary.paired === null;

/** An undecided result that a line of its cause names: the report lists it there, not in a row of its own. */
export const grouped = (report: CompareReport, row: CompareResult): boolean => isStored(report) && row.verdict === 'noisy' && row.cause !== undefined;

/** One target's lead: a title and labelled items, some with a list under them. */
export interface LeadBlock {
  target: string;
  /** "against a baseline of 3 sessions", or empty when the report does not say. */
  against: string;
  unchanged: number;
  compared: number;
  items: { label: string; text: string; list: string[] }[];
  /** Nothing to say beyond the counts: every level judged unchanged, every curve kept its order and growth. */
  quiet: boolean;
}

/** The lead's blocks, one per target with results; none for a side-by-side report. `name` writes a benchmark's name. */
export function leadBlocks(report: CompareReport, name: Name): LeadBlock[] {
  if (!isStored(report)) return [];
  const s = report.summary;
  return [...new Set(report.results.map((r) => r.target))].sort().map((t) => {
    const r = readTarget(report.results, t);
    const sessions = s.baselineSessions.find((b) => b.target === t)?.sessions;
    const scaling = r.scaling.length > 0 ? ' (below)' : '';
    const items = [
      { label: 'Growth and orders', text: `${growthSentence(r, name)}${scaling}.`, list: [] as string[] },
      { label: 'Levels', text: `${levelSentence(r, judgedHow(sessions, s.sessionNoise))}.`, list: [] as string[] },
    ];
    const n = undecidedCount(r);
    if (n > 0) {
      const alone = r.alone.length > 0 ? [`${r.alone.map((x) => name(x.bench)).join(', ')}: each below, with its note`] : [];
      items.push({ label: `Not judged (${n})`, text: '', list: [...r.groups.map((g) => groupSentence(g, s.threshold, name)), ...alone] });
      if (r.groups.length > 0) items.push({ label: 'To judge them', text: `${remedySentence(r.groups)}.`, list: [] });
    }
    const quiet = n === 0 && r.scaling.length === 0 && r.unsettled.length === 0 && r.alarms.length === 0 && r.judged === r.compared;
    return { quiet, target: t, against: sessions === undefined ? '' : `against a baseline of ${sessions === 1 ? '1 session' : `${sessions} sessions`}`, unchanged: r.unchanged, compared: r.compared, items };
  });
}

const markdownName = (bench: string) => escapeText(bench, 60);

/** The lead as Markdown, one block of lines per target (a comment that must shrink keeps a prefix of them). */
export function leadMarkdown(report: CompareReport): string[] {
  return leadBlocks(report, markdownName).map((b) => {
    const head = `**${escapeText(b.target, 40)}**${b.against ? ` ${b.against}` : ''}: **${b.unchanged} of ${b.compared} unchanged**`;
    if (b.quiet) return `${head}; ${b.items[0]!.text}`;
    const out = [head, ''];
    for (const i of b.items) out.push(`- **${i.label}**${i.text ? `: ${i.text}` : ':'}`, ...i.list.map((l) => `  - ${l}`));
    return out.join('\n');
  });
}
