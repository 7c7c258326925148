/**
 * `scalewatch run` as a user runs it: the compiled CLI as a real process, building the real suite
 * with this host's cc and measuring this host's kernel; and any command whose reader goes away.
 */
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResults } from '../../src/suite/protocol.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'lib', 'cli.js');
let work: string;

/** Newest modification time of the files in `dir` (and below it, when `below`) whose names match. */
function newest(dir: string, name: RegExp, below: boolean): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: below })) {
    if (e.isFile() && name.test(e.name)) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

beforeAll(() => {
  // lib/ as `npm run build` makes it (npm ci and npm install do, through prepare), rebuilt when a
  // source is newer: byte for byte the same, without checking the types again, as npm test's
  // typecheck step has (6 s instead of 10 here).
  const built = existsSync(cli) ? statSync(cli).mtimeMs : 0;
  if (newest(join(root, 'src'), /\.ts$/, true) >= built || newest(root, /^tsconfig.*\.json$/, false) >= built) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--noCheck'], { cwd: root, stdio: 'ignore' });
  }
  work = mkdtempSync(join(tmpdir(), 'sw-run-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scalewatch(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(work, 'cache'), ...env }, timeout: 120_000 });
}

/** The same without blocking, for the tests that measure nothing and run side by side. */
function scalewatchAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(work, 'cache'), ...env }, timeout: 120_000 }, (_err, _stdout, stderr) =>
      resolve({ status: child.exitCode, stderr }),
    );
  });
}

/** Processes whose command line names this test's directory: a leaked suite child would. */
function leftovers(): string[] {
  const out = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter((l) => l.includes(work) && !l.includes('ps -eo'));
}

describe('scalewatch run --target local', () => {
  it('builds the suite, measures, saves every run of every n, and prints a summary and the orders', () => {
    const out = join(work, 'r1');
    const r = scalewatch(['run', '--bench', 'socket,fork', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const results = parseResults(readFileSync(join(out, 'local.jsonl'), 'utf8'));
    expect(results.meta).toMatchObject({ target: 'local', driver: 'local', suite: 'quick' });
    expect(Object.keys(results.meta.benchSec as object)).toEqual(['calib', 'socket', 'fork']);
    for (const bench of ['socket', 'fork']) {
      const runs = new Set(results.samples.filter((s) => s.bench === bench).map((s) => s.run));
      expect(runs).toEqual(new Set([0, 1, 2, 3, 4]));
    }
    expect(results.malformed).toEqual([]);
    expect(r.stderr).toMatch(/\[1\/3\] calib: done, 5 values/);
    expect(r.stderr).toMatch(/\[2\/3\] socket: done, \d+ samples/);
    expect(r.stdout).toMatch(/^socket\s+5 runs\s+n=1 /m);
    expect(r.stdout).toMatch(/^\s+fork\s+O\(/m);
    expect(r.stderr).toContain(`results saved to ${join(out, 'local.jsonl')}`);
    expect(leftovers()).toEqual([]);
  });

  it('keeps a run that hit its time limit as results with the reason', () => {
    const out = join(work, 'r2');
    const r = scalewatch(['run', '--bench', 'fork', '--suite', 'full', '--time-limit', '3', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const results = parseResults(readFileSync(join(out, 'local.jsonl'), 'utf8'));
    expect(results.samples.length).toBeGreaterThan(0);
    expect(results.errors[0]!.message).toMatch(/time limit/);
    expect(r.stdout).toMatch(/stopped early: run \d+ at n=\d+: .*time limit/);
  });

  it('saves what it measured and cleans up when interrupted with Ctrl-C', async () => {
    const out = join(work, 'r3');
    const child = spawn(process.execPath, [cli, 'run', '--bench', 'fork,connect', '--suite', 'full', '--out', out, '--tmp-dir', work], { cwd: work, env: { ...process.env, XDG_CACHE_HOME: join(work, 'cache') } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupted once fork's first sample is saved (its warm-up run writes nothing).
    const saved = join(out, 'local.jsonl');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(saved) && readFileSync(saved, 'utf8').includes('"type":"sample","bench":"fork"')) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(130);
    const results = parseResults(readFileSync(join(out, 'local.jsonl'), 'utf8'));
    expect(results.samples.some((s) => s.bench === 'fork')).toBe(true);
    expect(results.errors.find((e) => e.bench === 'connect')?.message).toBe('not run: the run was interrupted');
    expect(leftovers()).toEqual([]);
    expect(readdirSync(work).filter((f) => f.startsWith('sw'))).toEqual([]);
  });
});

// These start the CLI and measure nothing: they run side by side, two CPUs' worth at a time.
describe.concurrent('bad input', () => {
  it.each([
    [['run', '--bench', 'sockets'], /^scalewatch: Unknown benchmark "sockets"; known benchmarks are: socket, /],
    [['run', '--suite', 'huge'], /Allowed choices are quick, full/],
    [['run', '--time-limit', 'soon'], /^scalewatch: --time-limit must be a whole number of seconds of at least 1, not "soon"\.$/],
    [['run', '--budget', '0'], /^scalewatch: --budget must be a number of minutes above 0 and up to 1440, not "0"\.$/],
    [['run', '--target', 'local', '--driver', 'qemu'], /^scalewatch: The "local" target runs on this host; it has no qemu machine\.$/],
    [['run', '--target', 'plan9'], /plan9/],
  ])('%j: one sentence on stderr, exit 2', async (args, message) => {
    const r = await scalewatchAsync(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says there is no compiler, in one sentence', async () => {
    const r = await scalewatchAsync(['run', '--bench', 'socket', '--out', join(work, 'r4')], { CC: 'no-such-cc' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('scalewatch: No C compiler "no-such-cc" was found on this machine; install one (for example "apt-get install gcc") or set CC to a compiler.');
  });
});

describe.concurrent('a reader that goes away', () => {
  it.each(['--help', 'compare --help'])('scalewatch %s | true: exit 0, nothing on stderr', async (args) => {
    // `true` exits without reading: the CLI's write meets a closed pipe (EPIPE).
    const r = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = execFile('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${cli}" ${args} | true`], { encoding: 'utf8', timeout: 30_000 }, (_err, _stdout, stderr) =>
        resolve({ status: child.exitCode, stderr }),
      );
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
