/**
 * Prepare this host for a run: scripts/setup.sh (the one set-up module, shared with CI, `npm test`
 * and people) with the groups the targets need, for the user who runs the guests; then the KVM
 * check is the drivers' own (src/vm/qemu/kvm.ts), so a machine without KVM still measures, under TCG.
 */
import { spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { LineSplitter } from '../vm/lines.js';
import { ROOT } from '../vm/paths.js';
import type { SetupGroup } from './plan.js';

export const SETUP_SCRIPT = join(ROOT, 'scripts', 'setup.sh');

export interface PrepareOptions {
  groups: readonly SetupGroup[];
  /** Who will run the guests (KVM and libvirt access); default the user running this. */
  user?: string;
  log: (line: string) => void;
  /** Print what would run, change nothing. */
  dryRun?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** The arguments of scripts/setup.sh for these groups; guests need the user's access to KVM (and libvirt). */
export function setupArgs(opts: Pick<PrepareOptions, 'groups' | 'user' | 'dryRun'>): string[] {
  const guests = opts.groups.some((g) => g !== 'build');
  return [...opts.groups.map((g) => `--${g}`), ...(guests ? ['--user', opts.user ?? userInfo().username] : []), ...(opts.dryRun ? ['--dry-run'] : [])];
}

/**
 * Runs the set-up, each of its lines to `log`. A failure is a UserError carrying the script's own
 * last sentence (what is missing and what to do), since it is the host, not scalewatch, that lacks it.
 */
export async function prepareHost(opts: PrepareOptions): Promise<void> {
  const args = setupArgs(opts);
  opts.log(`host set-up: bash scripts/setup.sh ${args.join(' ')}`);
  const child = spawn('bash', [SETUP_SCRIPT, ...args], { env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let last = '';
  // Whole lines, however the pipe cuts them: the last one on stderr is the sentence a failure carries.
  const splitter = (err: boolean) =>
    new LineSplitter((line) => {
      if (!line.trim()) return;
      opts.log(line);
      if (err) last = line.replace(/^setup: /, '');
    });
  const out = splitter(false);
  const errs = splitter(true);
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => errs.push(b));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  out.flush();
  errs.flush();
  if (code !== 0) throw new UserError(`Preparing this host failed (scripts/setup.sh exit ${code}): ${last || 'see the log above'}`);
}
