import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderComparison } from '../../src/compare/output.js';
import { buildReport } from '../../src/report/build.js';
import { prepareTarget } from '../../src/report/html/prepare.js';
import { wallResults } from '../../corpus/report-results.js';

const golden = join(import.meta.dirname, 'golden');

/** Compare with the committed golden file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(name: string, text: string): void {
  const path = join(golden, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

const number = (t: string) => Number(t.replace('−', '-').replace('%', ''));

/** Half the width of every printed interval ("[a%, b%]", "(a% … b%)") and every "±x%", in per cent. */
function halfWidths(text: string): number[] {
  const pairs = [...text.matchAll(/[[(]([-+−]?[0-9.]+%)(?:,| …) ([-+−]?[0-9.]+%)[\])]/g)].map((m) => (number(m[2]!) - number(m[1]!)) / 2);
  const plusMinus = [...text.matchAll(/±([0-9.]+)%/g)].map((m) => Number(m[1]));
  return [...pairs, ...plusMinus];
}

describe('a run of identical code against a stored baseline of three sessions that disagree (issue 22)', async () => {
  const { current, baseline } = wallResults();
  const built = await buildReport({ targets: [prepareTarget(current)], baselines: [baseline], threshold: 0.05, source: 'synthetic sessions that disagree (seeded)' });
  const cli = renderComparison(built.input.compare);

  it('comes out undecided for every level, as compare decides it', () => {
    expect(built.input.compare.summary.verdicts.noisy).toBe(12);
    expect(built.input.compare.results.every((r) => r.cause?.kind === 'session-spread')).toBe(true);
  });

  it('reads in a few lines in the CLI: what holds, what was judged, one line for the shared cause, how to judge it', () => {
    expectGolden('wall.txt', cli);
    const lines = cli.split('\n');
    const at = (start: string) => lines.findIndex((l) => l.trimStart().startsWith(start));
    expect(at('Growth and orders:')).toBeLessThan(at('Levels:'));
    expect(at('Levels:')).toBeLessThan(at('Not judged (12):'));
    expect(at('Not judged (12):')).toBeLessThan(at('To judge them:'));
    expect(lines.filter((l) => l.includes("the baseline's sessions disagree by more than the 5% threshold (12)"))).toHaveLength(1);
    expect(cli).toContain('local-linux: 0 of 12 unchanged');
    expect(cli).toContain('fork ×1.9');
    expect(lines.length).toBeLessThan(12);
  });

  it('prints no order change that was not established and no interval wider than ±100%', () => {
    for (const text of [cli, built.markdown]) {
      expect(text).not.toMatch(/O\\?\([^)]*\\?\) → /);
      expect(Math.max(0, ...halfWidths(text))).toBeLessThanOrEqual(100);
    }
  });

  it('leads the comment with the same reading, before the overview, and lists no undecided level a row each', () => {
    expectGolden('wall.md', built.markdown);
    const md = built.markdown;
    expect(md.indexOf('**Growth and orders**')).toBeLessThan(md.indexOf('**Levels**'));
    expect(md.indexOf('**Levels**')).toBeLessThan(md.indexOf('**Not judged (12)**'));
    expect(md.indexOf('**To judge them**')).toBeLessThan(md.indexOf('| benchmark |'));
    expect(md).toContain('**0 of 12 unchanged**');
    expect(md).not.toContain('| target | benchmark | verdict |');
    expect(md.match(/<details>/g)).toEqual(['<details>']);
    expect(md).toContain('<details><summary>8 charts of curves whose level was not judged</summary>');
  });

  it('leads the page with it too', () => {
    const html = built.html;
    expect(html).toContain('<b>local-linux</b> against a baseline of 3 sessions: <b>0 of 12 unchanged</b>');
    expect(html.indexOf('Growth and orders')).toBeLessThan(html.indexOf('<table class="overview">'));
    expect(html).toContain('the baseline&#39;s sessions disagree by more than the 5% threshold (12)');
  });
});
