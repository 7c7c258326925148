/**
 * The Linux fast path's guest: a Debian kernel booted straight into an initramfs that holds the
 * suite (built on the host; the main build at /sw, an extra build with key K at /sw-K), busybox
 * and a plan. The plan is a shell fragment /init sources; each
 * line runs one invocation with the suite's own time limit (runtime/vm/initramfs-init.sh).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SuitePlan } from '../driver.js';
import { oneCpuCommand } from '../placement.js';
import { shellQuote } from '../shell.js';
import { scriptPath } from '../paths.js';

const run = promisify(execFile);

/** Where the guest finds the build an invocation names: /sw for the main suite, /sw-K for extra build K. */
export function guestSuiteDir(key: string | undefined): string {
  return key === undefined ? '/sw' : `/sw-${key}`;
}

/** How the fast path's guest puts an invocation on one CPU: busybox's taskset. */
export const INITRAMFS_ONE_CPU: readonly string[] = oneCpuCommand('linux')!;

/**
 * The plan as /init runs it. Invocations in `skip` (binary not built, or no build by the name the
 * invocation gives) are left out; one-CPU invocations run under INITRAMFS_ONE_CPU.
 */
export function planScript(plan: SuitePlan, skip: ReadonlySet<number> = new Set()): string {
  const lines = [`sw_meta ${shellQuote(plan.target)}`];
  plan.invocations.forEach((inv, i) => {
    if (skip.has(i)) return;
    const limit = Math.max(1, Math.ceil(inv.timeLimitSec));
    const place = inv.oneCpu ? `${INITRAMFS_ONE_CPU.join(' ')} ` : '';
    lines.push(`sw_invoke ${i} ${limit} ${place}${shellQuote(`${guestSuiteDir(inv.build)}/${inv.binary}`)} ${inv.args.map(shellQuote).join(' ')}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Pack the initramfs: the main build at /sw, each of `extraBuildDirs` (key -> build folder) at
 * /sw-KEY, and the plan.
 */
export async function buildInitramfs(opts: {
  suiteBuildDir: string;
  extraBuildDirs?: Readonly<Record<string, string>>;
  plan: string;
  workDir: string;
}): Promise<string> {
  const planFile = join(opts.workDir, 'plan.sh');
  const out = join(opts.workDir, 'initramfs.cpio.gz');
  await writeFile(planFile, opts.plan);
  const extras = Object.entries(opts.extraBuildDirs ?? {}).map(([key, dir]) => `${key}=${dir}`);
  await run('bash', [scriptPath('build-initramfs.sh'), opts.suiteBuildDir, planFile, out, ...extras], { timeout: 120_000 });
  return out;
}

/** The path of the cached Debian kernel image (fetched on first use): what the KVM probe boots. */
export async function kernelImage(cacheDir: string): Promise<string> {
  return join(await fetchKernel(cacheDir), 'vmlinuz');
}

/** Each cache folder's kernel, asked of apt once per process (about a second a time): the KVM probe and the boot share it. */
const fetched = new Map<string, Promise<string>>();

/** Unpack (or reuse) the Debian kernel in the cache; returns its directory (vmlinuz inside). */
export function fetchKernel(cacheDir: string): Promise<string> {
  let dir = fetched.get(cacheDir);
  if (!dir) {
    dir = run('bash', [scriptPath('fetch-kernel.sh'), cacheDir], { timeout: 600_000 }).then(({ stdout }) => {
      const last = stdout.trim().split('\n').pop();
      if (!last) throw new Error('fetch-kernel.sh printed no directory');
      return last;
    });
    // A failure is not kept: the next call asks again.
    dir.catch(() => fetched.delete(cacheDir));
    fetched.set(cacheDir, dir);
  }
  return dir;
}
