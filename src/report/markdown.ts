/**
 * The report as Markdown: the same text is the PR comment, the job summary and report.md. Pure: the
 * compare result and per-target facts in, a string out. A hidden marker lets the publisher find its
 * own comment again; a byte budget (GitHub's 65,536-character comment limit, the job summary's 1 MiB)
 * shrinks the text by dropping the least important parts first and says where the rest is.
 */
import { describeReference } from '../compare/output.js';
import { escapeText } from './escape.js';
import { describeChange, type HistoryChange } from '../history/series.js';
import type { CurveFacts } from './facts.js';
import { bytes, changeCell, ciCell, percent, plural, shownChange } from './format.js';
import { grouped, leadMarkdown } from './lead.js';
import { orderUnsettled } from '../compare/reading.js';
import { VERDICTS, type CompareResult, type ReportInput, type TargetMeta, type Verdict } from './input.js';
import { isLevelVerdict, PROBLEMS, VERDICT_INFO } from '../compare/verdicts.js';
import { matrixLines } from './matrix.js';
import { chartText, mermaidChart } from './mermaid.js';

export const MARKER = '<!-- scalewatch:report -->';
/** A PR comment holds 65,536 characters; counting UTF-8 bytes instead keeps a margin for any text. */
export const COMMENT_BUDGET = 65_536 - 512;
/** The job summary of one step holds 1 MiB. */
export const SUMMARY_BUDGET = 1024 * 1024 - 1024;

export interface RenderOptions {
  /** Largest size of the result in UTF-8 bytes. */
  budget: number;
  /** Where a reader finds what did not fit, e.g. "the job summary and the scalewatch-results artifacts". */
  elsewhere: string;
}

function rank(v: Verdict): number {
  return VERDICTS.indexOf(v);
}

function byImportance(a: CompareResult, b: CompareResult): number {
  return rank(a.verdict) - rank(b.verdict) || a.target.localeCompare(b.target) || a.bench.localeCompare(b.bench);
}

function count(rows: readonly CompareResult[], v: Verdict): number {
  return rows.filter((r) => r.verdict === v).length;
}

export function headline(input: ReportInput): string {
  const rows = input.compare.results;
  const targets = plural(new Set([...input.targets.map((t) => t.target), ...rows.map((r) => r.target)]).size, 'target');
  const failedTargets = input.targets.filter((t) => t.failure !== undefined).length;
  const problems = [...PROBLEMS.map((p) => [count(rows, p.verdict), p.noun] as const), [failedTargets, 'failed target'] as const];
  const found = problems.filter(([n]) => n > 0).map(([n, what]) => plural(n, what));
  if (found.length > 0) return `### ❌ scalewatch: ${found.join(', ')} on ${targets}`;
  return `### ✅ scalewatch: no regressions on ${targets} (${plural(rows.length, 'benchmark')})`;
}

function tally(rows: readonly CompareResult[]): string {
  return VERDICTS.filter((v) => count(rows, v) > 0)
    .map((v) => `${VERDICT_INFO[v].label} **${count(rows, v)}**`)
    .join(' · ');
}

function orderCell(row: CompareResult): string {
  const before = row.baselineOrder;
  const after = row.currentOrder;
  if (before === null && after === null) return '—';
  if (orderUnsettled(row)) return 'not established';
  if (before === after || before === null || after === null) return escapeText((after ?? before)!);
  return `${escapeText(before)} → **${escapeText(after)}**`;
}

const HEAD = '| target | benchmark | verdict | change | 90% CI | order |\n| --- | --- | --- | ---: | ---: | --- |';

/** A machine of another kind can move a level, so a target's caution applies to its level verdicts. */
const cautioned = (row: CompareResult) => row.caution !== null && isLevelVerdict(row.verdict);

function tableRow(row: CompareResult): string {
  const info = VERDICT_INFO[row.verdict];
  const note = row.note && info.explained ? ` (${escapeText(row.note)})` : '';
  const caution = cautioned(row) ? ' ⚠️' : '';
  return `| ${escapeText(row.target)} | ${escapeText(row.bench)} | ${info.label}${caution}${note} | ${changeCell(row)} | ${ciCell(row)} | ${orderCell(row)} |`;
}

/** The caution of a target measured on another kind of machine than its baseline, if any. */
export function targetCaution(input: ReportInput, target: string): string | undefined {
  if (!input.compare.summary.machineMismatch.includes(target)) return undefined;
  return input.compare.results.find((r) => r.target === target && r.caution)?.caution ?? 'measured on another kind of machine than its baseline: constant factors may differ by machine';
}

function targetLine(t: TargetMeta, caution: string | undefined, reference: string | undefined): string {
  const where = [t.os, t.release, t.arch].filter((x) => x !== undefined).map((x) => escapeText(x)).join(' ');
  const facts = [where + (t.fs ? ` on ${escapeText(t.fs)}` : ''), t.ncpu !== undefined ? plural(t.ncpu, 'CPU') : undefined, t.driver ? escapeText(t.driver) : undefined, t.seconds !== undefined ? `${Math.round(t.seconds)} s` : undefined];
  const text = facts.filter((x) => x !== undefined && x !== '').join(', ');
  const failure = t.failure !== undefined ? ` — 💥 **no results**: ${escapeText(t.failure, 300)}` : '';
  const compared = reference !== undefined ? `; ${escapeText(reference, 300)}` : '';
  const warn = caution !== undefined ? `; ⚠️ ${escapeText(caution, 300)} (level verdicts marked ⚠️ carry this caution; growth and orders do not)` : '';
  return `- **${escapeText(t.target)}**${text ? `: ${text}` : ''}${compared}${warn}${failure}`;
}

interface Parts {
  lead: string[];
  matrix: string[];
  changes: string[];
  charts: string[];
  unchanged: string[];
  targets: string[];
}

type Omitted = Record<keyof Parts, number>;

/** One collapsible chart per changed curve, baseline against current, with the chart in words. */
function chartBlock(row: CompareResult, f: CurveFacts, chart: string): string {
  const change = shownChange(row);
  const what = `${escapeText(row.bench)} on ${escapeText(row.target)}: ${VERDICT_INFO[row.verdict].label}${change !== null ? ` ${percent(change)}` : ''}`;
  return [`<details><summary>${what}</summary>`, '', chartText(f), '', chart, '', '</details>'].join('\n');
}

/**
 * A chart per changed curve; the curves whose level was not judged, which the lead names by cause,
 * share one collapsed block at the end, so that they do not make a wall of their own.
 */
function chartBlocks(sorted: readonly CompareResult[], input: ReportInput): string[] {
  const facts = input.benchmarks ?? [];
  const curves = new Map(facts.filter((f): f is CurveFacts => f.kind === 'curve').map((f) => [`${f.target}\u0000${f.bench}`, f]));
  const out: string[] = [];
  const undecided: string[] = [];
  for (const row of sorted) {
    if (row.verdict === 'unchanged') continue;
    const f = curves.get(`${row.target}\u0000${row.bench}`);
    const chart = f ? mermaidChart(f) : null;
    if (!f || !chart) continue;
    if (!grouped(input.compare, row)) out.push(chartBlock(row, f, chart));
    else undecided.push(`${escapeText(row.bench)} on ${escapeText(row.target)}: ${chartText(f)}`, '', chart, '');
  }
  const n = undecided.length / 4;
  if (n > 0) out.push([`<details><summary>${plural(n, 'chart')} of curves whose level was not judged</summary>`, '', ...undecided, '</details>'].join('\n'));
  return out;
}

/** The change points on main a push made known, one line each, before everything else. */
function historyBlock(changes: readonly HistoryChange[]): string {
  const n = changes.length;
  return [`**${n === 1 ? 'A change point' : `${n} change points`} on main, new in the history with this push:**`, '', ...changes.map((c) => `- **${escapeText(c.target)}**: ${escapeText(describeChange(c))}`)].join('\n');
}

/** How main moved between the baselines and what the run builds on: not the change under test. */
function movedBlock(moved: NonNullable<ReportInput['mainMoved']>): string {
  const upTo = moved.since === 'base' ? "this pull request's base" : "this commit's parent";
  return [`**Main moved between the baseline and ${upTo}** (the history of main; the comparison below includes it, the change under test did not make it):`, '', ...moved.changes.map((c) => `- **${escapeText(c.target)}**: ${escapeText(describeChange(c))}`)].join('\n');
}

function assemble(input: ReportInput, parts: Parts, omitted: Omitted, opts: RenderOptions): string {
  const rows = input.compare.results;
  const out = [MARKER, headline(input), ''];
  if (input.history && input.history.length > 0) out.push(historyBlock(input.history), '');
  if (input.mainMoved && input.mainMoved.changes.length > 0) out.push(movedBlock(input.mainMoved), '');
  if (rows.length > 0) out.push(tally(rows), '');
  out.push(...parts.lead.flatMap((b) => [b, '']));
  if (omitted.lead > 0) out.push(`_What holds and what was judged on ${plural(omitted.lead, 'more target')}: see ${opts.elsewhere}._`, '');
  if (parts.matrix.length > 0) out.push(...parts.matrix, '');
  else if (omitted.matrix > 0) out.push(`_The overview of every benchmark on every target did not fit: see ${opts.elsewhere}._`, '');
  if (parts.changes.length > 0) out.push(HEAD, ...parts.changes, '');
  if (omitted.changes > 0) out.push(`_…and ${plural(omitted.changes, 'more changed benchmark')}: see ${opts.elsewhere}._`, '');
  if (parts.charts.length > 0) out.push(...parts.charts.flatMap((c) => [c, '']));
  if (omitted.charts > 0) out.push(`_${plural(omitted.charts, 'more chart')} of changed curves: see ${opts.elsewhere}._`, '');
  if (parts.unchanged.length > 0) {
    out.push(`<details><summary>${plural(parts.unchanged.length, 'unchanged benchmark')}</summary>`, '', HEAD, ...parts.unchanged, '', '</details>', '');
  } else if (omitted.unchanged > 0) {
    out.push(`_${plural(omitted.unchanged, 'unchanged benchmark')} not listed here: see ${opts.elsewhere}._`, '');
  }
  if (parts.targets.length > 0 || omitted.targets > 0) {
    out.push('**Targets**', '', ...parts.targets);
    if (omitted.targets > 0) out.push(`- _…and ${plural(omitted.targets, 'more target')}: see ${opts.elsewhere}._`);
    out.push('');
  }
  const footer = [`Threshold ±${percent(input.threshold).replace(/^\+/, '')}.`];
  if (input.runUrl) footer.push(`[Workflow run, job summary and raw results](${encodeURI(input.runUrl)})`);
  out.push(`<sub>${footer.join(' ')}</sub>`, '');
  return out.join('\n');
}

/** Keep the largest prefix of `items` for which `fits` holds (fits is monotone in the count). */
function largestPrefix(items: readonly string[], fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Cut at a code point boundary so that the result is at most `budget` bytes. */
function hardCut(text: string, budget: number): string {
  const note = '\n\n_(cut to fit)_\n';
  let out = '';
  for (const ch of text) {
    if (bytes(out) + bytes(ch) + bytes(note) > budget) break;
    out += ch;
  }
  return out + note;
}

export function renderReport(input: ReportInput, opts: RenderOptions): string {
  const sorted = [...input.compare.results].sort(byImportance);
  const all: Parts = {
    lead: leadMarkdown(input.compare),
    matrix: matrixLines(input.compare.results, input.benchmarks ?? [], input.targets),
    // Undecided levels that share a cause are named together in the lead, not a row each.
    changes: sorted.filter((r) => r.verdict !== 'unchanged' && !grouped(input.compare, r)).map(tableRow),
    charts: chartBlocks(sorted, input),
    unchanged: sorted.filter((r) => r.verdict === 'unchanged').map(tableRow),
    targets: [...input.targets].sort((a, b) => Number(b.failure !== undefined) - Number(a.failure !== undefined) || a.target.localeCompare(b.target)).map((t) => targetLine(t, targetCaution(input, t.target), describeReference(input.compare, t.target))),
  };
  const none: Omitted = { lead: 0, matrix: 0, changes: 0, charts: 0, unchanged: 0, targets: 0 };
  const render = (p: Parts, o: Omitted) => assemble(input, p, o, opts);
  const fits = (p: Parts, o: Omitted) => bytes(render(p, o)) <= opts.budget;
  const full = render(all, none);
  if (bytes(full) <= opts.budget) return full;

  // Least important first: the unchanged list, then charts beyond the first few, then the overview,
  // then the lead of targets beyond those that fit, then targets beyond the first few, then changed rows.
  const omitted: Omitted = { ...none, unchanged: all.unchanged.length };
  let parts: Parts = { ...all, unchanged: [] };
  if (fits(parts, omitted)) return render(parts, omitted);
  const keepCharts = largestPrefix(all.charts, (n) => fits({ ...parts, charts: all.charts.slice(0, n) }, { ...omitted, charts: all.charts.length - n }));
  omitted.charts = all.charts.length - keepCharts;
  parts = { ...parts, charts: all.charts.slice(0, keepCharts) };
  if (fits(parts, omitted)) return render(parts, omitted);
  parts = { ...parts, matrix: [] };
  omitted.matrix = all.matrix.length;
  if (fits(parts, omitted)) return render(parts, omitted);
  // Then the lead of targets beyond those that fit beside every changed row and target.
  const keepLead = largestPrefix(all.lead, (n) => fits({ ...parts, lead: all.lead.slice(0, n) }, { ...omitted, lead: all.lead.length - n }));
  omitted.lead = all.lead.length - keepLead;
  parts = { ...parts, lead: all.lead.slice(0, keepLead) };

  const keepChanges = largestPrefix(all.changes, (n) => fits({ ...parts, changes: all.changes.slice(0, n), targets: [] }, { ...omitted, changes: all.changes.length - n, targets: all.targets.length }));
  const changes = all.changes.slice(0, keepChanges);
  omitted.changes = all.changes.length - keepChanges;
  const keepTargets = largestPrefix(all.targets, (n) => fits({ ...parts, changes, targets: all.targets.slice(0, n) }, { ...omitted, targets: all.targets.length - n }));
  omitted.targets = all.targets.length - keepTargets;
  const shrunk = render({ ...parts, changes, targets: all.targets.slice(0, keepTargets) }, omitted);
  return bytes(shrunk) <= opts.budget ? shrunk : hardCut(shrunk, opts.budget);
}
