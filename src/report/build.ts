/**
 * `scalewatch report` without the files: analyzed targets and baselines in; the comparison, the
 * Markdown (the comment's text, unshrunk), the HTML page with a chart per curve and figure, and a JSON
 * summary out. Pure (charts are drawn by Vega in memory); the command reads and writes the files.
 */
import type { CurveSummary, FigureSummary, TargetSummary } from '../analysis/types.js';
import { compareTargets } from '../compare/compare.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { findBench } from '../suite/benches.js';
import { benchFacts } from './facts.js';
import { slug } from './html/labels.js';
import { curveChart, figureChart, overlayChart, type Chart } from './html/model.js';
import type { PreparedTarget } from './html/prepare.js';
import { renderPage, type PageSection } from './html/page.js';
import { ChartRenderer } from './html/render.js';
import { mergeReports } from '../compare/report-file.js';
import type { CompareReport, CompareResult } from '../compare/types.js';
import type { ReportInput, TargetMeta } from './input.js';
import { catalogue } from './matrix.js';
import { renderReport } from './markdown.js';

export interface BuildInput {
  targets: readonly PreparedTarget[];
  baselines: readonly TargetSummary[];
  threshold: number;
  /** Compare results from elsewhere (`<target>.compare.json`), used for targets that have no baseline here. */
  compareFiles?: readonly CompareReport[];
  /** Targets that produced no results, with why. */
  failed?: readonly TargetMeta[];
  /** Where the results came from, for the page's header. */
  source: string;
  runUrl?: string;
}

export interface BuiltReport {
  input: ReportInput;
  markdown: string;
  html: string;
  /** How many charts the page holds, by kind. */
  charts: { curve: number; overlay: number; figure: number };
}

function metaOf(t: TargetSummary): TargetMeta {
  const m = t.machine;
  return { target: t.target, os: m.os, release: m.release, arch: m.arch, ...(m.fs ? { fs: m.fs } : {}), ncpu: m.ncpu, ...(m.driver ? { driver: m.driver } : {}) };
}

/**
 * Targets with a baseline here are compared now; the others keep the compare result that came with
 * them (`<target>.compare.json`: side by side, or against a baseline elsewhere), summary and all.
 */
function compareOf(input: BuildInput, currents: readonly TargetSummary[]): CompareReport {
  const withBaseline = new Set(input.baselines.map((b) => b.target));
  const fromFiles = (input.compareFiles ?? [])
    .map((c) => ({ ...c, results: c.results.filter((r) => !withBaseline.has(r.target)) }))
    .filter((c) => c.results.length > 0);
  const elsewhere = new Set(fromFiles.flatMap((c) => c.results.map((r) => r.target)));
  const computed = compareTargets(
    input.baselines.filter((b) => currents.some((c) => c.target === b.target)),
    currents.filter((c) => !elsewhere.has(c.target)),
    { ...DEFAULT_OPTIONS, threshold: input.threshold },
  );
  return fromFiles.length === 0 ? computed : mergeReports(computed.results.length > 0 ? [computed, ...fromFiles] : fromFiles);
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
  const currents = input.targets.map((t) => t.summary);
  const compare = compareOf(input, currents);
  const rows = compare.results;
  const report: ReportInput = {
    compare,
    targets: [...currents.map(metaOf), ...(input.failed ?? [])],
    threshold: input.threshold,
    ...(input.runUrl ? { runUrl: input.runUrl } : {}),
    benchmarks: benchFacts(currents, input.baselines),
  };
  const markdown = renderReport(report, { budget: Number.POSITIVE_INFINITY, elsewhere: 'the HTML report' });
  const sections = sectionsOf(input, rows);
  const renderer = new ChartRenderer();
  const pageSections: PageSection[] = [];
  const charts = { curve: 0, overlay: 0, figure: 0 };
  try {
    for (const s of sections) {
      const drawn: PageSection['charts'] = [];
      for (const c of s.charts) {
        drawn.push({ id: c.id, alt: c.alt, svg: await renderer.render(c) });
        charts[c.kind]++;
      }
      pageSections.push({ id: s.id, title: s.title, what: s.what, charts: drawn });
    }
  } finally {
    renderer.finalize();
  }
  return { input: report, markdown, html: renderPage(report, pageSections, input.source), charts };
}
