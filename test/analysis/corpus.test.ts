import { describe, expect, it } from 'vitest';
import { curveCases, scoreCurveCase } from '../../corpus/evaluate.js';

describe('analysis on the synthetic corpus', () => {
  const cases = curveCases();
  const scores = cases.map((c) => scoreCurveCase(c, 1));

  it('classifies at least 95% of the curves correctly', () => {
    const ok = scores.filter((s) => s.orderOk).length;
    expect(ok / scores.length).toBeGreaterThanOrEqual(0.95);
  });

  it.each(cases.filter((c) => !c.name.includes('hard')).map((c, i) => [c.name, i] as const))('%s', (name) => {
    const s = scores.find((x) => x.name === name)!;
    expect(s.found).toBe(s.truth);
  });

  it('finds every step and dent at its n and factor, and no others', () => {
    for (const s of scores) {
      expect(s.stepsMatched, s.name).toBe(s.stepsTrue);
      expect(s.stepsFound, s.name).toBe(s.stepsTrue);
    }
  });

  it('tells bimodal curves from the rest', () => {
    for (const s of scores) expect(s.bimodalOk, s.name).toBe(true);
  });
});
