import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMENT_BUDGET, MARKER, SUMMARY_BUDGET, renderReport } from '../../src/report/markdown.js';
import { escapeText } from '../../src/report/escape.js';
import { clean, hostile, huge, mixed } from './fixtures.js';

const golden = join(import.meta.dirname, 'golden');
const elsewhere = 'the job summary and the scalewatch-results artifacts';

/** Compare with the committed golden file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(name: string, text: string): void {
  const path = join(golden, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('renderReport', () => {
  it('renders a mixed pull request as the golden comment', () => {
    expectGolden('mixed.md', renderReport(mixed, { budget: COMMENT_BUDGET, elsewhere }));
  });

  it('renders a clean run as the golden comment', () => {
    expectGolden('clean.md', renderReport(clean, { budget: COMMENT_BUDGET, elsewhere }));
  });

  it('escapes names so that results cannot add Markdown, HTML, mentions or references', () => {
    const text = renderReport(hostile, { budget: COMMENT_BUDGET, elsewhere });
    expectGolden('hostile.md', text);
    expect(text).not.toMatch(/(?<!\\)<img/);
    expect(text).not.toMatch(/@(octocat|admin|github)/);
    expect(text).not.toMatch(/#1\b/);
    expect(text).not.toMatch(/(?<!\\)\](?<!\\)\(javascript/);
    expect(text).not.toMatch(/https:\/\/evil/);
    expect(text.split(MARKER)).toHaveLength(2);
    // Every table row keeps exactly its seven cell separators.
    for (const line of text.split('\n').filter((l) => l.startsWith('| x '))) expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });

  it('shrinks an oversized report to the comment budget and says where the rest is', () => {
    const input = huge(40, 300);
    const full = renderReport(input, { budget: SUMMARY_BUDGET, elsewhere });
    const comment = renderReport(input, { budget: COMMENT_BUDGET, elsewhere });
    expect(Buffer.byteLength(full)).toBeGreaterThan(COMMENT_BUDGET);
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(comment.startsWith(MARKER)).toBe(true);
    expect(comment).toMatch(/more changed benchmarks: see the job summary/);
    expect(comment).toMatch(/unchanged benchmarks not listed here/);
    expect(comment).toContain('### ❌ scalewatch:');
    expectGolden('shrunk-head.md', comment.split('\n').slice(0, 8).join('\n'));
  });

  it('fits even a tiny budget by cutting', () => {
    const text = renderReport(mixed, { budget: 300, elsewhere });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(300);
    expect(text.startsWith(MARKER)).toBe(true);
  });
});

describe('escapeText', () => {
  it.each([
    ['socket', 'socket'],
    ['a_b*c', 'a\\_b\\*c'],
    ['@me', '@\u200Bme'],
    ['#12', '\\#\u200B12'],
    ['<b>', '\\<b\\>'],
    ['line\nbreak', 'line break'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it('cuts long names', () => {
    expect([...escapeText('x'.repeat(500))]).toHaveLength(120);
  });
});
