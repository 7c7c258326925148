/** The compare → report contract on disk: what compare writes, the report reads back whole. */
import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { compareTargets } from '../../src/compare/compare.js';
import { interval } from '../../src/compare/estimate.js';
import { mergeReports, parseCompareReport } from '../../src/compare/report-file.js';
import { DEFAULT_OPTIONS } from '../../src/compare/types.js';
import { renderReport } from '../../src/report/markdown.js';
import { parseResults } from '../../src/suite/protocol.js';
import { resultsJsonl } from '../action/fixtures.js';

const summaryOf = (target: string, socketNs: number, cpu?: string) => {
  const text = resultsJsonl(target, socketNs);
  return analyzeResults(parseResults(cpu ? text.replace('QEMU Virtual CPU', cpu) : text, target));
};

/** Levels against a one-session baseline, judged with an assumed spread between sessions. */
const OPTIONS = { ...DEFAULT_OPTIONS, sessionNoise: 0.05 };

/** A real compare report: freebsd-14's socket 30% slower, measured on another CPU than its baseline. */
function realReport() {
  return compareTargets([summaryOf('freebsd-14', 800)], [summaryOf('freebsd-14', 1040, 'AMD EPYC 7763')], OPTIONS);
}

describe('parseCompareReport', () => {
  it('reads back exactly what the compare stage wrote, caution and summary included', () => {
    const report = realReport();
    expect(report.summary.machineMismatch).toEqual(['freebsd-14']);
    const back = parseCompareReport(JSON.stringify(report), 'freebsd-14.compare.json');
    expect(back).toEqual(JSON.parse(JSON.stringify(report)));
    expect(back.results.find((r) => r.bench === 'socket')).toMatchObject({ verdict: 'regressed', caution: expect.stringContaining('AMD EPYC 7763') });
  });

  it("keeps each measured level's estimate, from which the interval its verdict followed is read again", () => {
    const socket = parseCompareReport(JSON.stringify(realReport()), 'x').results.find((r) => r.bench === 'socket')!;
    const e = socket.estimate!;
    const [lo, hi] = interval({ d: e.logChange, se: e.se, df: e.df }, socket.ciLevel!);
    expect(lo).toBeCloseTo(socket.ci![0], 12);
    expect(hi).toBeCloseTo(socket.ci![1], 12);
    expect(Math.expm1(e.logChange)).toBeCloseTo(socket.change!, 12);
  });

  it('reads an unbounded interval end (written as null) back as an infinity', () => {
    const report = realReport();
    report.results[0]!.ci = [0.1, Infinity];
    expect(parseCompareReport(JSON.stringify(report), 'x').results[0]!.ci).toEqual([0.1, Infinity]);
  });

  const good = () => JSON.parse(JSON.stringify(realReport())) as { summary: Record<string, unknown>; results: Record<string, unknown>[] };
  it.each([
    ['not JSON', () => 'not json', /x.json is not JSON/],
    ['an array', () => '[]', /x.json is not a scalewatch compare result: \/ must be object/],
    ['an unknown verdict', () => { const g = good(); g.results[0]!.verdict = 'exploded'; return JSON.stringify(g); }, /\/results\/0\/verdict must be equal to one of the allowed values/],
    ['a long name', () => { const g = good(); g.results[0]!.bench = 'x'.repeat(201); return JSON.stringify(g); }, /\/results\/0\/bench must NOT have more than 200 characters/],
    ['an interval of one end', () => { const g = good(); g.results[0]!.ci = [1]; return JSON.stringify(g); }, /\/results\/0\/ci must NOT have fewer than 2 items/],
    ['a change in words', () => { const g = good(); g.results[0]!.change = '10%'; return JSON.stringify(g); }, /\/results\/0\/change must be number/],
    ['an order that is not one', () => { const g = good(); g.results[0]!.currentOrder = '<img src=x>'; return JSON.stringify(g); }, /\/results\/0\/currentOrder must be equal to one of the allowed values/],
    ['a field compare does not write', () => { const g = good(); g.results[0]!.html = '<b>'; return JSON.stringify(g); }, /\/results\/0 must NOT have additional properties/],
    ['an estimate with a negative standard error', () => { const g = good(); g.results[0]!.estimate = { logChange: 0, se: -1, df: 5 }; return JSON.stringify(g); }, /\/results\/0\/estimate\/se must be >= 0/],
    ['a summary without machineMismatch', () => { const g = good(); delete g.summary.machineMismatch; return JSON.stringify(g); }, /\/summary must have required property 'machineMismatch'/],
  ])('refuses %s with one sentence', (_what, text, message) => {
    expect(() => parseCompareReport(text(), 'x.json')).toThrow(message);
  });
});

describe('mergeReports', () => {
  it('joins targets, counts verdicts and keeps each summary\'s machine mismatch, calibration and sessions', () => {
    const a = realReport();
    const b = compareTargets([summaryOf('netbsd-10', 800)], [summaryOf('netbsd-10', 800)], OPTIONS);
    const merged = mergeReports([a, b]);
    expect(merged.results.map((r) => r.target)).toEqual([...a.results.map(() => 'freebsd-14'), ...b.results.map(() => 'netbsd-10')]);
    expect(merged.summary.verdicts.regressed).toBe(a.summary.verdicts.regressed + b.summary.verdicts.regressed);
    expect(merged.summary.machineMismatch).toEqual(['freebsd-14']);
    expect(merged.summary.baselineSessions.map((s) => s.target)).toEqual(['freebsd-14', 'netbsd-10']);
    expect(merged.summary.targets).toBe(2);
    expect(mergeReports([])).toMatchObject({ results: [], summary: { targets: 0, machineMismatch: [] } });
  });

  it('brings the caution into the comment: on the target line and on each level verdict it applies to', () => {
    const report = mergeReports([realReport(), compareTargets([summaryOf('netbsd-10', 800)], [summaryOf('netbsd-10', 800)], OPTIONS)]);
    const md = renderReport({ compare: report, targets: [{ target: 'freebsd-14' }, { target: 'netbsd-10' }], threshold: 0.05 }, { budget: Infinity, elsewhere: 'x' });
    // Markdown-escaped as every name and sentence from a file is.
    expect(md).toContain('- **freebsd\\-14**; ⚠️ baseline measured on QEMU Virtual CPU ×2 \\(qemu\\)\\, this run on AMD EPYC 7763 ×2 \\(qemu\\)\\: constant factors may differ by machine (level verdicts marked ⚠️ carry this caution; growth and orders do not)');
    expect(md).toMatch(/\| freebsd\\-14 \| socket \| \S+ regressed ⚠️ \|/);
    expect(md).toContain('- **netbsd\\-10**\n');
    expect(md).not.toMatch(/netbsd\\-10 \|[^\n]*⚠️/);
  });
});
