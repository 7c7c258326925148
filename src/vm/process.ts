/**
 * Run one suite invocation as a child process in its own process group, stream its stdout lines,
 * and make sure nothing outlives it: on the hard time limit or on abort the whole group gets
 * SIGTERM, then SIGKILL a few seconds later. Used by the local driver; VM drivers use it for the
 * ssh client or QEMU they start.
 */
import { spawn } from 'node:child_process';
import { LineSplitter } from './lines.js';
import type { InvocationEnd } from './driver.js';

export interface SpawnStreamOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process group after this many milliseconds. */
  hardLimitMs: number;
  signal: AbortSignal;
  onLine: (line: string) => void;
  /** Grace between SIGTERM and SIGKILL. */
  killGraceMs?: number;
  /** An exit code that means the stream was cut rather than ended (ssh's 255: the connection dropped). */
  cutBy?: (code: number | null) => boolean;
}

const TAIL = 20;

function killGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, sig);
  } catch {
    // The group is already gone.
  }
}

export function spawnStream(file: string, args: string[], opts: SpawnStreamOptions): Promise<InvocationEnd> {
  return new Promise((resolveEnd) => {
    const child = spawn(file, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const splitter = new LineSplitter(opts.onLine);
    const stderrTail: string[] = [];
    const stderrSplitter = new LineSplitter((line) => {
      stderrTail.push(line);
      if (stderrTail.length > TAIL) stderrTail.shift();
    }, 4096);
    let why: 'timeout' | 'interrupted' | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const stop = (reason: 'timeout' | 'interrupted') => {
      if (why) return;
      why = reason;
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), opts.killGraceMs ?? 3000);
    };
    const hard = setTimeout(() => stop('timeout'), opts.hardLimitMs);
    const onAbort = () => stop('interrupted');
    if (opts.signal.aborted) onAbort();
    else opts.signal.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => splitter.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderrSplitter.push(chunk));
    child.on('error', (err) => {
      stderrTail.push(err.message);
    });
    child.on('close', (code, sig) => {
      clearTimeout(hard);
      if (killTimer) clearTimeout(killTimer);
      opts.signal.removeEventListener('abort', onAbort);
      // Anything the suite left in its group (a child it could not reap) goes with it.
      killGroup(child.pid, 'SIGKILL');
      // A program killed mid-line leaves a cut line, not output: only one that exited keeps its last line.
      if (why || sig || opts.cutBy?.(code)) splitter.discard();
      else splitter.flush();
      stderrSplitter.flush();
      if (why === 'interrupted') resolveEnd({ status: 'interrupted' });
      else if (why === 'timeout') resolveEnd({ status: 'timeout', stderrTail });
      else if (code === 0) resolveEnd({ status: 'ok' });
      else resolveEnd({ status: 'exited', code, signal: sig, stderrTail });
    });
  });
}
