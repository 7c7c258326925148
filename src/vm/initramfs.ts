/**
 * The Linux fast path's guest: a Debian kernel booted straight into an initramfs that holds the
 * suite (built on the host), busybox and a plan. The plan is a shell fragment /init sources; each
 * line runs one invocation with the suite's own time limit (scripts/vm/initramfs-init.sh).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SuitePlan } from './driver.js';
import { shellQuote } from './framing.js';
import { scriptPath } from './paths.js';

const run = promisify(execFile);

/** The plan as /init runs it. Invocations in `skip` (binary not built) are left out. */
export function planScript(plan: SuitePlan, skip: ReadonlySet<number> = new Set()): string {
  const lines = [`sw_meta ${shellQuote(plan.target)}`];
  plan.invocations.forEach((inv, i) => {
    if (skip.has(i)) return;
    const limit = Math.max(1, Math.ceil(inv.timeLimitSec));
    lines.push(`sw_invoke ${i} ${limit} /sw/${inv.binary} ${inv.args.map(shellQuote).join(' ')}`);
  });
  return `${lines.join('\n')}\n`;
}

export async function buildInitramfs(opts: { suiteBuildDir: string; plan: string; workDir: string }): Promise<string> {
  const planFile = join(opts.workDir, 'plan.sh');
  const out = join(opts.workDir, 'initramfs.cpio.gz');
  await writeFile(planFile, opts.plan);
  await run('bash', [scriptPath('build-initramfs.sh'), opts.suiteBuildDir, planFile, out], { timeout: 120_000 });
  return out;
}

/** Unpack (or reuse) the Debian kernel in the cache; returns its directory (vmlinuz inside). */
export async function fetchKernel(cacheDir: string): Promise<string> {
  const { stdout } = await run('bash', [scriptPath('fetch-kernel.sh'), cacheDir], { timeout: 600_000 });
  const dir = stdout.trim().split('\n').pop();
  if (!dir) throw new Error('fetch-kernel.sh printed no directory');
  return dir;
}
