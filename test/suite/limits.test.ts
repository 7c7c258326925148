/**
 * Limits are results, stopping is clean, and usage errors are one sentence: each checked by really
 * lowering a limit, really sending the signal, really passing the bad option.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedSuite, curveProblems, errors, groupMembers, have, liveAfter, removeDir, runSwbench, samples, type Binaries } from './swbench.js';

let built: Binaries;
beforeAll(async () => {
  built = await cachedSuite();
});

/** swbench under `ulimit -n limit`: sh sets the soft and hard limit, so swbench cannot raise it back. */
const withNofile = (limit: number, args: string[]) => runSwbench('sh', ['-c', `ulimit -n ${limit} && exec "$0" "$@"`, built.swbench, ...args]);

describe('limits end a run with an error line, and the next run starts afresh', () => {
  it('socket under RLIMIT_NOFILE 64: every run stops with EMFILE below n 64, exit 0', async () => {
    const r = await withNofile(64, ['run', 'socket', '-r', '3', '-n', '500']);
    expect(r.code).toBe(0);
    expect(curveProblems(r, 'socket', 3, 500)).toEqual([]);
    const errs = errors(r);
    expect(errs).toHaveLength(3);
    for (const e of errs) {
      expect(e.message).toBe('socket: Too many open files');
      expect(e.n).toBeGreaterThan(40);
      expect(e.n).toBeLessThan(64);
    }
  });

  it('bind under RLIMIT_NOFILE 64 stops at the socket it could not open', async () => {
    const r = await withNofile(64, ['run', 'bind', '-r', '2', '-n', '500']);
    expect(r.code).toBe(0);
    expect(curveProblems(r, 'bind', 2, 500)).toEqual([]);
    expect(errors(r).map((e) => e.message)).toEqual(['socket: Too many open files', 'socket: Too many open files']);
  });

  it.each(['connect', 'http'])("%s under RLIMIT_NOFILE 64: the server's EMFILE is the client's error line", async (bench) => {
    const r = await withNofile(64, ['run', bench, '-r', '2', '-n', '500']);
    expect(r.code).toBe(0);
    expect(curveProblems(r, bench, 2, 500)).toEqual([]);
    for (const e of errors(r)) {
      expect(e.message).toBe('server: accept: Too many open files');
      expect(e.n).toBeLessThan(64);
    }
    expect(groupMembers(r.pgid)).toEqual([]);
  });

  const canDropPrivileges = process.getuid?.() === 0 && have('setpriv') && have('prlimit');
  it.skipIf(!canDropPrivileges)(
    'fork under RLIMIT_NPROC 40 as user nobody: every run stops with EAGAIN (skipped unless root with setpriv and prlimit: root ignores RLIMIT_NPROC)',
    async () => {
      const r = await runSwbench('prlimit', ['--nproc=40:40', 'setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', built.swbench, 'run', 'fork', '-r', '2', '-n', '500']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(curveProblems(r, 'fork', 2, 500)).toEqual([]);
      const errs = errors(r);
      expect(errs).toHaveLength(2);
      for (const e of errs) {
        expect(e.message).toBe('fork: Resource temporarily unavailable');
        expect(e.n).toBeLessThan(40);
      }
      expect(groupMembers(r.pgid)).toEqual([]);
    },
  );

  it('a run that fails before its first sample ends the bench: the next would fail the same', async () => {
    const r = await runSwbench(built.swbench, ['run', 'mmap', '-r', '5', '-n', '10', '-d', '/nonexistent/dir']);
    expect(r.code).toBe(0);
    expect(r.records).toEqual([{ type: 'error', bench: 'mmap', run: 0, n: 0, message: 'mkstemp in /nonexistent/dir: No such file or directory' }]);
  });
});

describe('the time limit (-t)', () => {
  it('ends the current run with an error line, starts no other, and cleans up', async () => {
    const r = await runSwbench(built.swbench, ['run', 'fork', '-r', '100000', '-n', '300', '-t', '1']);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(6000);
    const errs = errors(r);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toBe('time limit of 1 s reached');
    const lastRun = errs[0]!.run;
    expect(curveProblems(r, 'fork', lastRun + 1, 300)).toEqual([]);
    expect(Math.max(...samples(r).map((s) => s.run))).toBeLessThanOrEqual(lastRun);
    expect(groupMembers(r.pgid)).toEqual([]);
  });

  it('also stops the server of connect, mid-run', async () => {
    const r = await runSwbench(built.swbench, ['run', 'connect', '-r', '1000', '-n', '5000', '-t', '1']);
    expect(r.code).toBe(0);
    expect(errors(r).map((e) => e.message)).toEqual(['time limit of 1 s reached']);
    expect(groupMembers(r.pgid)).toEqual([]);
  });
});

describe('signals', () => {
  it.each([
    ['SIGINT', 130, 'fork'],
    ['SIGTERM', 143, 'fork'],
    ['SIGINT', 130, 'connect'],
    ['SIGTERM', 143, 'http'],
  ] as const)('%s gives exit %i mid-run of %s, promptly, after cleaning up, with no child left', async (signal, status, bench) => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-sig-'));
    let sentAt = 0;
    const r = await runSwbench(built.swbench, ['run', bench, '-r', '1000', '-n', '2000', '-d', dir], {
      onLine: (_line, count, child) => {
        if (count === 300) {
          sentAt = Date.now();
          child.kill(signal);
        }
      },
    });
    removeDir(dir);
    expect(sentAt).toBeGreaterThan(0);
    expect(r.code).toBe(status);
    expect(Date.now() - sentAt).toBeLessThan(3000);
    const last = r.records.at(-1);
    expect(last).toMatchObject({ type: 'error', bench, message: `interrupted by ${signal}` });
    expect(groupMembers(r.pgid)).toEqual([]);
  });

  it.each(['fork', 'connect'])('SIGKILL mid-run of %s: the children see their lifeline break and exit', async (bench) => {
    let killed = false;
    const r = await runSwbench(built.swbench, ['run', bench, '-r', '1000', '-n', '2000'], {
      onLine: (_line, count, child) => {
        if (count === 300) killed = child.kill('SIGKILL');
      },
    });
    expect(killed).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    // Orphans are reaped by init, not by us: what must not be left is a live process.
    expect(await liveAfter(r.pgid, 5000)).toEqual([]);
  });
});

describe('usage errors: one sentence on stderr, nothing on stdout, exit 2', () => {
  it.each([
    [[]],
    [['bogus']],
    [['list', 'extra']],
    [['meta', '-Z']],
    [['run']],
    [['run', 'nosuch']],
    [['run', 'socket', 'bind']],
    [['run', 'socket', '-x', '1']],
    [['run', 'socket', '-r']],
    [['run', 'socket', '-r', '0']],
    [['run', 'socket', '-n', 'many']],
    [['run', 'socket', '-n', '10x']],
    [['run', 'socket', '-t', '-1']],
    [['run', 'socket', '-s', 'soon']],
    [['run', 'socket', '-e', 'select']],
    [['run', 'connect', '-e', 'kqueue']],
  ])('swbench %j', async (args) => {
    const r = await runSwbench(built.swbench, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^swbench: [^\n]+\.\n$/);
    expect(r.stderr.slice(9, -2)).not.toMatch(/\.\s/); // one sentence
  });

  it('-h prints the usage on stdout and exits 0', async () => {
    const r = await runSwbench(built.swbench, ['-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: swbench list/);
    for (const opt of ['-r runs', '-n maxn', '-s seconds', '-t seconds', '-e api', '-d dir', '-T target']) expect(r.stdout).toContain(opt);
  });
});

describe('the -d directory', () => {
  it('is left empty by mmap and touch, also when a run is cut short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-d-'));
    for (const bench of ['mmap', 'touch']) {
      const r = await runSwbench(built.swbench, ['run', bench, '-r', '1000', '-n', '20000', '-d', dir, '-t', '1']);
      expect(r.code).toBe(0);
      expect(errors(r).map((e) => e.message)).toEqual(['time limit of 1 s reached']);
    }
    expect(readdirSync(dir)).toEqual([]);
    removeDir(dir);
  });
});
