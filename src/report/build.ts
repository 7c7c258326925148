/**
 * `scalewatch report` without the files: analyzed targets and baselines in; the comparison, the
 * Markdown (the comment's text, unshrunk), the HTML page with a chart per curve and figure, and a JSON
 * summary out. Pure (charts are drawn by Vega in memory); the command reads and writes the files.
 */
import type { CurveSummary, FigureSummary, TargetSummary } from '../analysis/types.js';
import { findBench } from '../suite/benches.js';
import { assembleReport, type TargetParts } from './assemble.js';
import { slug } from './html/labels.js';
import { curveChart, figureChart, overlayChart, type Chart } from './html/model.js';
import type { PreparedTarget } from './html/prepare.js';
import { renderPage, type PageSection } from './html/page.js';
import { ChartRenderer } from './html/render.js';
import { trendChart, withHoverTitles } from './html/trend.js';
import type { Series } from '../history/series.js';
import type { CompareResult } from '../compare/types.js';
import type { ReportInput } from './input.js';
import { catalogue } from './matrix.js';
import { renderReport } from './markdown.js';

export interface BuildInput {
  /** What each target left (src/report/assemble.ts); without, each of `targets` is compared now with its baseline. */
  parts?: readonly TargetParts[];
  /** The analyzed runs, with the points of their charts. */
  targets: readonly PreparedTarget[];
  /** The baselines the page draws beside the runs. */
  baselines: readonly TargetSummary[];
  threshold: number;
  /** Where the results came from, for the page's header. */
  source: string;
  runUrl?: string;
  /** Series of the history of main (src/history/series.ts): a section of trend charts per target of the report, for its benchmarks. */
  history?: readonly Series[];
}

export interface BuiltReport {
  input: ReportInput;
  markdown: string;
  html: string;
  /** How many charts the page holds, by kind. */
  charts: { curve: number; overlay: number; figure: number; trend: number };
}

interface Section {
  id: string;
  title: string;
  what: string;
  charts: Chart[];
}

/** One section per benchmark, in catalogue order: the overlay of every target, each target's curve, or the figure's bars. */
function sectionsOf(input: BuildInput, rows: readonly CompareResult[]): Section[] {
  const row = (target: string, bench: string) => rows.find((r) => r.target === target && r.bench === bench);
  const baseOf = (target: string, bench: string) => input.baselines.find((b) => b.target === target)?.benchmarks.find((b) => b.bench === bench);
  const benches = [...new Set(input.targets.flatMap((t) => t.summary.benchmarks.map((b) => b.bench)))].sort((a, b) => catalogue(a) - catalogue(b) || a.localeCompare(b));
  return benches.map((bench) => {
    const charts: Chart[] = [];
    const curves = input.targets.flatMap((t) => {
      const b = t.summary.benchmarks.find((x) => x.bench === bench);
      return b?.kind === 'curve' ? [{ target: t.summary.target, curve: b, points: t.points.get(bench) ?? [] }] : [];
    });
    if (curves.length > 1) charts.push(overlayChart(bench, curves));
    for (const c of curves) charts.push(curveChart(c.target, c.curve, c.points, baseOf(c.target, bench) as CurveSummary | undefined, row(c.target, bench)));
    const figures = input.targets.flatMap((t) => {
      const b = t.summary.benchmarks.find((x) => x.bench === bench);
      const base = baseOf(t.summary.target, bench);
      return b?.kind === 'figure' ? [{ target: t.summary.target, figure: b, base: base?.kind === 'figure' ? (base as FigureSummary) : undefined, row: row(t.summary.target, bench) }] : [];
    });
    if (figures.length > 0) charts.push(figureChart(bench, figures));
    return { id: `bench-${slug(bench)}`, title: bench, what: findBench(bench)?.what ?? '', charts };
  });
}

export async function buildReport(input: BuildInput): Promise<BuiltReport> {
  const parts = input.parts ?? input.targets.map((t) => {
    const summary = input.baselines.find((b) => b.target === t.summary.target);
    return { target: t.summary.target, current: t.summary, ...(summary ? { baseline: { summary } } : {}) };
  });
  const report = assembleReport(parts, { threshold: input.threshold, ...(input.runUrl ? { runUrl: input.runUrl } : {}) });
  const rows = report.compare.results;
  const markdown = renderReport(report, { budget: Number.POSITIVE_INFINITY, elsewhere: 'the HTML report' });
  const sections = sectionsOf(input, rows);
  const renderer = new ChartRenderer();
  const pageSections: PageSection[] = [];
  const charts = { curve: 0, overlay: 0, figure: 0, trend: 0 };
  try {
    for (const s of sections) {
      const drawn: PageSection['charts'] = [];
      for (const c of s.charts) {
        drawn.push({ id: c.id, alt: c.alt, svg: await renderer.render(c) });
        charts[c.kind]++;
      }
      pageSections.push({ id: s.id, title: s.title, what: s.what, charts: drawn });
    }
    // The history of main, after the run's own charts: each target's benchmarks of this report.
    for (const target of report.targets.map((t) => t.target)) {
      const benches = new Set(rows.filter((r) => r.target === target).map((r) => r.bench));
      const series = (input.history ?? []).filter((x) => x.target === target && benches.has(x.bench));
      if (series.length === 0) continue;
      const drawn: PageSection['charts'] = [];
      for (const x of series) {
        const { chart, alt } = trendChart(x);
        drawn.push({ id: `history-${slug(target)}-${slug(x.bench)}-${x.measure}`, alt, svg: withHoverTitles(await renderer.render(chart)) });
        charts.trend++;
      }
      pageSections.push({ id: `history-${slug(target)}`, title: `History of main: ${target}`, what: `${series.length} series along the commits of main, each level a ratio to the reference measured beside each commit (docs/history.md).`, charts: drawn });
    }
  } finally {
    renderer.finalize();
  }
  return { input: report, markdown, html: renderPage(report, pageSections, input.source), charts };
}
