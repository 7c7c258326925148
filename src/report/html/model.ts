/**
 * From analysis summaries to the charts of the HTML report: what each chart plots, its titles, and its
 * text alternative. Pure.
 */
import { figureStats } from '../../analysis/output.js';
import type { CurveSummary, FigureSummary } from '../../analysis/types.js';
import { nIsOf } from '../facts.js';
import { count, duration, percent, quantity } from '../format.js';
import type { CompareResult } from '../input.js';
import { branchCurve, fittedCurve, type FitPoint } from './fitline.js';
import { slug, unitOf, verdictWords } from './labels.js';
import { VERDICT_INFO } from '../../compare/verdicts.js';
import { SLICES, type RunPoint } from './points.js';
import type { ChartData } from './render.js';

export interface Chart extends ChartData {
  id: string;
  /** The chart in words: the figure's caption and the SVG's accessible name. */
  alt: string;
}

function findingsText(c: CurveSummary): string[] {
  const f = c.findings;
  if (!f) return [];
  const out: string[] = [];
  for (const s of f.steps) out.push(`step ×${s.factor} at n=${count(s.n)}`);
  for (const s of f.dents) out.push(`dent ×${s.factor} at n=${count(s.n)}`);
  if (f.bimodal) out.push(`bimodal: ${Math.round(f.bimodal.upperShare * 100)}% of samples on a slower ${f.bimodal.upper} branch above a ${f.bimodal.lower} one`);
  return out;
}

/** Top of the latency axis: above the 97th percentile of what is drawn and the whole fitted line. */
export function axisTop(values: readonly number[], fit: readonly number[]): { top: number; above: number } {
  if (values.length === 0 && fit.length === 0) return { top: 1, above: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const q = sorted.length > 0 ? sorted[Math.min(sorted.length - 1, Math.floor(0.97 * sorted.length))]! : 0;
  const top = Math.max(q * 1.15, ...fit.map((v) => v * 1.05), 1e-9);
  return { top, above: sorted.filter((v) => v > top).length };
}

/** A point this much above the faster branch is on the slower one. */
const SPLIT = 1.5;

/** The line's value at n (nearest drawn point at or below n). */
function fitAt(line: readonly FitPoint[], n: number): number {
  let v = line[0]?.ns ?? 0;
  for (const p of line) if (p.n <= n) v = p.ns;
  return v;
}

interface FitLine {
  key: string;
  color: string;
  points: FitPoint[];
}

/** The fitted line, or for a bimodal curve one per branch (the slower through the 90th percentiles, the faster through the 10th). */
function fitLines(c: CurveSummary, points: readonly RunPoint[]): FitLine[] {
  const f = c.findings;
  if (!f) return [];
  if (!f.bimodal) return [{ key: `fitted ${f.order}`, color: '#111111', points: fittedCurve(c) }];
  const branch = (q: number) => points.filter((p) => p.q === q).map((p) => ({ n: p.n, ns: p.ns }));
  const faster = branchCurve(branch(0.1), f.bimodal.lower, c.minN, c.maxN);
  // The slower branch only where it has left the faster one, as the analysis fits it.
  const apart = branch(0.9).filter((p) => p.ns > SPLIT * fitAt(faster, p.n));
  return [
    { key: `${f.bimodal.upper} fit, slower`, color: '#111111', points: apart.length >= 3 ? branchCurve(apart, f.bimodal.upper, c.minN, c.maxN) : [] },
    { key: `${f.bimodal.lower} fit, faster`, color: '#7a0177', points: faster },
  ];
}

export function curveChart(target: string, c: CurveSummary, points: readonly RunPoint[], base: CurveSummary | undefined, row: CompareResult | undefined): Chart {
  const fits = fitLines(c, points).filter((l) => l.points.length > 0);
  const baseLine = base?.points.map((p) => ({ n: p.n, ns: p.median })) ?? [];
  const axis = axisTop([...points.map((p) => p.ns), ...baseLine.map((p) => p.ns)], fits.flatMap((l) => l.points.map((p) => p.ns)));
  const [scale, unit] = unitOf(axis.top);
  const f = c.findings;
  const order = f?.order ?? 'no order';
  const orders = row && row.baselineOrder && row.currentOrder && row.baselineOrder !== row.currentOrder ? `${row.baselineOrder} → ${row.currentOrder}` : order;
  const lines = [...fits, ...(baseLine.length > 0 ? [{ key: 'baseline median', color: '#8c8c8c' }] : [])];
  const marks = [...(f?.steps ?? []).map((s) => ({ n: s.n, label: `step ×${s.factor}`, dent: false })), ...(f?.dents ?? []).map((s) => ({ n: s.n, label: `dent ×${s.factor}`, dent: true }))];
  const first = c.points[0];
  const last = c.points[c.points.length - 1];
  const level = first && last ? `median latency ${duration(first.median)} at n=${count(first.n)} → ${duration(last.median)} at n=${count(last.n)}` : 'no measurements';
  const alt = [
    `${c.bench} on ${target}: ${orders}, ${c.runs} runs, ${count(c.samples)} samples; ${level}`,
    ...findingsText(c),
    ...(c.stopped ? [`stopped at n=${c.stopped.n ?? '?'}: ${c.stopped.message}`] : []),
    ...(row ? [`verdict: ${verdictWords(row)}`] : []),
    ...(axis.above > 0 ? [`the latency axis stops at ${duration(axis.top)}: ${axis.above === 1 ? '1 point' : `${axis.above} points`} above it ${axis.above === 1 ? 'is' : 'are'} not drawn`] : []),
    `Dots: in each of ${SLICES} equal slices of n, each run's median sample${f?.bimodal ? ' and its 10th and 90th percentile samples' : ''} (${count(points.length)} dots). ${f?.bimodal ? `Lines: the fitted ${f.bimodal.upper} curve of the slower branch (black) and ${f.bimodal.lower} of the faster (purple)` : `Black line: the fitted ${order} curve`}${baseLine.length > 0 ? '. Grey dashed line: the baseline’s medians' : ''}`,
  ].join('. ') + '.';
  return {
    id: `curve-${slug(c.bench)}-${slug(target)}`,
    kind: 'curve',
    alt,
    data: {
      points: points.map((p) => ({ run: `run ${p.run + 1}`, n: p.n, y: p.ns / scale })),
      fit: (fits[0]?.points ?? []).map((p) => ({ n: p.n, y: p.ns / scale })),
      fit2: (fits[1]?.points ?? []).map((p) => ({ n: p.n, y: p.ns / scale })),
      base: baseLine.map((p) => ({ n: p.n, y: p.ns / scale })),
      marks,
    },
    signals: {
      heading: `${c.bench} on ${target}${row && row.verdict !== 'unchanged' ? `: ${VERDICT_INFO[row.verdict].words}${row.change !== null ? ` ${percent(row.change)}` : ''}` : ''}`,
      subheading: [orders, `${c.runs} runs`, `${count(c.samples)} samples`].join(' · '),
      xtitle: `n (${nIsOf(c.bench)})`,
      ytitle: `latency per operation (${unit})`,
      lineKeys: lines.map((l) => l.key),
      lineColors: lines.map((l) => l.color),
      ymax: axis.top / scale,
    },
  };
}

export function overlayChart(bench: string, curves: readonly { target: string; curve: CurveSummary }[]): Chart {
  const withData = curves.filter((c) => c.curve.points.length > 0);
  const [scale, unit] = unitOf(Math.max(1, ...withData.flatMap((c) => c.curve.points.map((p) => p.median))));
  const alt = withData.map((c) => `${c.target} ${c.curve.findings?.order ?? '?'} (${duration(c.curve.points[0]!.median)} → ${duration(c.curve.points[c.curve.points.length - 1]!.median)})`).join('; ');
  return {
    id: `overlay-${slug(bench)}`,
    kind: 'overlay',
    alt: `${bench} on every target, median latency against n on log–log axes: ${alt}.`,
    data: { series: withData.flatMap((c) => c.curve.points.filter((p) => p.n > 0 && p.median > 0).map((p) => ({ target: c.target, n: p.n, y: p.median / scale }))) },
    signals: { heading: `${bench}: every target`, subheading: 'median latency, log–log: an order shows as a slope', xtitle: `n (${nIsOf(bench)}), log scale`, ytitle: `latency (${unit}), log scale` },
  };
}

export function figureChart(bench: string, figures: readonly { target: string; figure: FigureSummary; base: FigureSummary | undefined; row: CompareResult | undefined }[]): Chart {
  const measured = figures.filter((f) => f.figure.values.length > 0);
  const unit = measured[0]?.figure.unit ?? '';
  const better = measured[0]?.figure.better ?? 'higher';
  const base = figures.filter((f) => f.base && f.base.values.length > 0).map((f) => ({ target: f.target, y: figureStats(f.base!.values).median! }));
  const bars = measured.map((f) => {
    const m = figureStats(f.figure.values).median!;
    const hi = Math.max(...f.figure.values);
    // A bar is red or green for a change or a failure; a noisy one keeps the plain colour.
    const verdictTone = f.row ? VERDICT_INFO[f.row.verdict].tone : '';
    const tone = verdictTone === 'warn' ? '' : verdictTone;
    // The value is written past the whisker and the baseline's tick, whichever ends further right.
    const labelAt = Math.max(hi, base.find((b) => b.target === f.target)?.y ?? 0);
    return { target: f.target, y: m, lo: Math.min(...f.figure.values), hi, labelAt, label: quantity(m, unit), tone };
  });
  const alt = measured
    .map((f, i) => {
      const b = bars[i]!;
      const verdict = verdictWords(f.row);
      return `${f.target} ${b.label} (${f.figure.values.length} repetitions, ${quantity(b.lo, unit)}–${quantity(b.hi, unit)})${verdict ? `, ${verdict}` : ''}`;
    })
    .join('; ');
  return {
    id: `figure-${slug(bench)}`,
    kind: 'figure',
    alt: `${bench}, ${better} is better: ${alt || 'no measurements'}. Bar: median (red when it regressed, green when it improved); whisker: every repetition; black tick: the baseline’s median.`,
    data: { bars, base },
    signals: { heading: bench, subheading: `${better} is better · bar: median · whisker: all runs · tick: baseline`, xtitle: unit, ytitle: '', rows: Math.max(1, bars.length) },
  };
}
