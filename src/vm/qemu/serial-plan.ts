/**
 * The host side of the initramfs fast path: follow the framed stream the guest writes on its second
 * serial port and turn it into the runner's sink calls. A guest that panics, hangs or is killed in
 * the middle keeps what it sent: the current invocation ends as `lost` with the console's tail, and
 * the ones that never started end the same way.
 */
import type { Invocation, InvocationEnd, RunSink, SuitePlan } from '../driver.js';
import { parseFrame, type Frame } from './framing.js';
import type { QemuProcess } from './process.js';

/** Extra seconds past an invocation's time limit and grace before the guest counts as hung. */
export const HANG_SLACK_SEC = 60;
/** Longest silence between two invocations before the guest counts as hung. */
export const BETWEEN_SEC = 60;
const STDERR_TAIL = 20;

type Next = Frame | { kind: 'exit' } | { kind: 'timeout' } | { kind: 'aborted' };

export class FrameQueue {
  private readonly frames: Frame[] = [];
  private wake: (() => void) | undefined;
  private closed = false;

  push(line: string): void {
    this.frames.push(parseFrame(line));
    this.wake?.();
  }

  /** QEMU exited: nothing more will come once the queue is drained. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  async next(timeoutMs: number, signal: AbortSignal): Promise<Next> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const f = this.frames.shift();
      if (f) return f;
      if (signal.aborted) return { kind: 'aborted' };
      if (this.closed) return { kind: 'exit' };
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'timeout' };
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, left);
        const onAbort = () => done();
        signal.addEventListener('abort', onAbort, { once: true });
        this.wake = done;
        function done() {
          clearTimeout(t);
          signal.removeEventListener('abort', onAbort);
          resolve();
        }
      });
      this.wake = undefined;
    }
  }
}

/** Wait for the meta frame; returns the meta line or throws a sentence saying why not. */
export async function awaitMeta(queue: FrameQueue, qemu: QemuProcess, bootLimitSec: number, signal: AbortSignal): Promise<string> {
  const deadline = Date.now() + bootLimitSec * 1000;
  let inMeta = false;
  let meta: string | undefined;
  const stderr: string[] = [];
  for (;;) {
    const f = await queue.next(deadline - Date.now(), signal);
    switch (f.kind) {
      case 'aborted':
        throw new Error('interrupted while the guest was booting');
      case 'timeout':
        throw new Error(`the guest did not start the suite within ${bootLimitSec} s`);
      case 'exit':
        throw new Error(`the guest went away while booting: ${qemu.describeLoss()}`);
      case 'begin':
        inMeta = f.id === 'meta';
        break;
      case 'data':
        if (inMeta && meta === undefined && f.text.trim() !== '') meta = f.text;
        break;
      case 'stderr':
        stderr.push(f.text);
        break;
      case 'end':
        if (f.id !== 'meta') break;
        if (f.code !== 0 || meta === undefined) {
          throw new Error(`"swbench meta" failed in the guest (exit ${f.code})${stderr.length ? `: ${stderr.slice(-1)[0]}` : ''}`);
        }
        return meta;
      case 'done':
        throw new Error('the guest ended its plan before printing the meta line');
    }
  }
}

/**
 * Feed the rest of the guest's stream into the sink. `skipped` invocations (binary not built on the
 * host) end at once with their reason and are not waited for.
 */
export async function followPlan(
  plan: SuitePlan,
  queue: FrameQueue,
  qemu: QemuProcess,
  sink: RunSink,
  signal: AbortSignal,
  skipped: ReadonlyMap<number, string>,
  graceSec: number,
  hangSlackSec = HANG_SLACK_SEC,
): Promise<void> {
  let index = 0;
  let lostEnd: InvocationEnd | undefined;

  const endRemaining = (from: number, end: InvocationEnd) => {
    for (let i = from; i < plan.invocations.length; i++) {
      const inv = plan.invocations[i]!;
      sink.start(inv);
      sink.end(inv, end);
    }
  };

  while (index < plan.invocations.length) {
    const inv: Invocation = plan.invocations[index]!;
    const skip = skipped.get(index);
    if (skip !== undefined) {
      sink.start(inv);
      sink.end(inv, { status: 'exited', code: null, signal: null, stderrTail: [skip] });
      index++;
      continue;
    }
    // Wait for this invocation to begin.
    const first = await waitBegin(queue, index, signal, Math.min(BETWEEN_SEC, graceSec + hangSlackSec));
    if (first !== 'begun') {
      lostEnd = await lossEnd(first, qemu, signal);
      break;
    }
    sink.start(inv);
    const limitMs = (inv.timeLimitSec + graceSec + hangSlackSec) * 1000;
    const deadline = Date.now() + limitMs;
    const stderrTail: string[] = [];
    let end: InvocationEnd | undefined;
    while (!end) {
      const f = await queue.next(deadline - Date.now(), signal);
      if (f.kind === 'data') {
        if (f.text !== '') sink.line(inv, f.text);
      } else if (f.kind === 'stderr') {
        stderrTail.push(f.text);
        if (stderrTail.length > STDERR_TAIL) stderrTail.shift();
      } else if (f.kind === 'end') {
        end = endFromFrame(f, stderrTail);
      } else if (f.kind === 'begin' || f.kind === 'done') {
        // The guest moved on without ending this one: treat as lost output, not as a crash.
        end = { status: 'exited', code: null, signal: null, stderrTail: [...stderrTail, 'the guest sent no end frame'] };
      } else {
        end = await lossEnd(f.kind === 'timeout' ? 'hung' : f.kind, qemu, signal);
        lostEnd = end;
      }
    }
    sink.end(inv, end);
    index++;
    if (lostEnd) break;
  }
  if (lostEnd && index < plan.invocations.length) {
    const reason = lostEnd.status === 'lost' ? `not run: ${lostEnd.reason}` : '';
    endRemaining(index, lostEnd.status === 'lost' ? { ...lostEnd, reason } : lostEnd);
  }
}

async function waitBegin(queue: FrameQueue, index: number, signal: AbortSignal, limitSec: number): Promise<'begun' | 'exit' | 'hung' | 'aborted'> {
  const deadline = Date.now() + limitSec * 1000;
  for (;;) {
    const f = await queue.next(deadline - Date.now(), signal);
    if (f.kind === 'begin' && f.id === String(index)) return 'begun';
    if (f.kind === 'exit' || f.kind === 'aborted') return f.kind;
    if (f.kind === 'timeout') return 'hung';
    if (f.kind === 'done') return 'exit';
    // Stray lines between invocations are dropped: they belong to no benchmark.
  }
}

async function lossEnd(why: 'exit' | 'hung' | 'aborted', qemu: QemuProcess, signal: AbortSignal): Promise<InvocationEnd> {
  if (why === 'aborted' || signal.aborted) {
    await qemu.kill();
    return { status: 'interrupted' };
  }
  if (why === 'hung') {
    await qemu.kill();
    return { status: 'lost', reason: 'the guest stopped responding (no output within its time limit)', consoleTail: qemu.console.report(30) };
  }
  await qemu.exited;
  return { status: 'lost', reason: qemu.describeLoss(), consoleTail: qemu.console.report(30) };
}

function endFromFrame(f: Extract<Frame, { kind: 'end' }>, stderrTail: string[]): InvocationEnd {
  if (f.code === 0) return { status: 'ok' };
  if (f.timedOut) return { status: 'timeout', stderrTail };
  // A shell reports death by signal N as 128+N.
  const signal = f.code > 128 ? signalName(f.code - 128) : null;
  return { status: 'exited', code: signal ? null : f.code, signal, stderrTail };
}

const SIGNALS: Record<number, string> = { 1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM' };

function signalName(n: number): string {
  return SIGNALS[n] ?? `signal ${n}`;
}
