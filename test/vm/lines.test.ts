import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/vm/lines.js';

function split(chunks: string[], max?: number): string[] {
  const lines: string[] = [];
  const s = new LineSplitter((l) => lines.push(l), max);
  for (const c of chunks) s.push(c);
  s.flush();
  return lines;
}

describe('LineSplitter', () => {
  it('joins lines split across chunks and strips CR', () => {
    expect(split(['{"a":', '1}\r\n{"b"', ':2}\n'])).toEqual(['{"a":1}', '{"b":2}']);
  });
  it('delivers a partial last line on flush', () => {
    expect(split(['one\ntw', 'o'])).toEqual(['one', 'two']);
  });
  it('cuts a line longer than the cap once and drops its rest', () => {
    expect(split(['x'.repeat(30), 'y'.repeat(30), '\nok\n'], 40)).toEqual(['x'.repeat(30) + 'y'.repeat(10), 'ok']);
  });
  it('handles many lines in one chunk', () => {
    expect(split([Array.from({ length: 1000 }, (_, i) => String(i)).join('\n')])).toHaveLength(1000);
  });
});

describe('LineSplitter on untrusted bytes', () => {
  it('cuts a complete over-long line that arrives in one chunk', () => {
    expect(split(['z'.repeat(100) + '\nok\n'], 40)).toEqual(['z'.repeat(40), 'ok']);
  });
  it('decodes a UTF-8 character split across two chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('µs\n', 'utf8');
    s.push(bytes.subarray(0, 1));
    s.push(bytes.subarray(1));
    s.flush();
    expect(lines).toEqual(['µs']);
  });
});

describe('LineSplitter when the stream is cut', () => {
  it('drops an unfinished last line and says how long it was', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push('{"n":1}\n{"n":2}\n{"type":"sam');
    expect(s.discard()).toBe('{"type":"sam'.length);
    expect(lines).toEqual(['{"n":1}', '{"n":2}']);
  });
  it('has nothing to drop after a whole line, nor after a line it already cut', () => {
    const s = new LineSplitter(() => undefined, 10);
    s.push('whole\n');
    expect(s.discard()).toBe(0);
    s.push('x'.repeat(25));
    expect(s.discard()).toBe(0);
  });
});
