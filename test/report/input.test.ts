import { describe, expect, it } from 'vitest';
import { mergeCompare, parseCompareJson } from '../../src/report/input.js';

const good = { summary: { targets: 1 }, results: [{ target: 'freebsd-14', bench: 'socket', verdict: 'regressed', change: 0.1, ci: [0.05, 0.15], baselineOrder: 'O(1)', currentOrder: 'O(1)', note: '+10%', p: 0.001 }] };

describe('parseCompareJson', () => {
  it('accepts the compare stage output, extra fields included, and fills in absent optional fields', () => {
    const parsed = parseCompareJson(JSON.stringify({ summary: {}, results: [{ target: 't', bench: 'b', verdict: 'new' }] }), 'x.json');
    expect(parsed.results[0]).toEqual({ target: 't', bench: 'b', verdict: 'new', change: null, ci: null, baselineOrder: null, currentOrder: null });
    expect(parseCompareJson(JSON.stringify(good), 'x.json').results[0]?.verdict).toBe('regressed');
  });

  it.each([
    ['not json', /x.json is not JSON/],
    ['[]', /x.json is not a scalewatch compare result: \/ must be object/],
    [JSON.stringify({ summary: {}, results: [{ ...good.results[0], verdict: 'exploded' }] }), /\/results\/0\/verdict must be equal to one of the allowed values/],
    [JSON.stringify({ summary: {}, results: [{ ...good.results[0], bench: 'x'.repeat(201) }] }), /\/results\/0\/bench must NOT have more than 200 characters/],
    [JSON.stringify({ summary: {}, results: [{ ...good.results[0], ci: [1] }] }), /\/results\/0\/ci must NOT have fewer than 2 items/],
    [JSON.stringify({ summary: {}, results: [{ ...good.results[0], change: '10%' }] }), /\/results\/0\/change must be number,null/],
  ])('refuses %s', (text, message) => {
    expect(() => parseCompareJson(text, 'x.json')).toThrow(message);
  });
});

describe('mergeCompare', () => {
  it('joins targets and counts verdicts', () => {
    const a = parseCompareJson(JSON.stringify(good), 'a');
    const b = parseCompareJson(JSON.stringify({ summary: {}, results: [{ target: 'netbsd-10', bench: 'socket', verdict: 'unchanged' }] }), 'b');
    const merged = mergeCompare([a, b]);
    expect(merged.results.map((r) => r.target)).toEqual(['freebsd-14', 'netbsd-10']);
    expect(merged.summary).toEqual({ regressed: 1, unchanged: 1 });
  });
});
