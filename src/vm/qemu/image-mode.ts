/**
 * The qemu driver's image mode: a disk image booted behind a throwaway qcow2 overlay with user-mode
 * networking and SSH on a forwarded loopback port. Two kinds of image:
 * - built here from Debian packages by the target's imageScript (cached), booted with its kernel,
 *   with a key made for this run and handed to the guest on the kernel command line;
 * - an OS project's published image (the BSD targets: target.image), fetched, checked and prepared
 *   once by its first boot (image/prepare.ts), booted from its own boot loader with the per-OS
 *   settings of image/args.ts; root takes the key kept beside the prepared image.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../errors.js';
import type { RunSink, SuitePlan, TargetInfo } from '../driver.js';
import { remoteExtraSuiteDirs, setupGuest, REMOTE_SUITE_DIR } from '../ssh/guest-setup.js';
import type { Accel } from './kvm.js';
import { scriptPath } from '../paths.js';
import { baseArgs, QemuProcess } from './process.js';
import { oneCpuInfo } from '../placement.js';
import { runPlanRemote } from '../ssh/remote-run.js';
import { generateKey, waitForSsh, type SshTarget } from '../ssh/client.js';
import { imageGuestArgs } from './image/args.js';
import { prepareImage } from './image/prepare.js';
import type { TargetDef } from '../targets.js';

const run = promisify(execFile);

export interface ImageGuestOptions {
  target: TargetDef;
  suiteDir: string;
  /** key -> source folder of each extra build of the suite (see Invocation.build). */
  extraSuites?: Readonly<Record<string, string>>;
  cacheDir: string;
  runDir: string;
  accel: Accel;
  graceSec: number;
  log: (msg: string) => void;
  bootAttempts?: number;
  qemuBinary?: string;
}

/** A free TCP port on loopback for the SSH forward (bound then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Build (or reuse) the target's disk image; returns the directory with disk.qcow2, vmlinuz, initrd.img. */
export async function ensureImage(target: TargetDef, cacheDir: string, log: (msg: string) => void): Promise<string> {
  const script = target.qemu?.imageScript;
  if (!script) throw new UserError(`Target ${target.name} has no disk image for the qemu driver; use --driver vagrant.`);
  log(`preparing the ${target.name} disk image (cached after the first build)`);
  const { stdout } = await run('bash', [scriptPath(script), cacheDir], { timeout: 1_800_000, maxBuffer: 64 << 20 });
  const dir = stdout.trim().split('\n').pop();
  if (!dir) throw new Error(`${script} printed no directory`);
  return dir;
}

export class ImageGuest {
  private qemu: QemuProcess | undefined;
  private ssh: SshTarget | undefined;
  private oneCpu: string[] | null = null;

  constructor(private readonly opts: ImageGuestOptions) {}

  async prepare(signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const { target, runDir, accel, log } = this.opts;
    const q = target.qemu;
    const t0 = Date.now();
    const published = target.image ? await prepareImage(target, this.opts.cacheDir, { log, accel, signal, ...(this.opts.qemuBinary ? { qemuBinary: this.opts.qemuBinary } : {}) }) : undefined;
    const image = published ? undefined : await ensureImage(target, this.opts.cacheDir, log);
    const imageSec = (Date.now() - t0) / 1000;
    const key = published ? { identityFile: published.identityFile, publicBlob: '' } : await generateKey(runDir);
    const bootLimit = (accel.accel === 'kvm' ? q?.bootLimitSec : q?.bootLimitTcgSec) ?? 300;
    const attempts = this.opts.bootAttempts ?? 2;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts && !signal.aborted; attempt++) {
      const overlay = join(runDir, `overlay-${attempt}.qcow2`);
      await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', 'qcow2', '-b', published?.disk ?? join(image!, 'disk.qcow2'), overlay], { timeout: 60_000 });
      const port = await freePort();
      const args = published ? imageGuestArgs({ target, accel, attempt, disk: { path: overlay, format: 'qcow2' }, sshPort: port }) : [
        ...baseArgs(accel, q?.memoryMiB ?? 1024, q?.cpus ?? 2),
        '-drive', `file=${overlay},if=virtio,format=qcow2`,
        '-netdev', `user,id=n0,hostfwd=tcp:127.0.0.1:${port}-:22`,
        '-device', 'virtio-net-pci,netdev=n0',
        '-kernel', join(image!, 'vmlinuz'),
        '-initrd', join(image!, 'initrd.img'),
        '-append', `root=LABEL=swroot rw console=ttyS0 panic=1 loglevel=4 sw.key=${key.publicBlob} ${q?.append ?? ''}`.trim(),
      ];
      log(`booting ${target.name} (${published ? `${target.image!.release} published image` : 'disk image'}, ${accel.accel}), attempt ${attempt} of ${attempts}`);
      const bootStart = Date.now();
      // Interactive for a published image: its console is mon:stdio, whose input must stay open.
      const qemu = new QemuProcess(this.opts.qemuBinary ?? 'qemu-system-x86_64', args, log, !!process.env.SCALEWATCH_CONSOLE, !!published);
      this.qemu = qemu;
      const ssh: SshTarget = { host: '127.0.0.1', port, user: 'root', identityFile: key.identityFile };
      const why = await waitForSsh(ssh, {
        deadline: bootStart + bootLimit * 1000,
        signal,
        gone: () => (qemu.exit ? qemu.describeLoss() : undefined),
      });
      if (why === undefined) {
        const bootSec = (Date.now() - bootStart) / 1000;
        log(`guest answered SSH after ${bootSec.toFixed(1)} s`);
        this.ssh = ssh;
        const ready = await setupGuest({ ssh, target, suiteDir: this.opts.suiteDir, extraSuites: this.opts.extraSuites, become: '', log });
        this.oneCpu = ready.oneCpu;
        return {
          metaLine: ready.metaLine,
          info: { driver: 'qemu', mode: 'image', accel: accel.accel, bootSec: round(bootSec), buildSec: round(ready.buildSec), imageSec: round(imageSec), attempts: attempt, ...oneCpuInfo(ready.oneCpu) },
        };
      }
      lastError = why;
      log(`boot attempt ${attempt} failed: ${why}; console ended with:\n  ${qemu.console.tail(8).join('\n  ')}`);
      await qemu.kill();
    }
    throw new UserError(`The ${target.name} guest did not come up: ${lastError || 'interrupted'}.`);
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    const qemu = this.qemu;
    const ssh = this.ssh;
    if (!qemu || !ssh) throw new Error('ImageGuest.run() called before prepare()');
    await runPlanRemote(
      plan,
      {
        ssh,
        suiteDir: REMOTE_SUITE_DIR,
        extraSuiteDirs: remoteExtraSuiteDirs(this.opts.extraSuites),
        become: '',
        limits: this.opts.target.limits,
        oneCpu: this.oneCpu,
        graceSec: this.opts.graceSec,
        lost: async () => {
          // Give QEMU a moment to finish exiting after a panic before asking.
          await Promise.race([qemu.exited, new Promise((r) => setTimeout(r, 1000))]);
          return qemu.exit ? qemu.describeLoss() : undefined;
        },
        consoleTail: () => qemu.console.report(30),
      },
      sink,
      signal,
    );
  }

  async teardown(): Promise<void> {
    await this.qemu?.kill();
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
