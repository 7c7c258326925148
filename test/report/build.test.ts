import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, type BuildInput } from '../../src/report/build.js';
import { prepareTarget } from '../../src/report/html/prepare.js';
import { COMMENT_BUDGET, renderReport } from '../../src/report/markdown.js';
import { hostResults, syntheticBaselines, syntheticResults } from '../../corpus/report-results.js';

const golden = join(import.meta.dirname, 'golden');

function expectGolden(name: string, text: string): void {
  const path = join(golden, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

export function syntheticInput(): BuildInput {
  return { targets: syntheticResults(10, true).map(prepareTarget), baselines: syntheticBaselines(10), threshold: 0.05, source: 'synthetic results (seeded)' };
}

export function hostInput(): BuildInput {
  const { current, baseline } = hostResults();
  return { targets: [prepareTarget(current)], baselines: [baseline], threshold: 0.05, source: 'local-linux.jsonl (this host, real)' };
}

/** Every <svg> element of the page, and the ids of its figures. */
function svgs(html: string): number {
  return html.match(/<svg[\s>]/g)?.length ?? 0;
}

describe('buildReport: five synthetic targets', async () => {
  const built = await buildReport(syntheticInput());

  it('renders the golden Markdown: overview, cross-target comparison and a chart per changed curve', () => {
    expectGolden('synthetic.md', built.markdown);
    expect(built.markdown).toContain('worst scaling **netbsd\\-10** O\\(n\\^2\\)');
    expect(built.markdown).toContain('```mermaid');
  });

  it('draws one chart per curve of every target, one overlay per curve benchmark and one per figure', () => {
    expect(built.charts).toEqual({ curve: 40, overlay: 8, figure: 4, trend: 0 });
    expect(svgs(built.html)).toBe(52);
    // Every chart has its text alternative.
    expect(built.html.match(/<figcaption id="[^"]+-alt">/g)).toHaveLength(52);
    for (const t of ['freebsd-14', 'netbsd-10', 'openbsd-7', 'dragonfly-6', 'debian-12']) expect(built.html.includes(`id="curve-fork-${t}"`)).toBe(true);
  });

  it('is self-contained: no script, no link, nothing fetched', () => {
    expect(/<script|<link|<img|<iframe|@import|url\((?!#)/i.exec(built.html)?.[0]).toBeUndefined();
    const urls = built.html.match(/https?:\/\/[^\s"')]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink']));
  });

  it('keeps the comment within its budget', () => {
    const comment = renderReport(built.input, { budget: COMMENT_BUDGET, elsewhere: 'the HTML report' });
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(COMMENT_BUDGET);
  });
});

describe('buildReport: real results of this host against a real baseline', async () => {
  const built = await buildReport(hostInput());

  it('renders the golden Markdown', () => {
    expectGolden('host.md', built.markdown);
  });

  it('draws every curve', () => {
    expect(built.charts).toEqual({ curve: 8, overlay: 0, figure: 0, trend: 0 });
    expect(svgs(built.html)).toBe(8);
  });
});

describe('buildReport: hostile names', async () => {
  const input = syntheticInput();
  const evil = '<script>alert(1)</script>"&\'';
  input.targets = input.targets.slice(0, 2).map((t, i) => ({ ...t, summary: { ...t.summary, target: i === 0 ? evil : t.summary.target } }));
  const built = await buildReport(input);

  it('escapes them in HTML and SVG', () => {
    expect(built.html.includes('<script')).toBe(false);
    expect(built.html.includes('&#60;script&#62;alert(1)&#60;/script&#62;')).toBe(true);
  });
});
