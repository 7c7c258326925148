/**
 * The comment's overview: one row per benchmark, one column per target. A curve's cell shows its order
 * (and the change of order), a figure's cell its change with the interval its verdict followed; anything but unchanged
 * carries its verdict's mark. The last column is the cross-target comparison. Pure.
 */
import { crossTargets, type CrossTarget } from './cross.js';
import { escapeText } from './escape.js';
import type { BenchFacts } from './facts.js';
import { duration, percent, quantity, shownChange, shownCi } from './format.js';
import { orderUnsettled } from '../compare/reading.js';
import type { CompareResult, TargetMeta } from './input.js';
import { VERDICT_INFO } from '../compare/verdicts.js';
import { BENCHES } from '../suite/benches.js';

function isCurve(row: CompareResult, facts: readonly BenchFacts[]): boolean {
  const f = facts.length > 0 ? facts.find((x) => x.target === row.target && x.bench === row.bench) : undefined;
  return f ? f.kind === 'curve' : row.baselineOrder !== null || row.currentOrder !== null;
}

function order(row: CompareResult): string {
  const [b, c] = [row.baselineOrder, row.currentOrder];
  // Labels that differ without a scaling verdict are no change of order.
  if (orderUnsettled(row)) return 'order not established';
  if (b !== null && c !== null && b !== c) return `${escapeText(b)} → **${escapeText(c)}**`;
  return escapeText(c ?? b ?? '—');
}

function interval(row: CompareResult): string {
  const ci = shownCi(row);
  return ci ? ` (${percent(ci[0])} … ${percent(ci[1])})` : '';
}

export function cell(row: CompareResult | undefined, facts: readonly BenchFacts[], failed = false): string {
  if (!row) return failed ? '💥 no results' : '—';
  const mark = VERDICT_INFO[row.verdict].mark;
  const shown = shownChange(row);
  const change = shown !== null ? percent(shown) : '';
  const text = isCurve(row, facts) ? [order(row), change].filter((s) => s !== '').join(' ') : `${change}${interval(row)}`;
  const body = text === '' ? row.verdict : text;
  return mark ? `${mark} ${body}` : body;
}

export function catalogue(bench: string): number {
  const i = BENCHES.findIndex((b) => b.name === bench);
  return i < 0 ? BENCHES.length : i;
}

/** How names are written: escaped for Markdown and the best in bold, or plain for HTML. */
export interface Words {
  name: (text: string) => string;
  strong: (text: string) => string;
}

const MARKDOWN: Words = { name: (t) => escapeText(t, 40), strong: (t) => `**${escapeText(t, 40)}**` };
export const PLAIN: Words = { name: (t) => t, strong: (t) => t };

export function crossText(c: CrossTarget | undefined, words: Words = MARKDOWN): string {
  if (!c) return '';
  const best = c.ranking[0]!;
  const worst = c.ranking[c.ranking.length - 1]!;
  const ratio = best.level > 0 ? worst.level / best.level : NaN;
  const parts: string[] = [];
  if (c.kind === 'curve') {
    parts.push(`fastest ${words.strong(best.target)} (${duration(best.level)})`);
    if (Number.isFinite(ratio) && ratio >= 1.05) parts.push(`slowest ${words.name(worst.target)} ×${ratio.toPrecision(2)}`);
    if (c.worstScaling) parts.push(`worst scaling ${words.strong(c.worstScaling.target)} ${words.name(c.worstScaling.order)}`);
  } else {
    parts.push(`best ${words.strong(best.target)} (${words.name(quantity(best.level, c.unit))})`);
    if (worst.target !== best.target && best.level !== 0) parts.push(`worst ${words.name(worst.target)} (${percent(worst.level / best.level - 1)})`);
  }
  return parts.join(' · ');
}

/** The overview table as Markdown lines: head, separator and one row per benchmark. */
export function matrixLines(rows: readonly CompareResult[], facts: readonly BenchFacts[], metas: readonly TargetMeta[] = []): string[] {
  const targets = [...new Set([...rows.map((r) => r.target), ...metas.map((t) => t.target)])].sort();
  const failed = new Set(metas.filter((t) => t.failure !== undefined).map((t) => t.target));
  const benches = [...new Set(rows.map((r) => r.bench))].sort((a, b) => catalogue(a) - catalogue(b) || a.localeCompare(b));
  if (targets.length === 0 || benches.length === 0) return [];
  const cross = new Map(crossTargets(facts).map((c) => [c.bench, c]));
  const withCross = cross.size > 0;
  const head = `| benchmark | ${targets.map((t) => escapeText(t, 40)).join(' | ')}${withCross ? ' | across targets |' : ' |'}`;
  const sep = `| --- |${' --- |'.repeat(targets.length)}${withCross ? ' --- |' : ''}`;
  const lines = [head, sep];
  const byKey = new Map(rows.map((r) => [`${r.target}\u0000${r.bench}`, r]));
  for (const bench of benches) {
    const cells = targets.map((t) => cell(byKey.get(`${t}\u0000${bench}`), facts, failed.has(t)));
    lines.push(`| ${escapeText(bench, 60)} | ${cells.join(' | ')}${withCross ? ` | ${crossText(cross.get(bench))} |` : ' |'}`);
  }
  return lines;
}
