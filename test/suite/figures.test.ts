/**
 * Every figure of the catalogue at a tiny size: one valid value line per repetition with the unit and
 * direction the catalogue gives, values in a plausible range, nothing left behind in -d or in the
 * process group; the time limit and signals stop a repetition cleanly, also inside make and threads;
 * the dir-create curve as the other curves are tested.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALIB, CALIB_NAME, CURVES, FIGURES } from '../../src/suite/benches.js';
import { cachedSuite, curveProblems, errors, figureProblems, groupMembers, processesIn, removeDir, runSwbench, sh, values, type Binaries } from './swbench.js';

/** Seconds of one repetition at the tiny size; build ignores it (its corpus is fixed). */
const TINY_S = '0.05';
const RUNS = 3;

/**
 * Wide bounds, for a busy 2-CPU machine at tiny sizes: they catch a wrong scale (bytes for MB, ns
 * for µs, a rate for a time), not a slow machine.
 */
const PLAUSIBLE: Record<string, [number, number]> = {
  pipe: [10, 1e6], // MB/s
  ctxswitch: [0.05, 5_000], // µs
  'fork-exit': [2, 100_000], // µs
  malloc: [0.1, 5_000], // M/s
  'malloc-mt': [0.1, 20_000], // M/s
  'file-create': [10, 1e7], // ops/s
  'seq-write': [1, 1e5], // MB/s
  'seq-read': [10, 1e6], // MB/s
  'http-rps': [100, 1e7], // req/s
  build: [0.02, 300], // s
  calib: [10, 1e5], // MB/s
};

let built: Binaries;
let scratch: string;
beforeAll(async () => {
  built = await cachedSuite();
  scratch = mkdtempSync(join(tmpdir(), 'sw-fig-'));
});
afterAll(() => {
  removeDir(scratch);
});

const freshDir = (name: string) => mkdtempSync(join(scratch, `${name}-`));

describe('the catalogue of figures', () => {
  it('names exactly the figures swbench lists, with the units the contract fixes', async () => {
    const r = await sh(built.swbench, ['list']);
    const listed = r.output.trim().split('\n').map((l) => l.split('\t') as [string, string]);
    expect(listed.filter(([, kind]) => kind === 'figure').map(([name]) => name)).toEqual(FIGURES.map((f) => f.name));
    expect(listed.filter(([, kind]) => kind === 'curve').map(([name]) => name)).toEqual(CURVES.map((c) => c.name));
    expect(Object.keys(PLAUSIBLE).sort()).toEqual(FIGURES.map((f) => f.name).sort());
    for (const f of FIGURES) {
      expect(['MB/s', 'µs', 'M/s', 'ops/s', 'req/s', 's']).toContain(f.unit);
      expect(f.quick.seconds).toBeLessThanOrEqual(f.full.seconds);
      if (f.name === CALIB_NAME) continue;
      expect(f.quick.runs).toBe(5);
      expect(f.full.runs).toBe(7);
    }
    // The calibration figure is the same short measurement in both suites: five repetitions of 0.2 s.
    expect([CALIB.quick, CALIB.full]).toEqual([{ runs: 5, seconds: 0.2 }, { runs: 5, seconds: 0.2 }]);
  });
});

describe('every figure at a tiny size', () => {
  it.each(FIGURES.map((f) => [f.name, f] as const))('%s: a value for every repetition, plausible, nothing left behind', async (name, fig) => {
    const dir = freshDir(name);
    const runs = name === 'build' ? 2 : RUNS;
    const r = await runSwbench(built.swbench, ['run', name, '-r', String(runs), '-s', TINY_S, '-d', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(figureProblems(r, name, runs, fig.unit, fig.better)).toEqual([]);
    const [lo, hi] = PLAUSIBLE[name]!;
    for (const v of values(r)) {
      expect(v.value, `${name} run ${v.run}`).toBeGreaterThanOrEqual(lo);
      expect(v.value, `${name} run ${v.run}`).toBeLessThanOrEqual(hi);
    }
    // Enough digits to tell repetitions apart: never rounded to a handful of them.
    expect(r.stdout).toMatch(/"value":\d+\.\d{3}/);
    expect(groupMembers(r.pgid)).toEqual([]);
    expect(processesIn(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('ctxswitch is half a round trip: well below fork-exit, which also switches', async () => {
    const ctx = await runSwbench(built.swbench, ['run', 'ctxswitch', '-r', '1', '-s', '0.1']);
    const fork = await runSwbench(built.swbench, ['run', 'fork-exit', '-r', '1', '-s', '0.1']);
    expect(values(ctx)[0]!.value).toBeLessThan(values(fork)[0]!.value);
  });
});

describe('failures are error lines', () => {
  it.each(['seq-write', 'seq-read', 'file-create', 'build'])('%s with a -d that does not exist: one error line, exit 0', async (name) => {
    const r = await runSwbench(built.swbench, ['run', name, '-r', '3', '-d', '/nonexistent/dir']);
    expect(r.code).toBe(0);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]).toMatchObject({ type: 'error', bench: name, run: 0, n: 0 });
    expect(errors(r)[0]!.message).toMatch(/^mk(stemp|dtemp) in \/nonexistent\/dir: No such file or directory$/);
  });

  it('build without cc or make on PATH says which is missing', async () => {
    const r = await runSwbench('/bin/sh', ['-c', 'PATH=/nonexistent exec "$0" "$@"', built.swbench, 'run', 'build', '-r', '2']);
    expect(r.code).toBe(0);
    expect(r.records).toEqual([{ type: 'error', bench: 'build', run: 0, n: 0, message: 'cc: not found on PATH' }]);
  });
});

describe('the time limit and signals', () => {
  it.each([
    ['pipe', '0.3'],
    ['malloc-mt', '0.3'], // threads
    ['http-rps', '5'], // threads and the server child, stopped mid-repetition
    ['seq-write', '5'], // inside a repetition of fsyncs
    ['build', '1'], // inside make: its jobs are stopped too
  ])('-t 1 stops %s (-s %s): values before, one error line, nothing left', async (name, seconds) => {
    const dir = freshDir(`t-${name}`);
    const fig = FIGURES.find((f) => f.name === name)!;
    const r = await runSwbench(built.swbench, ['run', name, '-r', '1000', '-s', seconds, '-t', '1', '-d', dir]);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(8000);
    expect(errors(r).map((e) => e.message)).toEqual(['time limit of 1 s reached']);
    expect(r.records.at(-1)!.type).toBe('error');
    expect(figureProblems(r, name, 1000, fig.unit, fig.better, true)).toEqual([]);
    expect(groupMembers(r.pgid)).toEqual([]);
    // make runs in a group of its own: nothing may still be working in the build's directory either.
    expect(processesIn(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['SIGTERM', 'http-rps', 143],
    ['SIGINT', 'ctxswitch', 130],
    ['SIGTERM', 'build', 143],
  ] as const)('%s mid-repetition of %s: exit %i, error line, no child left', async (signal, name, status) => {
    const dir = freshDir(`sig-${name}`);
    const r = await runSwbench(built.swbench, ['run', name, '-r', '1000', '-s', '0.2', '-d', dir], {
      onLine: (_line, count, child) => {
        if (count === 1) setTimeout(() => child.kill(signal), 100);
      },
    });
    expect(r.code).toBe(status);
    expect(r.records.at(-1)).toMatchObject({ type: 'error', bench: name, message: `interrupted by ${signal}` });
    expect(groupMembers(r.pgid)).toEqual([]);
    expect(processesIn(dir)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the dir-create curve', () => {
  it('every n of every run, and its directory is gone afterwards, also when cut short', async () => {
    const dir = freshDir('dir-create');
    const r = await runSwbench(built.swbench, ['run', 'dir-create', '-r', '3', '-n', '60', '-d', dir]);
    expect(r.code).toBe(0);
    expect(curveProblems(r, 'dir-create', 3, 60)).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    const cut = await runSwbench(built.swbench, ['run', 'dir-create', '-r', '1000', '-n', '100000', '-t', '1', '-d', dir]);
    expect(cut.code).toBe(0);
    expect(errors(cut).map((e) => e.message)).toEqual(['time limit of 1 s reached']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a directory it may not write to is an error line at n 0', async () => {
    const r = await runSwbench(built.swbench, ['run', 'dir-create', '-r', '2', '-n', '10', '-d', '/proc']);
    expect(r.code).toBe(0);
    expect(r.records).toHaveLength(1);
    expect(errors(r)[0]).toMatchObject({ run: 0, n: 0 });
    expect(errors(r)[0]!.message).toMatch(/^mkdtemp in \/proc: /);
  });
});

describe('swbench serve (the http server alone, for wrk in the cross-check)', () => {
  it('prints its port, answers a keep-alive GET, and exits with its server when standard input ends', async () => {
    const child = spawn(built.swbench, ['serve'], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    const line = await new Promise<string>((resolve, reject) => {
      let buf = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d: string) => {
        buf += d;
        if (buf.includes('\n')) resolve(buf.split('\n')[0]!);
      });
      child.on('exit', () => reject(new Error('swbench serve exited early')));
    });
    expect(line).toMatch(/^127\.0\.0\.1 \d+$/);
    const port = Number(line.split(' ')[1]);
    const reply = await new Promise<string>((resolve, reject) => {
      const sock = connect(port, '127.0.0.1', () => sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      let got = '';
      sock.setEncoding('utf8');
      sock.on('data', (d: string) => {
        got += d;
        if (got.endsWith('Hello, world\n')) {
          sock.destroy();
          resolve(got);
        }
      });
      sock.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*Content-Length: 13\r\n\r\nHello, world\n$/);
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.end();
    expect(await code).toBe(0);
    expect(groupMembers(child.pid!)).toEqual([]);
  });

  it('refuses options it does not know, in one sentence', async () => {
    const r = await runSwbench(built.swbench, ['serve', '-x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^swbench: serve takes only -e api, not "-x"\.\n$/);
  });
});
