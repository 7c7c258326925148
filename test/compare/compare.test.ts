import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { compareTargets } from '../../src/compare/compare.js';
import { benjaminiHochberg } from '../../src/compare/fdr.js';
import { figureChange } from '../../src/compare/figures.js';
import { machineCaution, placementCaution } from '../../src/compare/machine.js';
import { fullSuite, resultSet, type CurveSpec } from '../../corpus/corpus.js';
import { DEFAULT_OPTIONS } from '../../src/compare/types.js';
import { aaReport, baselineOf, compareCases, isAlarm, runCompareCases } from '../../corpus/evaluate.js';

describe('verdicts on the corpus of comparisons with known outcomes', () => {
  const outcomes = runCompareCases(1);
  it.each(outcomes.map(({ c }) => [c.name, c.verdict] as const))('%s → %s', (name, verdict) => {
    expect(outcomes.find((o) => o.c.name === name)!.r.verdict).toBe(verdict);
  });

  it('has a case for every kind of outcome compare can give', () => {
    const verdicts = new Set(compareCases().map((c) => c.verdict));
    for (const v of ['unchanged', 'regressed', 'improved', 'scaling-regressed', 'scaling-improved', 'failed']) expect(verdicts).toContain(v);
  });
});

describe('A/A: two runs of the same system', () => {
  it('raises no alarm over a five-target report', () => {
    const results = aaReport(1);
    expect(results.length).toBe(60);
    expect(results.filter(isAlarm)).toEqual([]);
  });
});

describe('report structure', () => {
  const { curves, figures } = fullSuite();
  const small = curves.map((c): CurveSpec => ({ ...c, stride: 20 }));
  const base = analyzeResults(resultSet('freebsd-14', small, figures, 1));

  it('reports benchmarks only in the baseline as missing and only in this run as new', () => {
    const cur = analyzeResults(resultSet('freebsd-14', [...small.slice(1), { ...small[0]!, bench: 'kqueue' }], figures, 2));
    const report = compareTargets([base], [cur]);
    expect(report.results.find((r) => r.bench === 'socket')?.verdict).toBe('missing');
    expect(report.results.find((r) => r.bench === 'kqueue')?.verdict).toBe('new');
    expect(report.summary.verdicts.missing).toBe(1);
  });

  it('keeps comparing levels on another kind of machine, with the caution visible', () => {
    const cur = analyzeResults(resultSet('freebsd-14', small, figures, 2, { cpu: 'Intel Xeon', ncpu: 4, driver: 'vagrant' }));
    const sessions = baselineOf([3, 4, 5, 6, 7].map((s) => analyzeResults(resultSet('freebsd-14', small, figures, s))));
    const report = compareTargets([sessions], [cur]);
    expect(report.summary.machineMismatch).toEqual(['freebsd-14']);
    const socket = report.results.find((r) => r.bench === 'socket')!;
    expect(socket.caution).toMatch(/Intel Xeon ×4 \(vagrant\)/);
    // The level is still judged (an interval is there), with the caution beside it, and raises no alarm.
    expect(socket.ci).not.toBeNull();
    expect(['unchanged', 'noisy']).toContain(socket.verdict);
  });

  it('cautions only the one-CPU benchmarks when the baseline ran them on any CPU and this run on one, through the baseline file', () => {
    const sessions = baselineOf([3, 4, 5].map((s) => analyzeResults(resultSet('freebsd-14', small, figures, s))));
    const placed = analyzeResults(resultSet('freebsd-14', small, figures, 2, { oneCpu: 'cpuset -l 0' }));
    expect(placed.machine.oneCpu).toBe('cpuset -l 0');
    const report = compareTargets([sessions], [placed]);
    expect(report.summary.machineMismatch).toEqual(['freebsd-14']);
    const cautioned = report.results.filter((r) => r.caution !== null).map((r) => r.bench).sort();
    // The corpus has no ctxswitch: the others of the four, and nothing else.
    expect(cautioned).toEqual(['connect', 'http', 'pipe']);
    expect(report.results.find((r) => r.bench === 'pipe')!.caution).toBe(
      "connect, http, pipe, ctxswitch ran on one CPU (cpuset -l 0) in this run and on any CPU in the baseline's sessions: their levels are not comparable until the baseline is made again",
    );
    // A baseline made from placed runs keeps the words (schema and all) and compares without a caution.
    const again = baselineOf([3, 4, 5].map((s) => analyzeResults(resultSet('freebsd-14', small, figures, s, { oneCpu: 'cpuset -l 0' }))));
    expect(again.machine.oneCpu).toBe('cpuset -l 0');
    const same = compareTargets([again], [placed]);
    expect(same.summary.machineMismatch).toEqual([]);
    expect(same.results.filter((r) => r.caution !== null)).toEqual([]);
    // Another kind of machine cautions every row with its own sentence first.
    const other = compareTargets([sessions], [analyzeResults(resultSet('freebsd-14', small, figures, 2, { ncpu: 4, oneCpu: 'cpuset -l 0' }))]);
    expect(other.results.find((r) => r.bench === 'pipe')!.caution).toMatch(/×4/);
  });

  it('does not judge a level against a baseline of one session unless told a spread, and says why', () => {
    const cur = analyzeResults(resultSet('freebsd-14', small, figures, 2));
    const report = compareTargets([base], [cur]);
    const socket = report.results.find((r) => r.bench === 'socket')!;
    expect(socket.verdict).toBe('noisy');
    expect(socket.note).toContain('the baseline holds one session, so how much this level moves between sessions is unknown');
    expect(report.summary.baselineSessions).toEqual([{ target: 'freebsd-14', sessions: 1 }]);
    expect(report.summary.sessionNoise).toBeNull();
    expect(compareTargets([base], [cur], { ...DEFAULT_OPTIONS, sessionNoise: 0 }).results.find((r) => r.bench === 'socket')!.verdict).toBe('unchanged');
    expect(compareTargets([base], [cur], { ...DEFAULT_OPTIONS, sessionNoise: 0.1 }).summary.sessionNoise).toBe(0.1);
  });

  it('carries the JSON fields of the contract', () => {
    const report = compareTargets([base], [base], { ...DEFAULT_OPTIONS, sessionNoise: 0 });
    for (const r of report.results) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['target', 'bench', 'verdict', 'change', 'ci', 'baselineOrder', 'currentOrder']));
    }
    expect(report.summary.verdicts.unchanged).toBe(report.results.length);
  });

  it('says noisy, and how noisy, when the runs disagree too much to judge 5%', () => {
    const noisy = (seed: number) => analyzeResults(resultSet('t', [{ ...small[0]!, runSpread: 0.1, runs: 3 }], [], seed));
    const r = compareTargets([noisy(1)], [noisy(2)], { ...DEFAULT_OPTIONS, sessionNoise: 0 }).results[0]!;
    expect(r.verdict).toBe('noisy');
    expect(r.note).toMatch(/±\d+\.\d%/);
    expect(r.noise).toBeGreaterThan(0.05);
  });
});

describe('statistics', () => {
  it('adjusts p-values by Benjamini–Hochberg', () => {
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.5])).toEqual([0.04, 0.16 / 3, 0.16 / 3, 0.5].map((v) => expect.closeTo(v, 10)));
  });

  it('compares the log values of a figure’s repetitions, the same way every time', () => {
    const base = [100, 101, 99, 100.5, 99.5, 100.2, 99.8];
    const cur = base.map((v) => v * 1.1);
    const a = figureChange({ values: base }, { values: cur }, 0);
    const b = figureChange({ values: base }, { values: cur }, 0);
    expect(a).toEqual(b);
    if (!a.ok) throw new Error('expected a change');
    expect(a.level.change).toBeCloseTo(0.1, 6);
    expect(a.level.ci[0]).toBeLessThan(0.1);
    expect(a.level.ci[0]).toBeGreaterThan(0.05);
    expect(a.level.ci[1]).toBeGreaterThan(0.1);
    expect(figureChange({ values: [1, 2] }, { values: cur }, 0)).toEqual({ ok: false, reason: 'only 2 usable repetitions on one side, too few to judge', cause: { kind: 'few-runs', figure: 2 } });
    expect(figureChange({ values: base }, { values: cur })).toMatchObject({ ok: false, reason: expect.stringMatching(/^the baseline holds one session/), cause: { kind: 'one-session', figure: null } });
  });

  it('names the machine difference and ignores the release (which is what is measured)', () => {
    const m = { os: 'FreeBSD', release: '14.2', arch: 'amd64', cpu: 'EPYC', ncpu: 2, driver: 'qemu' };
    expect(machineCaution(m, { ...m, release: '15.0' })).toBeNull();
    expect(machineCaution(m, { ...m, ncpu: 4 })).toMatch(/EPYC ×2 \(qemu\).*EPYC ×4 \(qemu\)/);
  });

  it('names a placement of the one-CPU benchmarks on one side only, in either direction, and not another CPU on both', () => {
    const m = { os: 'Linux', release: '6.1', arch: 'x86_64', cpu: 'EPYC', ncpu: 2, driver: 'local' };
    expect(placementCaution(m, m)).toBeNull();
    expect(placementCaution({ ...m, oneCpu: 'taskset -c 0' }, { ...m, oneCpu: 'taskset -c 2' })).toBeNull();
    expect(placementCaution({ ...m, oneCpu: 'taskset -c 0' }, m)).toMatch(/ran on any CPU in this run and on one CPU \(taskset -c 0\) in the baseline's sessions/);
    expect(machineCaution({ ...m, oneCpu: 'taskset -c 0' }, m)).toBeNull();
  });
});
