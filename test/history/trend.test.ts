/**
 * `scalewatch history show --html`: the trend charts of a store whose malloc falls to a quarter at
 * the 21st commit, drawn by Vega to SVG as the report's charts are, one per series.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRecord } from '../../src/history/store.js';
import { cli } from '../helpers/cli.js';
import { commit, recordAt, side } from './fixtures.js';
import type { ResultSet } from '../../src/suite/protocol.js';

/** A side's results as a results file holds them (a meta line, then its records), only those `keep` accepts. */
function toJsonl(rs: ResultSet, keep: (x: { bench: string }) => boolean): string {
  return [rs.meta, ...rs.samples.filter(keep), ...rs.values.filter(keep)].map((x) => JSON.stringify(x)).join('\n') + '\n';
}

describe('scalewatch history show --html', () => {
  it('draws one trend chart per series, its change point marked and named, each commit on hover', async () => {
    const store = mkdtempSync(join(tmpdir(), 'scalewatch-trend-'));
    for (let i = 0; i < 40; i++) writeRecord(store, recordAt(i, 800, i >= 20 ? 2.5e5 : 1e6));
    const out = join(store, 'trend.html');
    // --repo: a folder that is no repository, so commits are ordered as they were recorded.
    const r = await cli('history', 'show', '--store', store, '--repo', mkdtempSync(join(tmpdir(), 'scalewatch-norepo-')), '--html', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`scalewatch: wrote ${out} (3 trend charts)`);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    const figures = [...html.matchAll(/<figure id="([^"]+)"/g)].map((m) => m[1]);
    expect(figures).toEqual(['local-malloc-ratio', 'local-socket-growth', 'local-socket-ratio']);
    const malloc = html.slice(html.indexOf('<figure id="local-malloc-ratio"'), html.indexOf('</figure>', html.indexOf('<figure id="local-malloc-ratio"')));
    // The step: named in the caption and on the chart, at the commit after it.
    expect(malloc).toContain(`malloc on local: level ÷ the reference: 40 records, ${commit(1).slice(0, 7)} … ${commit(40).slice(0, 7)}; 1 change point. Change points: −75.0% at ${commit(21).slice(0, 7)}.`);
    expect(malloc).toContain(`−75.0% at ${commit(21).slice(0, 7)}</text>`);
    // Every commit a point with its commit on hover: 40 titles.
    expect(malloc.match(/<title>commit [0-9a-f]{7} \(\d{4}-\d\d-\d\d\): ×[0-9.e+-]+<\/title>/g)).toHaveLength(40);
    expect(malloc).toMatch(new RegExp(`<title>commit ${commit(21).slice(0, 7)} \\(\\d{4}-\\d\\d-\\d\\d\\): ×0\\.2`));
    // Two segments, one dashed change-point rule.
    expect(malloc.match(/stroke-dasharray="4,3"/g)).toHaveLength(1);
    const socket = html.slice(html.indexOf('<figure id="local-socket-ratio"'), html.indexOf('</figure>', html.indexOf('<figure id="local-socket-ratio"')));
    expect(socket).toContain('no change point');
    expect(socket).not.toContain('stroke-dasharray="4,3"');
  });

  it('are added to the report of a run with report --history, for the benchmarks the run reported', async () => {
    const store = mkdtempSync(join(tmpdir(), 'scalewatch-trend-'));
    for (let i = 0; i < 40; i++) writeRecord(store, recordAt(i, 800, i >= 20 ? 2.5e5 : 1e6));
    // A run of socket alone: its results and their comparison, as scalewatch ab leaves them.
    const results = mkdtempSync(join(tmpdir(), 'scalewatch-trend-run-'));
    writeFileSync(join(results, 'local.jsonl'), toJsonl(side(7, 800, 1e6), (x) => x.bench === 'socket'));
    writeFileSync(join(results, 'local.base.jsonl'), toJsonl(side(8, 800, 1e6), (x) => x.bench === 'socket'));
    const out = join(results, 'report');
    const r = await cli('report', '--in', results, '--out', out, '--history', store);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/, 2 trends\)\n$/);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h2>History of main: local</h2>');
    // socket's level and growth along the 40 commits; malloc, which this run did not measure, is left out.
    expect([...html.matchAll(/<figure id="(history-[^"]+)"/g)].map((m) => m[1])).toEqual(['history-local-socket-growth', 'history-local-socket-ratio']);
    expect(html).toContain('socket on local: level ÷ the reference: 40 records');
    // A store that is not there: one sentence, nothing written.
    const bad = await cli('report', '--in', results, '--out', join(results, 'again'), '--history', join(store, 'nowhere'));
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });
});
