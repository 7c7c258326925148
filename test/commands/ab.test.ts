/**
 * `scalewatch ab` end to end on this host: a git repository whose second commit makes the malloc
 * benchmark do four times the work per operation. Both commits' suites are exported, built with the host's
 * cc and run interleaved by the real local driver; the comparison must call malloc regressed by about
 * half, and every line must land in its side's results file with the round as its run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseResults } from '../../src/suite/protocol.js';
import { sideFile, targetFiles } from '../../src/run/files.js';
import { cli } from '../helpers/cli.js';
import { slowMallocRepo } from '../helpers/slow-malloc-repo.js';

let repo: string;
let first: string;

beforeAll(() => {
  ({ repo, base: first } = slowMallocRepo());
});

describe('scalewatch ab --target local', () => {
  it('finds the commit that cut the malloc rate to a quarter, side by side with its parent', async () => {
    const out = join(repo, 'results');
    const r = await cli('ab', '--repo', repo, '--a', 'HEAD~1', '--b', 'HEAD', '--bench', 'malloc', '--rounds', '5', '--seed', '5', '--out', out, '--json', '--fail-on-regression');
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out) as { summary: { paired: { rounds: number; a: string; b: string } }; results: { bench: string; verdict: string; change: number; rounds?: number }[] };
    expect(report.summary.paired).toEqual({ rounds: 5, a: `HEAD~1 (${first.slice(0, 7)})`, b: expect.stringMatching(/^HEAD \([0-9a-f]{7}\)$/) });
    const malloc = report.results.find((x) => x.bench === 'malloc')!;
    expect(malloc.verdict).toBe('regressed');
    expect(malloc.change).toBeGreaterThan(-0.9);
    expect(malloc.change).toBeLessThan(-0.5);
    for (const side of ['a', 'b'] as const) {
      const rs = parseResults(readFileSync(sideFile(out, 'local', side), 'utf8'));
      expect(rs.meta).toMatchObject({ target: 'local', abSide: side, abRounds: 5, abSeed: 5 });
      expect(rs.values.filter((v) => v.bench === 'malloc').map((v) => v.run).sort()).toEqual([0, 1, 2, 3, 4]);
      expect(rs.values.filter((v) => v.bench === 'calib')).toHaveLength(5);
      expect(rs.errors).toEqual([]);
    }
    expect(parseResults(readFileSync(sideFile(out, 'local', 'a'), 'utf8')).meta.abCommit).toBe(first);
    expect(existsSync(targetFiles(out, 'local').compare)).toBe(true);
    expect(r.err).toMatch(/5 rounds of 2 benchmarks on each side, interleaved at random \(seed 5\)/);
    // The run's own road: a line per round, and the seconds each benchmark took on each side.
    expect(r.err).toContain('scalewatch: round 5 of 5');
    expect(Object.keys(parseResults(readFileSync(sideFile(out, 'local', 'b'), 'utf8')).meta.benchSec as object).sort()).toEqual(['calib', 'malloc']);
    // The folder is a results folder like any run's: `scalewatch report` reads it and keeps the verdict made side by side.
    const rep = await cli('report', '--in', out, '--out', join(repo, 'report'));
    expect(rep.code, rep.err).toBe(0);
    const md = readFileSync(join(repo, 'report', 'report.md'), 'utf8').replace(/\\/g, '');
    // Decided at the first look: no further rounds, and the comment says what the run took and how precise it was.
    expect(md).toMatch(new RegExp(`compared side by side with HEAD~1 \\(${first.slice(0, 7)}\\) on the same machine \\(5 rounds in \\d+ s, interleaved\\); levels known to ±\\d+\\.\\d% \\(median of 1\\)`));
    expect(report.results.find((x) => x.bench === 'malloc')).toMatchObject({ rounds: 5 });
    expect(md).toMatch(/local \| malloc \| 🔴 regressed/);
  });

  it('refuses a ref that is neither in the repository nor fetchable, in one sentence', async () => {
    const r = await cli('ab', '--repo', repo, '--a', 'no-such-branch', '--bench', 'malloc', '--out', join(repo, 'r2'));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n').pop()).toMatch(/^scalewatch: Side A "no-such-branch" is neither a commit of .* nor fetchable from its origin \(.*\)\.$/);
  });

  it('refuses a budget that is not minutes, and fewer rounds in all than at the first look, in one sentence each', async () => {
    const budget = await cli('ab', '--repo', repo, '--budget', '10m');
    const max = await cli('ab', '--repo', repo, '--rounds', '10', '--max-rounds', '5');
    expect(budget.code).toBe(2);
    expect(budget.err.trim()).toBe('scalewatch: --budget must be a number of minutes above 0 and up to 1440, not "10m".');
    expect(max.code).toBe(2);
    expect(max.err.trim()).toBe('scalewatch: --max-rounds (5) must be at least --rounds (10).');
  });

  it('refuses fewer than three rounds', async () => {
    const r = await cli('ab', '--repo', repo, '--rounds', '2');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--rounds must be a whole number from 3 to 1000, not "2".');
  });
});
