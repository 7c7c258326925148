/**
 * A changed curve as a Mermaid xychart that GitHub draws inside the comment: baseline and current
 * median latency at a few log-spaced n, and one sentence that says the same for readers (and
 * renderers) without the chart. Pure.
 */
import { escapeText } from './escape.js';
import type { CurveFacts, CurveLine } from './facts.js';
import { count, duration } from './format.js';

/** Points on the x axis: enough to show a step, few enough to keep the block small. */
const POINTS = 8;
export const BASELINE_COLOR = '#8c8c8c';
export const CURRENT_COLOR = '#d62728';

/** Latency at n on a line, interpolated linearly in log n and log ns between grid points. */
export function at(line: CurveLine, n: number): number {
  const xs = line.n;
  let i = 0;
  while (i < xs.length - 2 && xs[i + 1]! < n) i++;
  const [x0, x1, y0, y1] = [xs[i]!, xs[i + 1] ?? xs[i]!, line.ns[i]!, line.ns[i + 1] ?? line.ns[i]!];
  if (x1 === x0) return y0;
  const t = Math.min(1, Math.max(0, (Math.log(n) - Math.log(x0)) / (Math.log(x1) - Math.log(x0))));
  return Math.exp(Math.log(y0) + t * (Math.log(y1) - Math.log(y0)));
}

/** Two significant digits, so that labels stay short: 10, 46, 220, 1000, 4600. */
function roundN(n: number): number {
  return Number(n.toPrecision(2));
}

/** Log-spaced n over the range both lines cover (or the current line alone). */
export function sampleNs(lines: readonly CurveLine[]): number[] {
  const lo = Math.max(...lines.map((l) => l.n[0]!), 1);
  const hi = Math.min(...lines.map((l) => l.n[l.n.length - 1]!));
  if (!(hi > lo)) return [roundN(lo)];
  const out: number[] = [];
  for (let i = 0; i < POINTS; i++) {
    const n = roundN(Math.exp(Math.log(lo) + ((Math.log(hi) - Math.log(lo)) * i) / (POINTS - 1)));
    if (out[out.length - 1] !== n) out.push(n);
  }
  return out;
}

function unitFor(ns: number): [number, string] {
  return ns >= 1e6 ? [1e6, 'ms'] : ns >= 1e3 ? [1e3, 'µs'] : [1, 'ns'];
}

/** Text for inside a Mermaid string: no quotes, no newlines, nothing Markdown could pick up. */
function label(text: string): string {
  return text.replace(/["\n\r`]/g, ' ').replace(/[<>]/g, '').slice(0, 80);
}

export function mermaidChart(f: CurveFacts): string | null {
  if (f.current.n.length < 2) return null;
  const lines = f.baseline && f.baseline.n.length >= 2 ? [f.baseline, f.current] : [f.current];
  const ns = sampleNs(lines);
  if (ns.length < 2) return null;
  const values = lines.map((l) => ns.map((n) => at(l, n)));
  const all = values.flat().sort((a, b) => a - b);
  const [scale, unit] = unitFor(all[Math.floor(all.length / 2)]!);
  const fmt = (v: number) => String(Number((v / scale).toPrecision(3)));
  const palette = lines.length === 2 ? `${BASELINE_COLOR}, ${CURRENT_COLOR}` : CURRENT_COLOR;
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${label(`${f.bench} on ${f.target}`)}"`,
    `  x-axis "${label(`n (${f.nIs}), log-spaced`)}" [${ns.map((n) => `"${count(n)}"`).join(', ')}]`,
    `  y-axis "latency (${unit})"`,
    ...values.map((v) => `  line [${v.map(fmt).join(', ')}]`),
    '```',
  ].join('\n');
}

/** The chart in words: what a reader gets where the chart does not render. */
export function chartText(f: CurveFacts): string {
  const cur = f.current;
  if (cur.n.length === 0) return `${escapeText(f.bench)} on ${escapeText(f.target)}: no measurements.`;
  const first = `${duration(cur.ns[0]!)} at n=${count(cur.n[0]!)}`;
  const last = `${duration(cur.ns[cur.ns.length - 1]!)} at n=${count(cur.n[cur.n.length - 1]!)}`;
  const now = `now ${first} → ${last}`;
  if (!f.baseline || f.baseline.n.length === 0) return `Median latency ${now} (no baseline).`;
  const b = f.baseline;
  const then = `${duration(b.ns[0]!)} → ${duration(b.ns[b.ns.length - 1]!)} in the baseline`;
  return `Median latency ${now}; ${then}. Lines: baseline (grey), current (red).`;
}
