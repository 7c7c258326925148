/**
 * Why a level could not be judged, as data: compare gives each undecided result its cause and the
 * figure it rests on, its note agrees with them, and an interval wider than ±100% is not printed.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/analysis/random.js';
import type { FigureSummary, TargetSummary } from '../../src/analysis/types.js';
import { fromBaselineFile, toBaselineFile } from '../../src/baseline/model.js';
import { addSessions } from '../../src/baseline/sessions.js';
import { causeNote, isMeasured } from '../../src/compare/causes.js';
import { compareTargets } from '../../src/compare/compare.js';
import { parseCompareReport } from '../../src/compare/report-file.js';
import { DEFAULT_OPTIONS } from '../../src/compare/types.js';
import { groupSentence, readTarget } from '../../src/compare/reading.js';

const MACHINE = { os: 'Linux', release: '6.1', arch: 'x86_64', cpu: 'test', ncpu: 2, driver: 'local' };

function figures(values: Record<string, number[]>, sessions?: number[]): TargetSummary {
  const benchmarks: FigureSummary[] = Object.entries(values).map(([bench, v]) => ({ bench, kind: 'figure', unit: 'MB/s', better: 'higher', values: v, stopped: null, ...(sessions ? { sessions } : {}) }));
  return { target: 't', machine: MACHINE, benchmarks };
}

const reps = (rng: Rng, level: number, k = 5) => Array.from({ length: k }, () => level * Math.exp(0.01 * rng.normal()));

/** A stored baseline whose sessions put each figure at these levels (one list of session levels a figure). */
function baselineOf(levels: Record<string, number[]>, rng: Rng): TargetSummary {
  const sessions = levels[Object.keys(levels)[0]!]!.length;
  const files = Array.from({ length: sessions }, (_, s) => toBaselineFile(figures(Object.fromEntries(Object.entries(levels).map(([b, l]) => [b, reps(rng, 100 * l[s]!)]))), `s${s}`));
  return fromBaselineFile(files.reduce((a, b) => addSessions(a, b)));
}

describe('the cause of an undecided level', () => {
  it('names the spread between the baseline’s sessions, with its figure, and groups the benchmarks that share it', () => {
    const rng = new Rng(3);
    const base = baselineOf({ pipe: [1, 1.6, 0.9], malloc: [1, 1.3, 0.95] }, rng);
    const report = compareTargets([base], [figures({ pipe: reps(rng, 105), malloc: reps(rng, 102) })]);
    const pipe = report.results.find((r) => r.bench === 'pipe')!;
    expect(pipe.verdict).toBe('noisy');
    expect(pipe.cause?.kind).toBe('session-spread');
    expect(pipe.cause?.figure).toBeCloseTo(1.6 / 0.9, 1);
    expect(pipe.note).toContain('this level moved by ×1.8 between the baseline');
    const reading = readTarget(report.results, 't');
    expect(reading.groups).toHaveLength(1);
    expect(groupSentence(reading.groups[0]!, 0.05)).toBe("the baseline's sessions disagree by more than the 5% threshold (2): malloc ×1.4, pipe ×1.8");
  });

  it('gives no cause to what was decided, and too few repetitions their count', () => {
    const rng = new Rng(4);
    const base = baselineOf({ pipe: [1, 1.002, 0.998], malloc: [1, 1, 1] }, rng);
    const report = compareTargets([base], [figures({ pipe: reps(rng, 100), malloc: [100, 101] })]);
    const pipe = report.results.find((r) => r.bench === 'pipe')!;
    expect(pipe.verdict).toBe('unchanged');
    expect(pipe.cause).toBeUndefined();
    expect(report.results.find((r) => r.bench === 'malloc')).toMatchObject({ verdict: 'noisy', cause: { kind: 'few-runs', figure: 2 } });
  });

  it('words an interval wider than ±100% as a cause, without its numbers', () => {
    const rng = new Rng(5);
    const wild = (level: number) => [level / 8, level * 3, level / 2, level * 6, level];
    const base = figures({ pipe: wild(100) });
    const report = compareTargets([base], [figures({ pipe: wild(100).map((v) => v * (1 + 0.01 * rng.normal())) })], { ...DEFAULT_OPTIONS, sessionNoise: 0.5 });
    const r = report.results[0]!;
    expect(r.verdict).toBe('noisy');
    expect(r.cause?.kind).toBe('wide-interval');
    expect(isMeasured(r.ci)).toBe(false);
    expect(r.note).toBe(causeNote(r.cause!, 0.05));
    // No change and no interval, only the bound it is wider than.
    expect(r.note).not.toMatch(/[-+−]\d+(\.\d+)?%/);
  });
});

describe('the cause on disk', () => {
  it('is read back, and a file written before it existed reads as results without one', () => {
    const rng = new Rng(6);
    const report = compareTargets([baselineOf({ pipe: [1, 1.6, 0.9] }, rng)], [figures({ pipe: reps(rng, 100) })]);
    const text = JSON.stringify(report);
    expect(parseCompareReport(text, 'x').results[0]!.cause).toEqual(report.results[0]!.cause);
    const old = JSON.parse(text) as { results: Record<string, unknown>[] };
    delete old.results[0]!.cause;
    expect(parseCompareReport(JSON.stringify(old), 'old').results[0]!.cause).toBeUndefined();
    const bad = JSON.parse(text) as { results: { cause: { kind: string } }[] };
    bad.results[0]!.cause.kind = 'bad-luck';
    expect(() => parseCompareReport(JSON.stringify(bad), 'bad')).toThrow(/not a scalewatch compare result/);
  });
});
