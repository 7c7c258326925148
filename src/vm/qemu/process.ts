/**
 * One QEMU process: started in its own process group, console (first serial port) on its stdout
 * kept in a ring, killed for sure on teardown, on abort and when this Node process exits. With
 * `interactive`, its stdin is the console's input too: `type` writes to it and `onOutput` sees every
 * byte as it comes (src/vm/qemu/image/expect.ts waits for prompts that way).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ConsoleRing, PANIC } from '../console.js';
import type { Accel } from './kvm.js';

export interface QemuExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function killAllOnExit(): void {
  for (const child of live) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export class QemuProcess {
  readonly console: ConsoleRing;
  readonly exited: Promise<QemuExit>;
  private exitInfo: QemuExit | undefined;
  private readonly child: ChildProcess;
  private readonly listeners = new Set<(text: string) => void>();

  constructor(binary: string, args: string[], log: (msg: string) => void, verboseConsole = false, interactive = false) {
    this.console = new ConsoleRing(300, 400, verboseConsole ? (l) => log(`console: ${l}`) : undefined);
    if (!exitHookInstalled) {
      process.on('exit', killAllOnExit);
      exitHookInstalled = true;
    }
    this.child = spawn(binary, args, { detached: true, stdio: [interactive ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    live.add(this.child);
    this.child.stdin?.on('error', () => {});
    this.child.stdout?.on('data', (c: Buffer) => {
      this.console.push(c);
      if (this.listeners.size > 0) {
        const text = c.toString('latin1');
        for (const l of this.listeners) l(text);
      }
    });
    this.child.stderr?.on('data', (c: Buffer) => this.console.push(c));
    this.exited = new Promise((resolve) => {
      this.child.on('error', (err) => {
        this.console.push(`\nQEMU did not start: ${err.message}\n`);
        live.delete(this.child);
        this.exitInfo = { code: null, signal: null };
        resolve(this.exitInfo);
      });
      this.child.on('exit', (code, signal) => {
        live.delete(this.child);
        this.console.flush();
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  /** See everything the console prints from now on; returns the function that stops it. */
  onOutput(listener: (text: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Type on the console (interactive processes only). */
  type(text: string): void {
    if (!this.child.stdin) throw new Error('QemuProcess.type() needs an interactive process');
    this.child.stdin.write(text);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The exit status once QEMU has exited, else undefined. */
  get exit(): QemuExit | undefined {
    return this.exitInfo;
  }

  /** Kill QEMU (SIGKILL to its group) and wait, boundedly, until it is gone. */
  async kill(): Promise<void> {
    if (this.exitInfo) return;
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 5000))]);
  }

  /** One sentence about why the guest went away, from the exit status and the console. */
  describeLoss(): string {
    if (this.console.includes(PANIC)) return 'the guest kernel panicked';
    const e = this.exitInfo;
    if (!e) return 'the guest stopped responding';
    if (e.signal) return `QEMU was killed by ${e.signal}`;
    return `QEMU exited with code ${e.code ?? 'unknown'}`;
  }
}

/** Arguments every guest gets: no display, no default devices, no reboot (a panic ends QEMU). */
export function baseArgs(accel: Accel, memoryMiB: number, cpus: number): string[] {
  const a = accel.accel === 'kvm' ? ['-machine', 'pc', '-accel', 'kvm', '-cpu', 'host'] : ['-machine', 'pc', '-accel', 'tcg,thread=multi', '-cpu', 'max'];
  return [...a, '-smp', String(cpus), '-m', String(memoryMiB), '-nodefaults', '-display', 'none', '-no-reboot', '-serial', 'stdio'];
}
