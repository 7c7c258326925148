import { describe, expect, it } from 'vitest';
import { classifyOrder, withoutSteps, type FitPoint } from '../../src/analysis/order.js';
import { Rng } from '../../src/analysis/random.js';
import type { Order } from '../../src/analysis/types.js';

/** Points on a 10-a-decade grid from 1 to maxN of a + b·g(n), with a little multiplicative noise. */
function curve(f: (n: number) => number, maxN = 10000, noise = 0.01, seed = 1): FitPoint[] {
  const rng = new Rng(seed);
  const points: FitPoint[] = [];
  for (let k = 0; Math.pow(10, k / 10) <= maxN; k++) {
    const n = Math.round(Math.pow(10, k / 10));
    if (points.some((p) => p.n === n)) continue;
    points.push({ n, y: f(n) * Math.exp(noise * rng.normal()), count: 50 });
  }
  return points;
}

describe('classifyOrder', () => {
  const cases: [string, (n: number) => number, Order][] = [
    ['flat', () => 800, 'O(1)'],
    ['logarithmic', (n) => 500 + 200 * Math.log(n), 'O(log n)'],
    ['linear', (n) => 1000 + 0.5 * n, 'O(n)'],
    ['n log n', (n) => 1000 + 0.05 * n * Math.log(n), 'O(n log n)'],
    ['quadratic', (n) => 1000 + 0.0001 * n * n, 'O(n^2)'],
    // A large constant overhead must neither hide growth nor fake a slower order.
    ['linear under a big constant', (n) => 100000 + 5 * n, 'O(n)'],
    ['quadratic under a big constant', (n) => 1e6 + 0.005 * n * n, 'O(n^2)'],
    ['growth of 3% is immaterial', (n) => 1000 + 0.003 * n, 'O(1)'],
    ['a falling curve is not growing', (n) => 1000 + 5000 / n, 'O(1)'],
  ];
  it.each(cases)('%s is %s', (_name, f, order) => {
    const fit = classifyOrder(curve(f));
    expect(fit.order).toBe(order);
  });

  it('says how sure it is: exponent with interval, margin over the simpler order, support', () => {
    const fit = classifyOrder(curve((n) => 1000 + 0.5 * n));
    expect(fit.exponent).toBeCloseTo(1, 1);
    expect(fit.exponentCi![0]).toBeLessThanOrEqual(1);
    expect(fit.exponentCi![1]).toBeGreaterThanOrEqual(1);
    expect(fit.margin).toBeGreaterThan(1.5);
    expect(fit.support).toBeGreaterThan(0.8);
    expect(fit.confident).toBe(true);
  });

  it('is not confident about a curve too short to tell', () => {
    const fit = classifyOrder(curve((n) => 1000 + n, 3));
    expect(fit.confident).toBe(false);
  });

  it('takes a known step out before fitting', () => {
    const stepped = curve((n) => (1000 + 0.5 * n) * (n >= 1000 ? 1.4 : 1));
    const steps = [{ n: 1000, factor: 1.4 }];
    expect(classifyOrder(stepped, steps).order).toBe('O(n)');
    const cleaned = withoutSteps(stepped, steps);
    expect(cleaned.every((p) => p.n !== 1000)).toBe(true);
  });
});
