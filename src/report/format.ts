/** Small formatters shared by the report's Markdown: numbers and byte budgets (a verdict's label: src/compare/verdicts.ts). */
import { isMeasured } from '../compare/causes.js';
import type { CompareResult } from './input.js';

export function percent(x: number): string {
  const p = x * 100;
  const digits = Math.abs(p) < 10 ? 1 : 0;
  const text = p.toFixed(digits);
  return `${p > 0 && Number(text) !== 0 ? '+' : ''}${text}%`;
}

/**
 * The change a report's cells print: none when its interval reaches beyond ±100%, which is no
 * measurement, nor when the baseline's sessions disagree by more than the threshold, which leaves no
 * one level to change from (the verdict's note and the report's lead give the cause instead); the
 * JSON keeps the numbers.
 */
export function shownChange(row: CompareResult): number | null {
  if (row.cause?.kind === 'session-spread') return null;
  return row.ci === null || isMeasured(row.ci) ? row.change : null;
}

/** The interval a report's cells print: none where shownChange prints no change. */
export function shownCi(row: CompareResult): [number, number] | null {
  return row.cause?.kind !== 'session-spread' && isMeasured(row.ci) ? row.ci : null;
}

export function changeCell(row: CompareResult): string {
  const change = shownChange(row);
  return change === null ? '—' : percent(change);
}

export function ciCell(row: CompareResult): string {
  const ci = shownCi(row);
  if (ci === null) return row.ci === null ? '—' : isMeasured(row.ci) ? 'not one level' : 'over ±100%';
  return `${percent(ci[0])} … ${percent(ci[1])}`;
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
