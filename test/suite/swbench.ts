/**
 * Test helpers for the C suite: build a private copy of suite/ (so that tests never race another
 * build in the working tree), or take the shared cached build, run swbench in a process group of its
 * own, read its output through the real protocol parser, and look at what it leaves behind in /proc.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite as buildForHost } from '../../src/suite/build.js';
import { parseLine, type SuiteRecord } from '../../src/suite/protocol.js';
import { TEST_CACHE_DIR } from '../vm/helpers.js';

export const SUITE_SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'suite');

export interface Built {
  dir: string;
  swbench: string;
  swbenchStatic: string;
  /** Everything make printed. */
  output: string;
}

/** Run a command to completion; never rejects. */
export function sh(cmd: string, args: string[], cwd?: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** Is this command on PATH? */
export function have(cmd: string): boolean {
  return (process.env.PATH ?? '').split(':').some((d) => d !== '' && existsSync(join(d, cmd)));
}

/** A fresh copy of suite/ without build products, readable by every user (for setpriv tests). */
export function copySuite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-suite-'));
  cpSync(SUITE_SRC, dir, { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  chmodSync(dir, 0o755);
  return dir;
}

/** Build a private copy with `make` (or another make) and a compiler; throws with make's output. */
export async function buildSuite(cc = 'gcc', make = 'make', target = 'all'): Promise<Built> {
  const dir = copySuite();
  const r = await sh(make, [`CC=${cc}`, target], dir);
  if (r.code !== 0) throw new Error(`${make} CC=${cc} ${target} failed:\n${r.output}`);
  return { dir, swbench: join(dir, 'swbench'), swbenchStatic: join(dir, 'swbench-static'), output: r.output };
}

export interface Binaries {
  swbench: string;
  swbenchStatic: string;
}

/**
 * swbench and swbench-static built with gcc by scalewatch's own build (src/suite/build.ts), in the
 * cache the VM tests keep builds in: the files that only run the suite share one build, made when the
 * sources or the compiler change. build.test.ts builds its own copies, since the build is its subject.
 */
export async function cachedSuite(): Promise<Binaries> {
  const b = await buildForHost({ cc: 'gcc', cacheDir: TEST_CACHE_DIR });
  if (b.swbenchStatic === undefined) throw new Error(`swbench-static did not build: ${b.staticError}`);
  // A test runs swbench as user nobody: the folders on the way must let anyone in, whatever the umask.
  for (const dir of [TEST_CACHE_DIR, b.dir]) {
    const { uid, mode } = statSync(dir);
    if (uid === process.getuid?.()) chmodSync(dir, mode | 0o055);
  }
  return { swbench: b.swbench, swbenchStatic: b.swbenchStatic };
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every stdout line through parseLine: the records, and the lines it refused with why. */
  records: SuiteRecord[];
  bad: string[];
  /** The process group swbench ran in (its own pid). */
  pgid: number;
  ms: number;
  timedOut: boolean;
}

export interface RunOptions {
  /** Called for every stdout line as it arrives, e.g. to send a signal half way. */
  onLine?: (line: string, count: number, child: ChildProcess) => void;
  /** Hard limit: the whole group gets SIGKILL after this long. */
  timeoutMs?: number;
}

/**
 * Spawn cmd in a new process group, as the host does. Wrappers (sh -c '...; exec', setpriv,
 * prlimit) exec into swbench, so the pid and group stay the same.
 */
export function runSwbench(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pgid = child.pid;
    if (pgid === undefined) {
      reject(new Error(`could not start ${cmd}`));
      return;
    }
    let stdout = '';
    let stderr = '';
    let partial = '';
    let count = 0;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, opts.timeoutMs ?? 60_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      partial += chunk;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) opts.onLine?.(line, ++count, child);
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const records: SuiteRecord[] = [];
      const bad: string[] = [];
      for (const line of stdout.split('\n')) {
        if (line === '') continue;
        const p = parseLine(line);
        if (p.ok) records.push(p.record);
        else bad.push(`${p.reason}: ${line}`);
      }
      resolve({ code, signal, stdout, stderr, records, bad, pgid, ms: Date.now() - started, timedOut });
    });
  });
}

/** Processes in process group pgid, from /proc: [pid, state] pairs (state Z: a zombie). */
export function groupMembers(pgid: number): [number, string][] {
  const found: [number, string][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; /* exited while we looked */
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid) found.push([Number(name), fields[0] ?? '?']);
  }
  return found;
}

/** Wait until no live (non-zombie) process is left in the group; returns those still alive at the deadline. */
export async function liveAfter(pgid: number, ms = 5000): Promise<[number, string][]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const live = groupMembers(pgid).filter(([, state]) => state !== 'Z');
    if (live.length === 0 || Date.now() > deadline) return live;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * What is wrong with the output of `swbench run bench -r runs -n maxN`, as a list of sentences
 * (empty when all is well): lines refused by the protocol parser, other benches or record types,
 * runs missing, n not 0, 1, 2, ... within a run, samples after a run's error, ns not a positive
 * integer, and, for a run without an error line, fewer than maxN samples.
 */
export function curveProblems(r: RunResult, bench: string, runs: number, maxN: number): string[] {
  const problems = r.bad.map((b) => `refused line: ${b}`);
  const byRun = new Map<number, { ns: number[]; n: number[]; error?: number }>();
  for (const rec of r.records) {
    if (rec.type !== 'sample' && rec.type !== 'error') {
      problems.push(`unexpected ${rec.type} record`);
      continue;
    }
    if (rec.bench !== bench) problems.push(`record of bench ${rec.bench}, not ${bench}`);
    if (rec.run < 0 || rec.run >= runs) problems.push(`run ${rec.run} outside 0..${runs - 1}`);
    const run = byRun.get(rec.run) ?? { ns: [], n: [] };
    byRun.set(rec.run, run);
    if (run.error !== undefined) problems.push(`run ${rec.run}: a line after its error line`);
    if (rec.type === 'error') {
      run.error = rec.n ?? -1;
      continue;
    }
    run.n.push(rec.n);
    run.ns.push(rec.ns);
  }
  for (let run = 0; run < runs; run++) {
    const got = byRun.get(run);
    if (!got) {
      problems.push(`run ${run} is missing`);
      continue;
    }
    // n = 0 is the warm-up (never written): a run's samples are n = 1, 2, …
    got.n.forEach((n, i) => {
      if (n !== i + 1) problems.push(`run ${run}: sample ${i} has n ${n}`);
    });
    if (got.ns.some((ns) => !Number.isInteger(ns) || ns <= 0)) problems.push(`run ${run}: an ns that is not a positive integer`);
    if (got.error === undefined && got.n.length !== maxN - 1) problems.push(`run ${run}: ${got.n.length} samples, not ${maxN - 1}, and no error line`);
    const errorOk = got.error === got.n.length + 1 || (got.error === 0 && got.n.length === 0);
    if (got.error !== undefined && !errorOk) problems.push(`run ${run}: error at n ${got.error} after ${got.n.length} samples`);
  }
  return problems;
}

export const errors = (r: RunResult) => r.records.filter((x) => x.type === 'error');
export const samples = (r: RunResult) => r.records.filter((x) => x.type === 'sample');

/**
 * What is wrong with the output of `swbench run bench -r runs` for a figure, as a list of sentences
 * (empty when all is well): lines refused by the protocol parser, other benches or record types, a
 * value line for every run 0 .. runs-1 exactly once and in order, each finite and positive, with the
 * unit and better the catalogue gives, and no error line unless allowError.
 */
export function figureProblems(r: RunResult, bench: string, runs: number, unit: string, better: string, allowError = false): string[] {
  const problems = r.bad.map((b) => `refused line: ${b}`);
  let next = 0;
  for (const rec of r.records) {
    if (rec.bench !== bench) problems.push(`record of bench ${rec.bench}, not ${bench}`);
    if (rec.type === 'error') {
      if (!allowError) problems.push(`error line: run ${rec.run}: ${rec.message}`);
      continue;
    }
    if (rec.type !== 'value') {
      problems.push(`unexpected ${rec.type} record`);
      continue;
    }
    if (rec.run !== next) problems.push(`value of run ${rec.run} where run ${next} was due`);
    next = rec.run + 1;
    if (!Number.isFinite(rec.value) || rec.value <= 0) problems.push(`run ${rec.run}: value ${rec.value} is not positive`);
    if (rec.unit !== unit) problems.push(`run ${rec.run}: unit ${rec.unit}, not ${unit}`);
    if (rec.better !== better) problems.push(`run ${rec.run}: better ${rec.better}, not ${better}`);
  }
  if (!allowError && next !== runs) problems.push(`${next} values, not ${runs}`);
  return problems;
}

export const values = (r: RunResult) => r.records.filter((x) => x.type === 'value');

/** Processes whose working directory is dir or below it (make and its compilers work in the build's directory). */
export function processesIn(dir: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cwd = readlinkSync(`/proc/${name}/cwd`);
      if (cwd === dir || cwd.startsWith(`${dir}/`)) found.push(Number(name));
    } catch {
      /* gone, a zombie, or not ours to read */
    }
  }
  return found;
}
