/**
 * Where the benchmarks that time one process waking another run: every process of the invocation on
 * one CPU. Left free, the scheduler puts the woken process on this CPU or on another (an interrupt
 * away) as it sees fit, and that choice, not the kernel path being timed, decided pipe, ctxswitch,
 * connect and http from one round to the next on a two-CPU host (spread 22–47%; 5–7% on one CPU,
 * docs/statistics.md). A driver runs such an invocation under the target's own affinity tool; the
 * suite does not pin itself, so both sides of a comparison are placed alike whatever their suite's
 * version. Pure.
 */
import type { GuestOs } from './targets.js';

/** The CPU the one-CPU benchmarks run on in a guest (the host picks the first CPU it may use). */
export const GUEST_ONE_CPU = 0;

/**
 * The command words that run a program with its processes on `cpu`, on `os`, or null where the
 * system has no such tool for user processes (OpenBSD). The BSD tools are root's (usched, schedctl)
 * or anyone's (cpuset); the guest runs the suite as root.
 */
export function oneCpuCommand(os: GuestOs, cpu: number = GUEST_ONE_CPU): string[] | null {
  switch (os) {
    case 'linux':
      return ['taskset', '-c', String(cpu)];
    case 'freebsd':
      return ['cpuset', '-l', String(cpu)];
    case 'netbsd':
      return ['schedctl', '-A', String(cpu)];
    case 'dragonfly':
      // usched's argument is [scheduler]:cpumask; without a scheduler the process keeps its parent's.
      return ['usched', `:0x${(2 ** cpu).toString(16)}`];
    case 'openbsd':
      return null;
  }
}

/**
 * The meta line's `oneCpu` field: how the one-CPU benchmarks were placed (the command words), or
 * undefined when they ran free. The baseline keeps it with the machine, so a comparison can tell
 * levels measured on one CPU from levels measured free (src/compare/machine.ts).
 */
export function oneCpuInfo(command: readonly string[] | null): { oneCpu?: string } {
  return command ? { oneCpu: command.join(' ') } : {};
}

/** The guest OS this host's kernel is, for the local driver; null for a system without a tool here. */
export function hostOs(platform: NodeJS.Platform = process.platform): GuestOs | null {
  return platform === 'linux' || platform === 'freebsd' || platform === 'netbsd' || platform === 'openbsd' ? platform : null;
}

/**
 * The first CPU in a Linux `Cpus_allowed_list` (from /proc/self/status: "0-3,6"), or null when it
 * cannot be read. The host may be limited to some CPUs (a container's cpuset), and CPU 0 may not be
 * among them.
 */
export function firstAllowedCpu(status: string): { first: number; count: number } | null {
  const m = /^Cpus_allowed_list:\s*(\S+)/m.exec(status);
  if (!m) return null;
  let first = Infinity;
  let count = 0;
  for (const part of m[1]!.split(',')) {
    const r = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!r) return null;
    const lo = Number(r[1]);
    const hi = r[2] === undefined ? lo : Number(r[2]);
    if (hi < lo) return null;
    first = Math.min(first, lo);
    count += hi - lo + 1;
  }
  return Number.isFinite(first) ? { first, count } : null;
}
