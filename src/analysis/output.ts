/**
 * What `scalewatch analyze` prints: the JSON documented in docs/analysis.md (`{"targets":[{"target", "benchmarks":[…]}]}`)
 * and a short text for people. Pure: summaries in, a value or a string out.
 */
import { fallShown, growthShown } from './growth.js';
import { median } from './stats.js';
import type { BenchSummary, CurveSummary, MeasuredGrowth, FigureSummary, TargetSummary } from './types.js';

function curveJson(b: CurveSummary) {
  const f = b.findings;
  return {
    bench: b.bench,
    kind: 'curve' as const,
    order: f?.order ?? null,
    bimodal: f?.bimodal !== null && f?.bimodal !== undefined,
    branches: f?.bimodal ?? null,
    steps: f?.steps ?? [],
    dents: f?.dents ?? [],
    outliers: f?.outliers ?? { count: 0, share: 0 },
    fit: f?.fit ?? null,
    growth: f?.growth ?? null,
    noise: f?.noise ?? null,
    runs: b.runs,
    samples: b.samples,
    minN: b.minN,
    maxN: b.maxN,
    stopped: b.stopped,
  };
}

/** Median of the repetitions and their robust spread (MAD ÷ median). */
export function figureStats(values: readonly number[]): { median: number | null; spread: number | null } {
  if (values.length === 0) return { median: null, spread: null };
  const m = median(values);
  const spread = m !== 0 ? (1.4826 * median(values.map((v) => Math.abs(v - m)))) / Math.abs(m) : null;
  return { median: m, spread: spread === null ? null : Math.round(spread * 10000) / 10000 };
}

function figureJson(b: FigureSummary) {
  return { bench: b.bench, kind: 'figure' as const, unit: b.unit, better: b.better, reps: b.values.length, ...figureStats(b.values), values: b.values, stopped: b.stopped };
}

export function analysisJson(targets: readonly TargetSummary[]) {
  return {
    targets: targets.map((t) => ({
      target: t.target,
      machine: t.machine,
      benchmarks: t.benchmarks.map((b: BenchSummary) => (b.kind === 'curve' ? curveJson(b) : figureJson(b))),
    })),
  };
}

/** A latency with three significant digits in the unit that suits it: 812 ns, 1.23 µs, 2.50 ms. */
export const formatNs = (ns: number): string =>
  ns >= 1e9 ? `${(ns / 1e9).toPrecision(3)} s` : ns >= 1e6 ? `${(ns / 1e6).toPrecision(3)} ms` : ns >= 1e3 ? `${(ns / 1e3).toPrecision(3)} µs` : `${ns.toPrecision(3)} ns`;

function curveLine(b: CurveSummary, width: number): string {
  const name = b.bench.padEnd(width);
  const f = b.findings;
  if (!f) return `  ${name}  no data${b.stopped ? ` — stopped: ${b.stopped.message}` : ''}`;
  const first = b.points[0]!;
  const last = b.points[b.points.length - 1]!;
  const parts: string[] = [`${formatNs(first.median)} near n=${first.n} → ${formatNs(last.median)} near n=${last.n}`];
  const fit = f.fit;
  if (f.growth) parts.push(growthWords(f.growth));
  if (f.growth && fit.order === 'O(1)' && growthShown(f.growth)) parts.push('no growing order fits it clearly');
  if (fit.order !== 'O(1)') {
    const exponent = fit.exponent !== null && fit.exponentCi ? `, exponent ${fit.exponent} [${fit.exponentCi[0]}, ${fit.exponentCi[1]}]` : '';
    parts.push(`fits ${fit.order}${exponent}, ${fit.margin >= 100 ? '100+' : fit.margin.toPrecision(2)}× better than the next simpler order`);
  } else if (!f.growth) parts.push(fit.growth >= 0.01 ? `flat within noise (a growing fit would add ${Math.round(fit.growth * 100)}%, not clearly)` : 'flat');
  if (!fit.confident) parts.push(`uncertain (support ${Math.round(fit.support * 100)}%)`);
  if (f.bimodal) parts.push(`bimodal: ${f.bimodal.lower} and ${f.bimodal.upper} (${Math.round(f.bimodal.upperShare * 100)}% on the slower)`);
  for (const s of f.steps) parts.push(`step at n=${s.n}: ×${s.factor}`);
  for (const s of f.dents) parts.push(`dent at n=${s.n}: ×${s.factor}`);
  if (f.outliers.share >= 0.001) parts.push(`${(f.outliers.share * 100).toFixed(1)}% outliers`);
  if (b.stopped) parts.push(`stopped at n=${b.stopped.n ?? '?'}: ${b.stopped.message}`);
  return `  ${name}  ${f.order.padEnd(10)}  ${parts.join('; ')}`;
}

/** Words for a measured growth that say what its numbers say: grows, falls, or flat. */
export function growthWords(g: MeasuredGrowth): string {
  const ci = g.ci ? ` [×${g.ci[0].toPrecision(3)}, ×${g.ci[1].toPrecision(3)}]` : '';
  const span = `from n≈${g.lowN} to n≈${g.highN}`;
  if (growthShown(g)) return `grows ×${g.ratio.toPrecision(3)}${ci} ${span}`;
  if (fallShown(g)) return `falls to ×${g.ratio.toPrecision(3)}${ci} ${span}`;
  return `flat: ×${g.ratio.toPrecision(3)}${ci} ${span}`;
}

function figureLine(b: FigureSummary, width: number): string {
  const { median: m, spread } = figureStats(b.values);
  const name = b.bench.padEnd(width);
  if (m === null) return `  ${name}  no data${b.stopped ? ` — stopped: ${b.stopped.message}` : ''}`;
  return `  ${name}  ${'figure'.padEnd(10)}  ${m.toPrecision(4)} ${b.unit} (${b.better} is better), ±${((spread ?? 0) * 100).toFixed(1)}% over ${b.values.length} reps${b.stopped ? `; stopped: ${b.stopped.message}` : ''}`;
}

export function renderAnalysis(targets: readonly TargetSummary[]): string {
  const lines: string[] = [];
  for (const t of targets) {
    const m = t.machine;
    lines.push(`${t.target}  (${m.os} ${m.release} ${m.arch}, ${m.ncpu} CPU${m.ncpu === 1 ? '' : 's'}${m.driver ? `, ${m.driver}` : ''})`);
    const width = Math.max(8, ...t.benchmarks.map((b) => b.bench.length));
    for (const b of t.benchmarks) lines.push(b.kind === 'curve' ? curveLine(b, width) : figureLine(b, width));
    lines.push('');
  }
  return lines.join('\n');
}
