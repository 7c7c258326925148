import { describe, expect, it } from 'vitest';
import { parseLine, parseResults } from '../../src/suite/protocol.js';

const meta = '{"type":"meta","target":"freebsd-14","os":"FreeBSD","release":"14.2-RELEASE","arch":"amd64","ncpu":2,"cpu":"x","cc":"clang 18"}';

describe('parseLine', () => {
  it.each([
    ['{"type":"sample","bench":"socket","run":0,"n":1234,"ns":812}', 'sample'],
    ['{"type":"value","bench":"pipe","run":0,"value":4200.5,"unit":"MB/s","better":"higher"}', 'value'],
    ['{"type":"error","bench":"fork","run":0,"n":3501,"message":"fork: Resource temporarily unavailable"}', 'error'],
    ['{"type":"error","bench":"fork","run":1,"message":"no n is fine"}', 'error'],
    [meta, 'meta'],
  ])('accepts the docs/protocol.md example %s', (line, type) => {
    const r = parseLine(line);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.record.type).toBe(type);
  });

  it.each([
    ['not json at all', 'not JSON'],
    ['[1,2]', 'not a JSON object'],
    ['{"type":"bogus"}', 'unknown record type'],
    ['{"type":"sample","bench":"socket","run":0,"n":-1,"ns":5}', 'bad sample record'],
    ['{"type":"sample","bench":"socket","run":0,"n":1.5,"ns":5}', 'bad sample record'],
    ['{"type":"sample","bench":"","run":0,"n":1,"ns":5}', 'bad sample record'],
    ['{"type":"value","bench":"pipe","run":0,"value":1,"unit":"MB/s","better":"sideways"}', 'bad value record'],
    ['{"type":"meta","target":"x"}', 'bad meta record'],
  ])('refuses %s with a reason', (line, reason) => {
    const r = parseLine(line);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('keeps fields it does not know', () => {
    const r = parseLine('{"type":"sample","bench":"socket","run":0,"n":1,"ns":5,"extra":true}');
    expect(r.ok && (r.record as unknown as { extra: boolean }).extra).toBe(true);
  });
});

describe('parseResults', () => {
  it('sorts records by kind, counts malformed lines with their line numbers', () => {
    const text = [meta, '{"type":"sample","bench":"socket","run":0,"n":1,"ns":5}', 'garbage\u0000', '', '{"type":"value","bench":"pipe","run":0,"value":1,"unit":"MB/s","better":"higher"}'].join('\n');
    const r = parseResults(text);
    expect(r.meta.target).toBe('freebsd-14');
    expect(r.samples).toHaveLength(1);
    expect(r.values).toHaveLength(1);
    expect(r.malformed).toEqual([{ line: 3, reason: 'not JSON', text: 'garbage\u0000' }]);
  });

  it('refuses a stream without a meta line in one sentence', () => {
    expect(() => parseResults('{"type":"sample","bench":"socket","run":0,"n":1,"ns":5}', 'x.jsonl')).toThrow('x.jsonl has no meta line, so it is not a scalewatch results file.');
  });
});
