/**
 * The HTML report's overview: the same benchmarks × targets table as the comment (matrix.ts), as
 * plain text cells with a tone for colour instead of Markdown and emoji. Pure.
 */
import { crossTargets } from '../cross.js';
import { percent, shownChange, shownCi } from '../format.js';
import { orderUnsettled } from '../../compare/reading.js';
import type { CompareResult, ReportInput } from '../input.js';
import { VERDICT_INFO } from '../../compare/verdicts.js';
import { headline } from '../markdown.js';
import { PLAIN, catalogue, crossText } from '../matrix.js';
import { slug, verdictWords } from './labels.js';

export interface OverviewCell {
  text: string;
  tone: '' | 'bad' | 'good' | 'warn';
}

export interface OverviewRow {
  bench: string;
  anchor: string;
  cells: OverviewCell[];
  cross: string;
}

/** The comment's headline without its Markdown and emoji. */
export function headlineText(input: ReportInput): string {
  return headline(input).replace(/^#+\s*/, '').replace(/^[^\p{L}]+/u, '');
}

function cellOf(row: CompareResult | undefined, curve: boolean, failed: boolean): OverviewCell {
  if (!row) return { text: failed ? 'no results' : '—', tone: failed ? 'bad' : '' };
  const orders = orderUnsettled(row) ? 'order not established' : row.baselineOrder && row.currentOrder && row.baselineOrder !== row.currentOrder ? `${row.baselineOrder} → ${row.currentOrder}` : (row.currentOrder ?? row.baselineOrder ?? '');
  const words = verdictWords(row);
  const change = shownChange(row);
  const ci = shownCi(row);
  const text = curve ? [orders, row.verdict === 'unchanged' ? (change !== null ? percent(change) : '') : words].filter((s) => s !== '').join(' ') : row.verdict === 'unchanged' ? `${change !== null ? percent(change) : ''}${ci ? ` [${percent(ci[0])}, ${percent(ci[1])}]` : ''}` : words;
  return { text: text || row.verdict, tone: VERDICT_INFO[row.verdict].tone };
}

export function overviewRows(input: ReportInput): { targets: string[]; rows: OverviewRow[] } {
  const results = input.compare.results;
  const facts = input.benchmarks ?? [];
  const targets = [...new Set([...results.map((r) => r.target), ...input.targets.map((t) => t.target)])].sort();
  const failed = new Set(input.targets.filter((t) => t.failure !== undefined).map((t) => t.target));
  const benches = [...new Set(results.map((r) => r.bench))].sort((a, b) => catalogue(a) - catalogue(b) || a.localeCompare(b));
  const byKey = new Map(results.map((r) => [`${r.target}\u0000${r.bench}`, r]));
  const cross = new Map(crossTargets(facts).map((c) => [c.bench, c]));
  const rows = benches.map((bench) => {
    const curve = facts.some((f) => f.bench === bench && f.kind === 'curve') || results.some((r) => r.bench === bench && (r.baselineOrder !== null || r.currentOrder !== null));
    return {
      bench,
      anchor: `bench-${slug(bench)}`,
      cells: targets.map((t) => cellOf(byKey.get(`${t}\u0000${bench}`), curve, failed.has(t))),
      cross: crossText(cross.get(bench), PLAIN),
    };
  });
  return { targets, rows };
}
