/**
 * The fitted curve a chart draws: ns ≈ a + b·g(n) for the order the analysis chose, fitted to the grid
 * medians with the steps taken out (as the analysis does) and put back when drawing, so the line jumps
 * where the curve does; for a bimodal curve, one line per branch. Weighted least squares on relative
 * error, two parameters, closed form. Pure.
 */
import { withoutSteps } from '../../analysis/order.js';
import type { CurveSummary, Order, Step } from '../../analysis/types.js';

const BASIS: Record<Order, (n: number) => number> = {
  'O(1)': () => 0,
  'O(log n)': (n) => Math.log(Math.max(n, 1)),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log(Math.max(n, 1)),
  'O(n^2)': (n) => n * n,
};

export interface FitPoint {
  n: number;
  ns: number;
}

/** [a, b] of ns ≈ a + b·g(n), or null when there is nothing to fit. */
export function fitOrder(points: readonly { n: number; y: number; count: number }[], order: Order): [number, number] | null {
  const g = BASIS[order];
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const p of points) {
    if (!(p.y > 0)) continue;
    const w = p.count / (p.y * p.y);
    const x = g(p.n);
    sw += w;
    sx += w * x;
    sy += w * p.y;
    sxx += w * x * x;
    sxy += w * x * p.y;
  }
  if (sw === 0) return null;
  const det = sw * sxx - sx * sx;
  if (order === 'O(1)' || Math.abs(det) < 1e-12 * sw * sxx) return [sy / sw, 0];
  const b = (sw * sxy - sx * sy) / det;
  return [(sy - b * sx) / sw, b];
}

/** The fitted line evenly over [lo, hi], with each step's factor applied past it (and a vertical jump). */
function drawn(ab: [number, number], order: Order, lo: number, hi: number, known: readonly Step[], steps = 60): FitPoint[] {
  const g = BASIS[order];
  const ns = new Set<number>();
  for (let i = 0; i <= steps; i++) ns.add(lo + ((hi - lo) * i) / steps);
  for (const s of known) if (s.n > lo && s.n < hi) ns.add(s.n - 1e-6 * (hi - lo)).add(s.n);
  return [...ns]
    .sort((a, b) => a - b)
    .map((n) => ({ n, ns: known.reduce((y, s) => (n >= s.n ? y * s.factor : y), ab[0] + ab[1] * g(n)) }));
}

/** The curve of the chosen order through the grid medians, steps and dents included. */
export function fittedCurve(curve: CurveSummary): FitPoint[] {
  const f = curve.findings;
  if (!f || curve.points.length < 2) return [];
  const known = [...f.steps, ...f.dents];
  const pts = withoutSteps(curve.points.map((p) => ({ n: p.n, y: p.median, count: p.count })), known);
  const ab = fitOrder(pts, f.order);
  return ab ? drawn(ab, f.order, curve.minN, curve.maxN, known) : [];
}

/** One branch of a bimodal curve: `order` fitted to points drawn from that branch alone. */
export function branchCurve(points: readonly FitPoint[], order: Order, lo: number, hi: number): FitPoint[] {
  const ab = fitOrder(points.map((p) => ({ n: p.n, y: p.ns, count: 1 })), order);
  return ab && points.length >= 2 ? drawn(ab, order, lo, hi, []) : [];
}
