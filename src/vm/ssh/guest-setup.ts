/**
 * Once a guest answers SSH: copy the suite in, run the target's provisioning as root, build the
 * suite with the guest's own cc and make, and read its meta line. Extra builds of the suite (see
 * Invocation.build) are copied and built the same way, each in its own folder beside the main one.
 * Shared by the qemu driver's image mode and the vagrant driver.
 */
import { dirname, basename } from 'node:path';
import { UserError } from '../../errors.js';
import { ONE_CPU_BENCHES } from '../../suite/benches.js';
import { oneCpuCommand } from '../placement.js';
import { shellQuote } from '../shell.js';
import { copyDirIn, sshExec, type SshTarget } from './client.js';
import { provisionPath, type TargetDef } from '../targets.js';

export const REMOTE_SUITE_DIR = 'scalewatch-suite';
export const REMOTE_PROVISION_DIR = 'scalewatch-provision';

/** The guest folder of the extra suite build `key`, beside REMOTE_SUITE_DIR. */
export function remoteExtraSuiteDir(key: string): string {
  return `${REMOTE_SUITE_DIR}-${key}`;
}

/** Guest folders of the extra builds, key -> folder, as runPlanRemote wants them. */
export function remoteExtraSuiteDirs(extraSuites: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.keys(extraSuites ?? {}).map((key) => [key, remoteExtraSuiteDir(key)]));
}

export interface GuestReady {
  metaLine: string;
  buildSec: number;
  /** Why swbench-static did not build in the guest, if it did not. */
  staticError: string | undefined;
  /** The command words that put a one-CPU invocation on one CPU in this guest, or null: it runs free (src/vm/placement.ts). */
  oneCpu: string[] | null;
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter((l) => l.trim() !== '').pop() ?? 'no output';
}

export async function setupGuest(opts: {
  ssh: SshTarget;
  target: TargetDef;
  suiteDir: string;
  /** key -> source folder of each extra build, laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  become: string;
  log: (msg: string) => void;
}): Promise<GuestReady> {
  const { ssh, target, become, log } = opts;
  const asRoot = (cmd: string) => (become ? `${become} sh -c ${shellQuote(cmd)}` : cmd);

  const provision = provisionPath(target);
  await copyDirIn(ssh, dirname(provision), REMOTE_PROVISION_DIR, 120_000);
  log(`provisioning ${target.name} (${target.provision})`);
  const p = await sshExec(ssh, asRoot(`sh ${REMOTE_PROVISION_DIR}/${shellQuote(basename(provision))}`), 600_000);
  if (p.code !== 0) throw new UserError(`Provisioning ${target.name} failed: ${lastLine(p.stderr || p.stdout)}.`);

  const t0 = Date.now();
  const staticError = await buildInGuest(opts, opts.suiteDir, REMOTE_SUITE_DIR, undefined);
  for (const [key, sourceDir] of Object.entries(opts.extraSuites ?? {})) await buildInGuest(opts, sourceDir, remoteExtraSuiteDir(key), key);
  const buildSec = (Date.now() - t0) / 1000;

  const meta = await sshExec(ssh, `cd ${REMOTE_SUITE_DIR} && ./swbench meta -T ${shellQuote(target.name)}`, 60_000);
  const metaLine = meta.stdout.split('\n').find((l) => l.trim() !== '');
  if (meta.code !== 0 || metaLine === undefined) throw new UserError(`"swbench meta" failed in ${target.name}: ${lastLine(meta.stderr || meta.stdout)}.`);
  return { metaLine, buildSec, staticError, oneCpu: await guestOneCpu(ssh, target, asRoot, log) };
}

/** The guest's affinity tool, tried once as root; null (with a log line) where there is none or it fails. */
async function guestOneCpu(ssh: SshTarget, target: TargetDef, asRoot: (cmd: string) => string, log: (msg: string) => void): Promise<string[] | null> {
  const command = oneCpuCommand(target.os);
  const which = ONE_CPU_BENCHES.join(', ');
  if (!command) {
    log(`${target.name}: ${target.os} has no CPU affinity tool for user processes; ${which} run on any CPU`);
    return null;
  }
  const words = command.map(shellQuote).join(' ');
  const probe = await sshExec(ssh, asRoot(`${words} true`), 30_000);
  if (probe.code !== 0) {
    log(`${target.name}: "${command.join(' ')}" did not run (${lastLine(probe.stderr || probe.stdout)}); ${which} run on any CPU`);
    return null;
  }
  return command;
}

/**
 * Copy one suite source folder into the guest and build it there with the guest's own make;
 * returns why swbench-static did not build, if it did not. `key` names an extra build.
 */
async function buildInGuest(
  opts: { ssh: SshTarget; target: TargetDef; log: (msg: string) => void },
  sourceDir: string,
  remoteDir: string,
  key: string | undefined,
): Promise<string | undefined> {
  const { ssh, target, log } = opts;
  const suite = key === undefined ? 'suite' : `${JSON.stringify(key)} suite`;
  await copyDirIn(ssh, sourceDir, remoteDir, 120_000);
  log(`building the ${suite} in the guest with its own cc and ${target.make}`);
  const dyn = await sshExec(ssh, `cd ${shellQuote(remoteDir)} && ${target.make} swbench`, 600_000);
  if (dyn.code !== 0) throw new UserError(`The ${suite} did not build in ${target.name}: ${lastLine(dyn.stderr || dyn.stdout)}.`);
  const st = await sshExec(ssh, `cd ${shellQuote(remoteDir)} && ${target.make} swbench-static`, 600_000);
  const staticError = st.code === 0 ? undefined : `static linking failed in the guest: ${lastLine(st.stderr || st.stdout)}`;
  if (staticError) log(`${staticError} (fork-static of the ${suite} will be reported as failed)`);
  return staticError;
}
