/**
 * Decide between KVM and TCG for the qemu driver. /dev/kvm existing is not enough: on some hosts
 * (nested virtualization without the needed features) the device opens but QEMU cannot set up a
 * vCPU. So the probe starts a real, empty PC machine under KVM and checks it is still running after
 * a moment; anything else falls back to TCG with the reason logged.
 */
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

export type Accel = { accel: 'kvm' } | { accel: 'tcg'; reason: string };

const PROBE_MS = 1500;

let cached: Promise<Accel> | undefined;

/**
 * Probe once per process; `SCALEWATCH_ACCEL=tcg|kvm` overrides the probe. `kernel`, when given, finds
 * a Linux kernel for the second stage: on some hosts a KVM machine runs its BIOS but a Linux kernel
 * prints nothing at all (seen on the development host: SeaBIOS boots under KVM, the Debian kernel
 * never writes a line), so KVM counts only when a kernel prints its first line within KERNEL_PROBE_MS.
 * A kernel that cannot be had leaves the first stage's answer.
 */
export function detectAccel(qemu = 'qemu-system-x86_64', kernel?: () => Promise<string>): Promise<Accel> {
  const forced = process.env.SCALEWATCH_ACCEL;
  if (forced === 'tcg') return Promise.resolve({ accel: 'tcg', reason: 'SCALEWATCH_ACCEL=tcg' });
  if (forced === 'kvm') return Promise.resolve({ accel: 'kvm' });
  cached ??= probe(qemu).then(async (a) => {
    if (a.accel !== 'kvm' || !kernel) return a;
    let path: string;
    try {
      path = await kernel();
    } catch {
      return a;
    }
    return probeKernel(qemu, path);
  });
  return cached;
}

const KERNEL_PROBE_MS = 20_000;

/**
 * Run one probe machine under KVM: `watch` sees everything it writes (stdout and stderr) and may
 * settle the answer; its exit, or `timeoutMs` passing, settles it otherwise. The machine is killed.
 */
function runProbe(qemu: string, args: string[], timeoutMs: number, watch: (text: string) => Accel | null, onExit: (text: string, code: number | null, signal: NodeJS.Signals | null) => Accel, onTimeout: () => Accel): Promise<Accel> {
  return new Promise((resolve) => {
    const child = spawn(qemu, ['-machine', 'pc,accel=kvm', '-cpu', 'host', '-nodefaults', '-display', 'none', '-no-reboot', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let settled = false;
    const done = (a: Accel) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(a);
    };
    const take = (c: Buffer) => {
      if (text.length < 65536) text += c.toString('utf8');
      const a = watch(text);
      if (a) done(a);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (err) => done({ accel: 'tcg', reason: `${qemu} did not start: ${err.message}` }));
    child.on('exit', (code, signal) => done(onExit(text, code, signal)));
    const timer = setTimeout(() => done(onTimeout()), timeoutMs);
  });
}

/** Boot a Linux kernel under KVM with its console on stdout: KVM works if "Linux version" appears. */
function probeKernel(qemu: string, kernel: string): Promise<Accel> {
  return runProbe(
    qemu,
    ['-m', '256', '-serial', 'stdio', '-kernel', kernel, '-append', 'console=ttyS0 panic=-1'],
    KERNEL_PROBE_MS,
    (text) => (text.includes('Linux version') ? { accel: 'kvm' } : null),
    () => ({ accel: 'tcg', reason: 'a Linux kernel under KVM exited before printing a line' }),
    () => ({ accel: 'tcg', reason: `a Linux kernel under KVM printed nothing in ${KERNEL_PROBE_MS / 1000} s` }),
  );
}

/** The fallback's log line, in one place. */
export function describeAccel(a: Accel): string {
  return a.accel === 'kvm' ? 'KVM available; using hardware virtualization' : `KVM unavailable (${a.reason}); using TCG software emulation`;
}

async function probe(qemu: string): Promise<Accel> {
  try {
    await access('/dev/kvm', constants.R_OK | constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { accel: 'tcg', reason: code === 'ENOENT' ? 'no /dev/kvm' : `/dev/kvm not usable: ${code ?? 'error'}` };
  }
  return runProbe(
    qemu,
    ['-m', '64'],
    PROBE_MS,
    () => null,
    (text, code, signal) => {
      const lines = text.split('\n').map((l) => l.replace(/^qemu-system-\w+: /, '').trim()).filter((l) => l !== '' && !l.startsWith('warning:'));
      const why = lines.find((l) => l.startsWith('error:'))?.replace(/^error: /, '') ?? lines[0] ?? `QEMU exited (${signal ?? `code ${code}`})`;
      return { accel: 'tcg', reason: `a KVM guest could not run: ${why}` };
    },
    // Still running: the vCPU was created and the BIOS is executing.
    () => ({ accel: 'kvm' }),
  );
}
