/**
 * The `vagrant` driver: a target's Vagrant machine from the top-level Vagrantfile (read from
 * vms/), with the libvirt (QEMU/KVM) or VirtualBox provider. Vagrant is driven through its
 * machine-readable interface (cli.ts); once the machine is up, `vagrant ssh-config` gives the SSH
 * endpoint and the suite (and any extra build of it, see Invocation.build) is copied in, built with
 * the guest's cc and run over SSH (src/vm/ssh/: guest-setup.ts, remote-run.ts). The machine is
 * destroyed on teardown, whatever happened.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../errors.js';
import { extraSuiteEntries, KILL_GRACE_SEC, type Driver, type RunSink, type SuitePlan, type TargetInfo } from '../driver.js';
import { ConsoleRing } from '../console.js';
import { remoteExtraSuiteDirs, setupGuest, REMOTE_SUITE_DIR } from '../ssh/guest-setup.js';
import { kernelImage } from '../qemu/initramfs.js';
import { describeAccel, detectAccel } from '../qemu/kvm.js';
import { ROOT, scriptPath } from '../paths.js';
import { oneCpuInfo } from '../placement.js';
import { runPlanRemote } from '../ssh/remote-run.js';
import type { SshTarget } from '../ssh/client.js';
import type { TargetDef } from '../targets.js';
import { VagrantCli, VagrantError } from './cli.js';
import { prepareImage } from '../qemu/image/prepare.js';

const run = promisify(execFile);


export interface VagrantDriverOptions {
  target: TargetDef;
  suiteDir: string;
  /** More builds of the suite, by key (an invocation's `build`): key -> source folder laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  workDir: string;
  cacheDir: string;
  provider: 'libvirt' | 'virtualbox';
  log: (msg: string) => void;
  /** Attempts at `vagrant up` (the machine is destroyed between them). */
  upAttempts?: number;
  /** Run vagrant and ssh inside this network namespace (default: SCALEWATCH_NETNS). */
  netns?: string;
  /** libvirt domain name prefix (the domain is PREFIX + target); default unique per run. */
  libvirtPrefix?: string;
  /** The folder holding the Vagrantfile; default the package root. */
  vagrantDir?: string;
}

/** Seconds a first boot under KVM gets before it counts as hung (vmactions' anyvm: 180). */
export const FIRST_BOOT_SEC = 180;
/** The CPU model of the retry after a hung first boot (anyvm falls back from host to qemu64). */
export const CONSERVATIVE_CPU = 'qemu64';

export class VagrantDriver implements Driver {
  readonly name = 'vagrant' as const;
  private readonly cli: VagrantCli;
  private readonly via: string[];
  private runDir: string | undefined;
  private ssh: SshTarget | undefined;
  private oneCpu: string[] | null = null;
  private created = false;
  /** KVM works here: a first boot that does not answer within FIRST_BOOT_SEC has hung. */
  private kvm = false;
  private readonly consoleDir: string;

  constructor(private readonly opts: VagrantDriverOptions) {
    extraSuiteEntries(opts.extraSuites);
    const ns = opts.netns ?? process.env.SCALEWATCH_NETNS;
    this.via = ns ? ['ip', 'netns', 'exec', ns] : [];
    this.consoleDir = join(opts.workDir, 'console');
    this.cli = new VagrantCli({
      cwd: opts.vagrantDir ?? ROOT,
      via: this.via,
      env: {
        VAGRANT_DOTFILE_PATH: join(opts.workDir, '.vagrant'),
        SCALEWATCH_CONSOLE_DIR: this.consoleDir,
        // A definition read from elsewhere (one side of `scalewatch ab`): the Vagrantfile reads its folder's parent as vms/.
        ...(opts.target.dir ? { SCALEWATCH_VMS_DIR: dirname(opts.target.dir) } : {}),
      },
      onProgress: (line) => opts.log(`vagrant: ${line}`),
    });
  }

  async prepare(_plan: SuitePlan, signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const { target, provider, log } = this.opts;
    await mkdir(this.consoleDir, { recursive: true });
    this.runDir = await mkdtemp(join(this.opts.workDir, `vagrant-${target.name}-`));
    // One libvirt domain name per run: runs side by side never clash, and the name says whose it is.
    this.cli.setEnv('SCALEWATCH_LIBVIRT_PREFIX', this.opts.libvirtPrefix ?? `scalewatch-${basename(this.runDir).slice(-6)}-`);
    if (provider === 'libvirt') {
      const accel = await detectAccel(undefined, () => kernelImage(this.opts.cacheDir));
      log(describeAccel(accel));
      // libvirt's domain type: kvm needs working KVM, qemu is TCG.
      this.cli.setEnv('SCALEWATCH_LIBVIRT_DRIVER', accel.accel === 'kvm' ? 'kvm' : 'qemu');
      this.kvm = accel.accel === 'kvm';
    }
    const t0 = Date.now();
    await this.ensureBox(signal);
    const boxSec = (Date.now() - t0) / 1000;

    const attempts = this.opts.upAttempts ?? 2;
    let lastError = '';
    let upSec = 0;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (signal.aborted) throw new UserError('Interrupted while starting the VM.');
      log(`vagrant up ${target.name} (${provider}), attempt ${attempt} of ${attempts}`);
      const upStart = Date.now();
      this.created = true;
      // As vmactions' anyvm does: a first boot under KVM gets FIRST_BOOT_SEC (a guest that has not
      // answered by then has hung, most often on a CPU feature of this runner's host), and the retry
      // gets the whole limit with a conservative CPU model.
      const first = attempt === 1 && attempts > 1 && this.kvm;
      const limitSec = first ? Math.min(FIRST_BOOT_SEC, target.vagrant.bootLimitSec) : target.vagrant.bootLimitSec;
      if (attempt > 1 && provider === 'libvirt') {
        this.cli.setEnv('SCALEWATCH_LIBVIRT_CPU', CONSERVATIVE_CPU);
        log(`retrying with the ${CONSERVATIVE_CPU} CPU model`);
      }
      try {
        await this.cli.up(target.name, provider, (limitSec + 120) * 1000, signal);
        upSec = (Date.now() - upStart) / 1000;
        lastError = '';
        break;
      } catch (err) {
        lastError = (err as Error).message;
        await this.readConsole();
        log(`vagrant up failed: ${lastError}${this.consoleTailText()}`);
        await this.destroy();
      }
    }
    if (lastError) throw new UserError(`The ${target.name} VM did not come up: ${lastError}.`);
    log(`${target.name} is up after ${upSec.toFixed(1)} s`);

    const cfg = await this.cli.sshConfig(target.name);
    this.ssh = { ...cfg, via: this.via };
    const ready = await setupGuest({ ssh: this.ssh, target, suiteDir: this.opts.suiteDir, extraSuites: this.opts.extraSuites, become: becomeFor(target), log });
    this.oneCpu = ready.oneCpu;
    return {
      metaLine: ready.metaLine,
      info: { driver: 'vagrant', provider, box: target.vagrant.box, boxVersion: target.vagrant.version, upSec: round(upSec), buildSec: round(ready.buildSec), boxSec: round(boxSec), ...oneCpuInfo(ready.oneCpu) },
    };
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    const ssh = this.ssh;
    if (!ssh) throw new Error('VagrantDriver.run() called before prepare()');
    await runPlanRemote(
      plan,
      {
        ssh,
        suiteDir: REMOTE_SUITE_DIR,
        extraSuiteDirs: remoteExtraSuiteDirs(this.opts.extraSuites),
        become: becomeFor(this.opts.target),
        limits: this.opts.target.limits,
        oneCpu: this.oneCpu,
        graceSec: KILL_GRACE_SEC,
        lost: async () => {
          await this.readConsole();
          const state = await this.cli.status(this.opts.target.name).catch((e: Error) => `unknown (${e.message})`);
          return state === 'running' ? undefined : `the VM is no longer running (vagrant status: ${state ?? 'unknown'})`;
        },
        consoleTail: () => this.consoleTailCache,
      },
      sink,
      signal,
    );
  }

  async teardown(): Promise<void> {
    if (this.created) await this.destroy();
    this.created = false;
    if (this.runDir) await rm(this.runDir, { recursive: true, force: true });
    this.runDir = undefined;
  }

  /**
   * Install the pinned box if missing: from its catalog, or built here for local boxes. A local box
   * is rebuilt (cached by content) on every run and replaced when its content changed, since its
   * version number alone does not say so.
   */
  private async ensureBox(signal: AbortSignal): Promise<void> {
    const { target, provider, log } = this.opts;
    const v = target.vagrant;
    const installed = (await this.cli.boxList()).some((b) => b.name === v.box && b.version === v.version && b.provider === provider);
    const args = [scriptPath(v.localBuild), this.opts.cacheDir, v.box, v.version];
    if (target.image) {
      // A BSD box is the target's own published image after its first boot, made here by QEMU.
      const accel = await detectAccel();
      const prepared = await prepareImage(target, this.opts.cacheDir, { log, accel, signal });
      args.push(prepared.disk, prepared.identityFile, target.qemu?.disk ?? 'virtio');
      log(`building box ${v.box} ${v.version} from the prepared ${target.image.release} image (cached)`);
    } else {
      log(`building box ${v.box} ${v.version} from Debian packages (cached)`);
    }
    const { stdout } = await run('bash', args, { timeout: 1_800_000, maxBuffer: 64 << 20 });
    const catalog = stdout.trim().split('\n').pop();
    if (!catalog) throw new Error(`${v.localBuild} printed no catalog`);
    const stamp = join(this.opts.cacheDir, `box-installed-${v.box.replace(/\//g, '_')}-${v.version}-${provider}`);
    const wanted = await readFile(catalog, 'utf8');
    const have = await readFile(stamp, 'utf8').catch(() => '');
    if (installed && have === wanted) return;
    if (installed) {
      log(`box ${v.box} ${v.version} changed since it was added; replacing it`);
      await this.cli.boxRemove(v.box, v.version, provider);
      if (provider === 'libvirt') await removeLibvirtBoxVolumes(v.box, v.version, log);
    }
    await this.cli.boxAdd(catalog, { provider }, 900_000, signal);
    await writeFile(stamp, wanted);
  }

  private async destroy(): Promise<void> {
    try {
      await this.cli.destroy(this.opts.target.name, 180_000);
    } catch (err) {
      this.opts.log(`vagrant destroy failed: ${err instanceof VagrantError ? err.message : String(err)}`);
    }
  }

  private consoleTailCache: string[] = [];

  private consoleTailText(): string {
    const t = this.consoleTailCache;
    return t.length ? `; console ended with:\n  ${t.slice(-8).join('\n  ')}` : '';
  }

  /** Keep the last lines of the guest's serial console (libvirt writes it to a file). */
  private async readConsole(): Promise<void> {
    try {
      const fh = await open(join(this.consoleDir, `${this.opts.target.name}.log`), 'r');
      try {
        const { size } = await fh.stat();
        const len = Math.min(size, 65536);
        const buf = Buffer.alloc(len);
        await fh.read(buf, 0, len, size - len);
        const ring = new ConsoleRing(300);
        ring.push(buf);
        ring.flush();
        this.consoleTailCache = ring.report(30);
      } finally {
        await fh.close();
      }
    } catch {
      // No console file (VirtualBox, or not created yet).
    }
  }
}

/**
 * vagrant-libvirt uploads a box's disk once into libvirt's default pool, named after the box and
 * version, and reuses it; `vagrant box remove` leaves it there. Remove it with the box.
 */
async function removeLibvirtBoxVolumes(box: string, version: string, log: (msg: string) => void): Promise<void> {
  const prefix = `${box.replace(/\//g, '-VAGRANTSLASH-')}_vagrant_box_image_${version}_`;
  // virsh 9 has no --name for vol-list: the first column of its table is the volume's name.
  const { stdout } = await run('virsh', ['-c', 'qemu:///system', 'vol-list', '--pool', 'default'], { timeout: 60_000 });
  for (const vol of stdout.split('\n').map((l) => l.trim().split(/\s+/)[0] ?? '').filter((l) => l.startsWith(prefix))) {
    await run('virsh', ['-c', 'qemu:///system', 'vol-delete', '--pool', 'default', vol], { timeout: 60_000 });
    log(`removed the old box volume ${vol} from libvirt's default pool`);
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A box made from a published image logs in as root (build-image-box.sh); the others become root through the target's `become`. */
function becomeFor(target: TargetDef): string {
  return target.image ? '' : target.become;
}
