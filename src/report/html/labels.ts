/** Words and units shared by the HTML report's charts and overview. Pure. */
import { percent, shownChange, shownCi } from '../format.js';
import type { CompareResult } from '../input.js';
import { VERDICT_INFO } from '../../compare/verdicts.js';

const UNITS: [number, string][] = [
  [1e9, 's'],
  [1e6, 'ms'],
  [1e3, 'µs'],
  [1, 'ns'],
];

/** The unit that keeps the largest value under four digits. */
export function unitOf(maxNs: number): [number, string] {
  return UNITS.find(([scale]) => maxNs >= scale) ?? [1, 'ns'];
}

export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80);
}

export function verdictWords(row: CompareResult | undefined): string {
  if (!row) return '';
  const shown = shownChange(row);
  const interval = shownCi(row);
  const change = shown !== null ? ` ${percent(shown)}` : '';
  const ci = interval ? ` [${percent(interval[0])}, ${percent(interval[1])}]` : '';
  return `${VERDICT_INFO[row.verdict].words}${change}${ci}`;
}
