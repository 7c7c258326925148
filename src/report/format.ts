/** Small formatters shared by the report's Markdown: numbers and byte budgets (a verdict's label: src/compare/verdicts.ts). */
import type { CompareResult } from './input.js';

export function percent(x: number): string {
  const p = x * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  const text = p.toFixed(digits);
  return `${p > 0 && Number(text) !== 0 ? '+' : ''}${text}%`;
}

export function changeCell(row: CompareResult): string {
  return row.change === null ? '—' : percent(row.change);
}

export function ciCell(row: CompareResult): string {
  return row.ci === null ? '—' : `${percent(row.ci[0])} … ${percent(row.ci[1])}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A latency in the unit that suits it, three significant digits: 812 ns, 1.23 µs, 45.6 ms. */
export function duration(ns: number): string {
  const [v, unit] = ns >= 1e9 ? [ns / 1e9, 's'] : ns >= 1e6 ? [ns / 1e6, 'ms'] : ns >= 1e3 ? [ns / 1e3, 'µs'] : [ns, 'ns'];
  return `${Number(v.toPrecision(3))} ${unit}`;
}

/** A figure with its unit, three significant digits and thousands separated: 4,210 MB/s. */
export function quantity(value: number, unit: string): string {
  const v = Math.abs(value) >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
  return `${v.toLocaleString('en-US')} ${unit}`;
}

/** A count of n: 3,500. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
