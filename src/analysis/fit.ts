/**
 * Weighted least squares with mathjs, and a robust (bisquare) reweighting on top. Systems are small:
 * one row per grid point (about 10 a decade of n), a handful of columns.
 */
import { inv, lusolve, matrix, multiply, transpose } from 'mathjs';

export interface LinearFit {
  beta: number[];
  /** (XᵀWX)⁻¹: times the residual variance it is the covariance of beta. */
  unscaledCov: number[][];
  /** Weighted residual sum of squares. */
  rss: number;
  /** Rows that kept a non-zero weight. */
  rows: number;
  /** The weights of the final solve (base weights times robustness weights). */
  weights: number[];
}

/** Solve min Σ wᵢ(yᵢ − xᵢβ)²; null when the design is singular. */
export function weightedLeastSquares(x: readonly number[][], y: readonly number[], w: readonly number[]): LinearFit | null {
  const rows = x.length;
  const xw: number[][] = [];
  const yw: number[] = [];
  for (let i = 0; i < rows; i++) {
    const s = Math.sqrt(w[i]!);
    xw.push(x[i]!.map((v) => v * s));
    yw.push(y[i]! * s);
  }
  const X = matrix(xw, 'dense', 'number');
  const Xt = transpose(X);
  const A = multiply(Xt, X);
  const b = multiply(Xt, matrix(yw, 'dense', 'number'));
  let beta: number[];
  let cov: number[][];
  try {
    beta = (lusolve(A, b).valueOf() as number[][]).map((r) => r[0]!);
    cov = inv(A).valueOf() as number[][];
  } catch {
    return null;
  }
  if (!beta.every(Number.isFinite)) return null;
  let rss = 0;
  let sw = 0;
  for (let i = 0; i < rows; i++) {
    let f = 0;
    for (let j = 0; j < beta.length; j++) f += x[i]![j]! * beta[j]!;
    rss += w[i]! * (y[i]! - f) ** 2;
    sw += w[i]! > 0 ? 1 : 0;
  }
  return { beta, unscaledCov: cov, rss, rows: sw, weights: [...w] };
}

/**
 * Iteratively reweighted least squares with Tukey's bisquare on residuals scaled by their MAD, so
 * that a few wild grid points (a burst of interference) cannot bend the fit. baseWeights carry the
 * precision of each row; the returned rss uses the final robustness weights.
 */
export function robustFit(x: readonly number[][], y: readonly number[], baseWeights: readonly number[], iterations = 2): LinearFit | null {
  let w = [...baseWeights];
  let fit = weightedLeastSquares(x, y, w);
  for (let it = 0; it < iterations && fit; it++) {
    const beta = fit.beta;
    const r = y.map((yi, i) => (yi - x[i]!.reduce((s, v, j) => s + v * beta[j]!, 0)) * Math.sqrt(baseWeights[i]!));
    const abs = r.map(Math.abs).sort((a, b) => a - b);
    const scale = 1.4826 * (abs[Math.floor(abs.length / 2)] ?? 0);
    if (!(scale > 0)) break;
    const c = 4.685 * scale;
    w = baseWeights.map((bw, i) => {
      const u = r[i]! / c;
      return Math.abs(u) >= 1 ? 0 : bw * (1 - u * u) ** 2;
    });
    const next = weightedLeastSquares(x, y, w);
    if (!next) break;
    fit = next;
  }
  return fit;
}
