import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, writeResults } from '../helpers/cli.js';
import { fullSuite, resultSet, type CurveSpec } from '../../corpus/corpus.js';

const write = writeResults;

let dir: string;
const { curves, figures } = fullSuite();
const small = curves.map((c): CurveSpec => ({ ...c, stride: 10 }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scalewatch-cli-'));
  write(join(dir, 'base.jsonl'), resultSet('freebsd-14', small, figures, 1));
  write(join(dir, 'same.jsonl'), resultSet('freebsd-14', small, figures, 2));
  write(join(dir, 'slow.jsonl'), resultSet('freebsd-14', small.map((c) => (c.bench === 'fork' ? { ...c, scale: 1.1 } : c)), figures, 3));
  write(join(dir, 'linear.jsonl'), resultSet('freebsd-14', small.map((c) => (c.bench === 'touch' ? { ...c, order: 'O(n)', growth: 3 } : c)), figures, 4));
});
afterEach(() => vi.restoreAllMocks());

describe('scalewatch analyze', () => {
  it('prints the JSON of the contract', async () => {
    const { code, out } = await cli('analyze', '--json', join(dir, 'base.jsonl'));
    expect(code).toBe(0);
    const json = JSON.parse(out) as { targets: { target: string; benchmarks: Record<string, unknown>[] }[] };
    expect(json.targets[0]!.target).toBe('freebsd-14');
    const socket = json.targets[0]!.benchmarks.find((b) => b.bench === 'socket')!;
    expect(socket).toMatchObject({ kind: 'curve', order: 'O(1)', bimodal: false });
    expect(socket.steps).toEqual([{ n: expect.any(Number), factor: expect.any(Number) }]);
    expect(json.targets[0]!.benchmarks.find((b) => b.bench === 'pipe')).toMatchObject({ kind: 'figure', unit: 'MB/s', better: 'higher' });
  });

  it('prints a short text for people', async () => {
    const { out } = await cli('analyze', join(dir, 'base.jsonl'));
    expect(out).toMatch(/^freebsd-14 {2}\(FreeBSD 14\.2-RELEASE amd64, 2 CPUs, qemu\)/);
    expect(out).toMatch(/socket +O\(1\) .*step at n=35\d\d: ×0\.5/);
    expect(out.split('\n').length).toBeLessThan(20);
  });

  it('refuses a file that is not results with one sentence and exit 2', async () => {
    writeFileSync(join(dir, 'junk.jsonl'), 'hello\n');
    const { code, err } = await cli('analyze', join(dir, 'junk.jsonl'));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/has no meta line/);
  });
});

describe('scalewatch compare', () => {
  it('finds A/A unchanged and exits 0 even with --fail-on-regression', async () => {
    // A results file as baseline is one session: a spread between sessions of 0 is assumed so that its levels are judged.
    const { code, out } = await cli('compare', '--baseline', join(dir, 'base.jsonl'), '--current', join(dir, 'same.jsonl'), '--json', '--fail-on-regression', '--session-noise', '0');
    expect(code).toBe(0);
    const report = JSON.parse(out) as { summary: { verdicts: Record<string, number> }; results: { verdict: string }[] };
    expect(report.summary.verdicts.unchanged).toBe(report.results.length);
  });

  it('exits 1 on a regression with --fail-on-regression, and names it', async () => {
    const { code, out } = await cli('compare', '--baseline', join(dir, 'base.jsonl'), '--current', join(dir, 'slow.jsonl'), '--fail-on-regression', '--session-noise', '0');
    expect(code).toBe(1);
    expect(out).toMatch(/1 regressed/);
    expect(out).toMatch(/✗ fork +regressed +\+\d+\.\d% \[/);
  });

  it('calls O(1) → O(n) a scaling regression', async () => {
    const { code, out } = await cli('compare', '--baseline', join(dir, 'base.jsonl'), '--current', join(dir, 'linear.jsonl'), '--json', '--fail-on-regression');
    expect(code).toBe(1);
    const touch = (JSON.parse(out) as { results: Record<string, unknown>[] }).results.find((r) => r.bench === 'touch');
    expect(touch).toMatchObject({ verdict: 'scaling-regressed', baselineOrder: 'O(1)', currentOrder: 'O(n)' });
  });

  it('compares against a stored baseline directory after baseline update', async () => {
    const baselines = join(dir, 'baselines');
    const up = await cli('baseline', 'update', '--from', join(dir, 'base.jsonl'), '--dir', baselines);
    expect(up.code).toBe(0);
    expect(up.out).toMatch(/wrote .*freebsd-14\.json/);
    expect(readdirSync(baselines)).toEqual(['freebsd-14.json']);
    const { code, out } = await cli('compare', '--baseline', baselines, '--current', join(dir, 'slow.jsonl'), '--json', '--session-noise', '0');
    expect(code).toBe(0);
    expect((JSON.parse(out) as { results: { bench: string; verdict: string }[] }).results.find((r) => r.bench === 'fork')?.verdict).toBe('regressed');
  });

  it.each([
    [['--threshold', 'lots'], /--threshold must be a fraction/],
    [['--threshold', '5%', '--current', '/nonexistent/x.jsonl'], /--current \/nonexistent\/x\.jsonl does not exist/],
  ])('refuses bad input %j with one sentence', async (extra, message) => {
    const args = ['compare', '--baseline', join(dir, 'base.jsonl'), '--current', join(dir, 'same.jsonl'), ...extra];
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('scalewatch baseline update', () => {
  it('writes nothing when one of the files in the way is foreign', async () => {
    const from = join(dir, 'two');
    const out = join(dir, 'b3');
    mkdirSync(from);
    mkdirSync(out);
    write(join(from, 'a.jsonl'), resultSet('alpha', small.slice(0, 1), [], 5));
    write(join(from, 'b.jsonl'), resultSet('beta', small.slice(0, 1), [], 6));
    writeFileSync(join(out, 'beta.json'), '{"hello": 1}');
    const { code, err } = await cli('baseline', 'update', '--from', from, '--dir', out);
    expect(code).toBe(2);
    expect(err).toMatch(/beta\.json is not a scalewatch baseline/);
    expect(readdirSync(out)).toEqual(['beta.json']);
  });

  it('refuses an unknown target', async () => {
    const { code, err } = await cli('baseline', 'update', '--from', join(dir, 'base.jsonl'), '--targets', 'netbsd-10', '--dir', join(dir, 'b2'));
    expect(code).toBe(2);
    expect(err).toMatch(/No results for target "netbsd-10"/);
  });

  it('documents itself', async () => {
    const { out } = await cli('baseline', 'update', '--help');
    expect(out).toMatch(/atomically/);
    expect(out).toMatch(/--force/);
  });
});
