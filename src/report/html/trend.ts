/**
 * The history's trend charts: one per series (a benchmark's level against the reference, or its
 * growth, on one target), commits along x, each segment's median and each change point marked, and
 * each point's commit shown on hover (an SVG <title>, no script). Pure.
 */
import { median } from '../../analysis/stats.js';
import { segmentsOf, signed, type Series } from '../../history/series.js';
import type { ChartData } from './render.js';

/** The chart of one series (its points, its segments between change points, the change points), and its text alternative. */
export function trendChart(s: Series): { chart: ChartData; alt: string } {
  const { changes } = segmentsOf(s);
  const bounds = [0, ...changes.map((c) => c.index), s.values.length];
  const what = s.measure === 'ratio' ? 'level ÷ the reference' : 'growth with n';
  const labels = changes.map((c) => `${signed(c.change)} at ${s.commits[c.index]!.slice(0, 7)}`);
  const heading = `${s.bench} on ${s.target}: ${what}`;
  const subheading = `${s.values.length} records, ${s.commits[0]!.slice(0, 7)} … ${s.commits[s.commits.length - 1]!.slice(0, 7)}; ${changes.length === 0 ? 'no change point' : `${changes.length} change point${changes.length === 1 ? '' : 's'}`}`;
  const chart: ChartData = {
    kind: 'trend',
    data: {
      points: s.values.map((y, i) => ({ i, y, label: `commit ${s.commits[i]!.slice(0, 7)} (${s.recordedAt[i]!.slice(0, 10)}): ${s.measure === 'ratio' ? '×' : 'growth ×'}${y.toPrecision(4)}` })),
      segments: bounds.slice(1).map((end, k) => ({ i0: bounds[k]!, i1: end - 1, y: median(s.values.slice(bounds[k]!, end)) })),
      changes: changes.map((c, k) => ({ i: c.index - 0.5, label: labels[k]! })),
    },
    signals: { heading, subheading, xtitle: 'commit (in order on main)', ytitle: s.measure === 'ratio' ? 'level ÷ reference' : 'growth (×)' },
  };
  return { chart, alt: `${heading}: ${subheading}.${labels.length ? ` Change points: ${labels.join('; ')}.` : ''}` };
}

/** Each point's description as an SVG <title> too, which a browser shows on hover. */
export function withHoverTitles(svg: string): string {
  return svg.replace(/<path aria-label="([^"]*)" role="graphics-symbol"([^>]*?)\/>/g, '<path aria-label="$1" role="graphics-symbol"$2><title>$1</title></path>');
}
