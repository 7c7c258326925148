/**
 * The comment's charts must be Mermaid that GitHub can draw: every block of the golden comments goes
 * through the real Mermaid parser (mermaid.parse, in jsdom: Mermaid wants a DOM even to parse).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { at, mermaidChart, sampleNs } from '../../src/report/mermaid.js';

type Mermaid = { parse: (text: string) => Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  Object.defineProperty(globalThis, 'navigator', { value: dom.window.navigator, configurable: true });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
}, 60_000);

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('Mermaid blocks of the golden comments', () => {
  it.each(['synthetic.md', 'host.md'])('%s: every block parses as an xychart', async (name) => {
    const found = blocks(readFileSync(join(import.meta.dirname, 'golden', name), 'utf8'));
    expect(found.length).toBeGreaterThan(0);
    for (const block of found) {
      const parsed = (await mermaid.parse(block)) as { diagramType: string };
      expect(parsed.diagramType).toBe('xychart');
    }
  });

  it('a hostile name stays a harmless title', async () => {
    const chart = mermaidChart({ target: 'x"]\n```\n<img src=x>', bench: 'a`b', kind: 'curve', nIs: 'n', order: 'O(1)', current: { n: [1, 10, 100], ns: [5, 6, 7] }, baseline: null });
    expect(chart).not.toBeNull();
    expect(chart!.split('```').length).toBe(3);
    expect(chart).not.toContain('<img');
    await expect(mermaid.parse(chart!.replace(/^```mermaid\n|```$/g, ''))).resolves.toBeTruthy();
  });

  it('a broken block is refused by the parser (the check has teeth)', async () => {
    await expect(mermaid.parse('xychart-beta\n  x-axis [a, b\n  line [1, 2]')).rejects.toThrow();
  });
});

describe('chart points', () => {
  it('interpolates in log–log between grid points and samples log-spaced n over the shared range', () => {
    const line = { n: [1, 100, 10000], ns: [10, 100, 100] };
    expect(at(line, 10)).toBeCloseTo(Math.sqrt(10 * 100), 6);
    expect(at(line, 1000)).toBeCloseTo(100, 6);
    expect(sampleNs([line, { n: [10, 1000], ns: [1, 1] }])).toEqual([10, 19, 37, 72, 140, 270, 520, 1000]);
  });
});
