/** `scalewatch report` end to end, in process: files in, files out, one sentence for bad input. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, writeResults } from '../helpers/cli.js';
import { syntheticResults } from '../../corpus/report-results.js';


const write = writeResults;

let dir: string;
const targets = ['freebsd-14', 'openbsd-7'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scalewatch-report-'));
  for (const sub of ['results', 'baseline-results']) mkdirSync(join(dir, sub));
  syntheticResults(20, true, targets).forEach((r, i) => write(join(dir, 'results', `${targets[i]}.jsonl`), r));
  syntheticResults(20, false, targets).forEach((r, i) => write(join(dir, 'baseline-results', `${targets[i]}.jsonl`), r));
  // Companions the Action and `run` leave beside a target's results (side A of a side-by-side run, the
  // second measurement of an alarm): read by the report only through the target's own files.
  syntheticResults(20, false, targets).forEach((r, i) => write(join(dir, 'results', `${targets[i]}.${i === 0 ? 'recheck' : 'base'}.jsonl`), r));
  // A target whose run produced no results, as the Action leaves it.
  writeFileSync(join(dir, 'results', 'netbsd-10.meta.json'), JSON.stringify({ target: 'netbsd-10', failure: 'the guest did not boot' }));
});

describe('scalewatch report', () => {
  it('writes the page, the Markdown and the JSON, with baselines from a directory', async () => {
    await cli('baseline', 'update', '--from', join(dir, 'baseline-results'), '--dir', join(dir, 'baselines'));
    const out = join(dir, 'out');
    const { code, out: stdout, err } = await cli('report', '--in', join(dir, 'results'), '--out', out, '--baselines', join(dir, 'baselines'));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(28 charts: 16 curves, 8 overlays, 4 figures\)/);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('📈 scaling regressed');
    expect(md).toContain('💥 no results');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<figure id="curve-touch-openbsd-7"');
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { compare: { results: unknown[] }; targets: { target: string }[] };
    // Every target the folder names, in the order of their names; the one without results says why.
    expect(json.targets.map((t) => t.target)).toEqual(['freebsd-14', 'netbsd-10', 'openbsd-7']);
    expect(md).toContain('**netbsd\\-10** — 💥 **no results**: the guest did not boot');
    // Compared now with the baselines it was given, and the list of targets says so.
    expect(md.replace(/\\/g, '')).toContain(`compared with ${join(dir, 'baselines', 'freebsd-14.json')}`);
  });

  it('takes raw results as baselines too, and works without any: every benchmark is new', async () => {
    const { code } = await cli('report', '--in', join(dir, 'results'), '--out', join(dir, 'out2'), '--baselines', join(dir, 'baseline-results'));
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'out2', 'report.md'), 'utf8')).toContain('📈 scaling regressed');
    mkdirSync(join(dir, 'empty'));
    const { code: code2 } = await cli('report', '--in', join(dir, 'results'), '--out', join(dir, 'out3'), '--baselines', join(dir, 'empty'));
    expect(code2).toBe(0);
    expect(readFileSync(join(dir, 'out3', 'report.md'), 'utf8')).toContain('🆕 new **');
  });

  it('refuses a missing directory with one sentence and exit 2', async () => {
    const { code, err } = await cli('report', '--in', join(dir, 'nope'), '--out', join(dir, 'out4'));
    expect(code).toBe(2);
    expect(err).toMatch(/^scalewatch: --in .*nope does not exist\.\n$/);
    expect(existsSync(join(dir, 'out4'))).toBe(false);
    const bad = await cli('report', '--in', join(dir, 'results'), '--out', join(dir, 'out5'), '--baselines', join(dir, 'missing'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--baselines .*missing does not exist\./);
  });
});
