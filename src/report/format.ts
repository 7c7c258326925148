/** Small formatters shared by the report's Markdown: numbers, verdict labels, byte budgets. */
import type { CompareRow, Verdict } from './input.js';

export const LABEL: Record<Verdict, string> = {
  failed: '💥 failed',
  'scaling-regressed': '📈 scaling regressed',
  regressed: '🔴 regressed',
  noisy: '〰️ noisy',
  missing: '❔ missing',
  new: '🆕 new',
  'scaling-improved': '📉 scaling improved',
  improved: '🟢 improved',
  unchanged: '⚪ unchanged',
};

export function percent(x: number): string {
  const p = x * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  const text = p.toFixed(digits);
  return `${p > 0 && Number(text) !== 0 ? '+' : ''}${text}%`;
}

export function changeCell(row: CompareRow): string {
  return row.change === null ? '—' : percent(row.change);
}

export function ciCell(row: CompareRow): string {
  return row.ci === null ? '—' : `${percent(row.ci[0])} … ${percent(row.ci[1])}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
