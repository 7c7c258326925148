/**
 * Every curve of the catalogue, at a tiny size: the output is the protocol the host parses, every n of
 * every run is there (from 1: n = 0 is the warm-up), and swbench leaves no process and no file behind.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURVES, type CurveBench } from '../../src/suite/benches.js';
import type { MetaRecord } from '../../src/suite/protocol.js';
import { cachedSuite, curveProblems, groupMembers, removeDir, runSwbench, samples, sh, type Binaries } from './swbench.js';

const TINY: Record<string, number> = { socket: 40, bind: 40, fork: 12, 'fork-static': 12, mmap: 40, touch: 40, connect: 25, http: 25, 'dir-create': 40 };
const RUNS = 3;

let built: Binaries;
let scratch: string;
beforeAll(async () => {
  built = await cachedSuite();
  scratch = mkdtempSync(join(tmpdir(), 'sw-scratch-'));
});
afterAll(() => {
  removeDir(scratch);
});

const binaryOf = (b: CurveBench) => (b.binary === 'swbench-static' ? built.swbenchStatic : built.swbench);

describe('swbench list and meta', () => {
  it('list names every curve of the catalogue as a curve', async () => {
    for (const bin of [built.swbench, built.swbenchStatic]) {
      const r = await sh(bin, ['list']);
      expect(r.code).toBe(0);
      const listed = new Map(r.output.trim().split('\n').map((l) => l.split('\t') as [string, string]));
      for (const c of CURVES) expect(listed.get(c.name), c.name).toBe('curve');
      for (const [name, kind] of listed) {
        expect(name).toMatch(/^[a-z0-9-]+$/); // printed into JSON unescaped
        expect(['curve', 'figure']).toContain(kind);
      }
    }
  });

  it('meta is one valid line describing this machine, with the target escaped', async () => {
    const target = 'we"ird\\tar\tget';
    const r = await runSwbench(built.swbench, ['meta', '-T', target]);
    expect(r.code).toBe(0);
    expect(r.bad).toEqual([]);
    expect(r.records).toHaveLength(1);
    const m = r.records[0] as MetaRecord;
    const uname = (flag: string) => execFileSync('uname', [flag], { encoding: 'utf8' }).trim();
    expect(m).toMatchObject({ type: 'meta', target, os: uname('-s'), release: uname('-r'), arch: uname('-m'), eventApi: 'epoll', suiteVersion: '1' });
    expect(m.ncpu).toBe(cpus().length);
    expect(m.pageSize).toBe(Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' })));
    expect(m.cc).toMatch(/^gcc \d+\.\d+\.\d+$/);
    expect(m.cpu).not.toBe('');
    expect(m.timerResolutionNs).toBeGreaterThan(0);
    expect(Number.isInteger(m.timerOverheadNs)).toBe(true);
    expect(m.timerOverheadNs).toBeGreaterThan(0);
    expect(m.timerOverheadNs).toBeLessThan(100_000);
    expect(r.stdout).toMatch(/"timerResolutionNs":\d+,"timerOverheadNs":\d+,"pageSize":\d+,"eventApi":"epoll"/);
    expect(Object.keys(m)).toEqual(['type', 'target', 'os', 'release', 'arch', 'ncpu', 'cpu', 'cc', 'fs', 'timerResolutionNs', 'timerOverheadNs', 'pageSize', 'eventApi', 'suiteVersion']);
  });

  it('meta names the file system of the folder the benchmarks write in (-d, else $TMPDIR, else /tmp)', async () => {
    // What the kernel says the folder is on, as util-linux's findmnt reads it.
    const fstype = (dir: string) => execFileSync('findmnt', ['-n', '-o', 'FSTYPE', '--target', dir], { encoding: 'utf8' }).trim();
    const fsOf = async (args: string[], env: NodeJS.ProcessEnv = {}) => (JSON.parse(execFileSync(built.swbench, ['meta', ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: '', ...env } })) as MetaRecord).fs;
    const here = fstype('/tmp');
    expect(await fsOf(['-d', '/tmp'])).toBe(['ext2', 'ext3'].includes(here) ? 'ext4' : here);
    expect(await fsOf(['-d', '/dev/shm'])).toBe('tmpfs');
    expect(await fsOf([], { TMPDIR: '/dev/shm' })).toBe('tmpfs');
    expect(await fsOf(['-d', '/no/such/dir'])).toBe('unknown');
    console.log(`swbench meta here: /tmp is on ${here}`);
  });
});

describe('every curve at a tiny size', () => {
  it.each(CURVES.map((c) => [c.name, c] as const))('%s: every n of every run, valid lines, nothing left behind', async (name, bench) => {
    const maxN = TINY[name]!;
    const dir = mkdtempSync(join(scratch, `${name}-`));
    const r = await runSwbench(binaryOf(bench), ['run', name, '-r', String(RUNS), '-n', String(maxN), '-d', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(curveProblems(r, name, RUNS, maxN)).toEqual([]);
    expect(samples(r)).toHaveLength(RUNS * (maxN - 1));
    // swbench reaps its own children before it exits: not even a zombie is left in its group.
    expect(groupMembers(r.pgid)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['connect', 'http'])('%s also runs with the poll fallback (-e poll)', async (name) => {
    const r = await runSwbench(built.swbench, ['run', name, '-e', 'poll', '-r', '2', '-n', '20']);
    expect(r.code).toBe(0);
    expect(curveProblems(r, name, 2, 20)).toEqual([]);
    expect(groupMembers(r.pgid)).toEqual([]);
  });

  it('options may come before or after the benchmark name', async () => {
    for (const args of [['run', '-r', '2', '-n', '7', 'socket'], ['run', 'socket', '-r2', '-n7']]) {
      const r = await runSwbench(built.swbench, args);
      expect(r.code).toBe(0);
      expect(curveProblems(r, 'socket', 2, 7)).toEqual([]);
    }
  });

  it('mmap unlinks its file at once: the -d directory is empty even while it runs', async () => {
    const dir = mkdtempSync(join(scratch, 'mmap-live-'));
    const seen: string[][] = [];
    const r = await runSwbench(built.swbench, ['run', 'mmap', '-r', '2', '-n', '3000', '-d', dir], {
      onLine: (_line, count) => {
        if (count === 100) seen.push(readdirSync(dir));
      },
    });
    expect(r.code).toBe(0);
    expect(seen).toEqual([[]]);
  });

  it('fork-static runs only from swbench-static', async () => {
    const r = await runSwbench(built.swbench, ['run', 'fork-static', '-n', '3']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^swbench: fork-static runs only from swbench-static[^\n]*\.\n$/);
  });
});
