import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { checkBaseline, formatBaseline, fromBaselineFile, parseBaseline, toBaselineFile } from '../../src/baseline/model.js';
import { UserError } from '../../src/errors.js';
import { fullSuite, resultSet } from '../../corpus/corpus.js';

const { curves, figures } = fullSuite();
const summary = analyzeResults(resultSet('freebsd-14', curves.map((c) => ({ ...c, stride: 10 })), figures, 1));
const file = toBaselineFile(summary, 'freebsd-14.jsonl');
const text = formatBaseline(file);

describe('baseline file', () => {
  it('round-trips through text to the same summary', () => {
    expect(fromBaselineFile(parseBaseline(text, 'b.json'))).toEqual(summary);
  });

  it('keeps one grid point a line, so a diff shows single points', () => {
    const pointLines = text.split('\n').filter((l) => /^\s+\[\d+, [\d.]+, [\d.]+, [\d.]+, \d+, \[/.test(l));
    const points = summary.benchmarks.reduce((s, b) => s + (b.kind === 'curve' ? b.points.length : 0), 0);
    expect(pointLines.length).toBe(points);
    expect(text.length).toBeLessThan(40_000);
  });

  it('is versioned', () => {
    expect(file.format).toBe('scalewatch-baseline');
    expect(file.version).toBe(1);
  });

  it('reads a figure that earlier files call "scalar" as a figure, and writes it back as "figure"', () => {
    const old = text.replace(/"kind": "figure"/g, '"kind": "scalar"');
    expect(old).toContain('"kind": "scalar"');
    const parsed = parseBaseline(old, 'old.json');
    expect(fromBaselineFile(parsed)).toEqual(summary);
    expect(formatBaseline(parsed)).toBe(text);
  });

  it.each([
    ['not JSON', '{"format": ', /is not valid JSON/, false],
    ['foreign JSON', '{"name": "package"}', /is not a scalewatch baseline/, true],
    ['a newer version', JSON.stringify({ ...file, version: 2 }), /version 2 baseline; this scalewatch reads version 1/, true],
    ['a damaged point', text.replace(/\[1, /, '[-1, '), /corrupt baseline/, false],
    ['an unknown order', text.replace('"O(1)"', '"O(n^3)"'), /corrupt baseline/, false],
  ])('refuses %s with one sentence', (_name, bad, message, foreign) => {
    const check = checkBaseline(bad);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.foreign).toBe(foreign);
    expect(() => parseBaseline(bad, 'b.json')).toThrow(UserError);
    expect(() => parseBaseline(bad, 'b.json')).toThrow(message);
  });
});
