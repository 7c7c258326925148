/**
 * The `qemu` driver: boots a guest with QEMU directly, KVM when it works and TCG otherwise.
 * Two ways in:
 * - `initramfs` (Linux fast path): a Debian kernel and an initramfs holding the suite built on the
 *   host (every build of it, when a plan names several: see Invocation.build); the guest runs the
 *   whole plan by itself and streams it over its second serial port. No disk image, no network,
 *   no SSH: seconds to boot even under TCG.
 * - `image`: a disk image booted with user-mode networking; the suite is copied in over SSH with a
 *   key made for this run, built with the guest's own cc and make, and run invocation by invocation.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { extraSuiteEntries, KILL_GRACE_SEC, type Driver, type RunSink, type SuitePlan, type TargetInfo } from '../driver.js';
import { FileTail } from './filetail.js';
import { buildInitramfs, fetchKernel, INITRAMFS_ONE_CPU, kernelImage, planScript } from './initramfs.js';
import { oneCpuInfo } from '../placement.js';
import { describeAccel, detectAccel, type Accel } from './kvm.js';
import { LineSplitter } from '../lines.js';
import { baseArgs, QemuProcess } from './process.js';
import { awaitMeta, FrameQueue, followPlan } from './serial-plan.js';
import type { TargetDef } from '../targets.js';
import { ImageGuest } from './image-mode.js';
import { SuiteBuilds } from '../suite-builds.js';

/** Longest line the driver passes on; longer ones are cut (and then fail validation). */
export const MAX_LINE = 64 * 1024;

export interface QemuDriverOptions {
  target: TargetDef;
  suiteDir: string;
  /** More builds of the suite, by key (an invocation's `build`): key -> source folder laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  workDir: string;
  cacheDir: string;
  log: (msg: string) => void;
  /** Defaults to the target's qemu.mode. */
  mode?: 'initramfs' | 'image';
  /** Boot attempts before giving up (each bounded by the target's boot limit). */
  bootAttempts?: number;
  qemuBinary?: string;
  /** Initramfs mode: seconds past an invocation's limit and grace before a silent guest counts as hung. */
  hangSlackSec?: number;
}

export class QemuDriver implements Driver {
  readonly name = 'qemu' as const;
  private qemu: QemuProcess | undefined;
  private tail: FileTail | undefined;
  private queue: FrameQueue | undefined;
  private image: ImageGuest | undefined;
  private skipped = new Map<number, string>();
  private runDir: string | undefined;
  /** `initramfs` or `image`, as chosen at construction. */
  readonly mode: 'initramfs' | 'image';

  constructor(private readonly opts: QemuDriverOptions) {
    this.mode = opts.mode ?? opts.target.qemu?.mode ?? 'image';
    if (this.mode === 'initramfs' && opts.target.os !== 'linux') {
      throw new UserError(`The initramfs fast path boots Linux only; target ${opts.target.name} needs the image mode or the vagrant driver.`);
    }
    extraSuiteEntries(opts.extraSuites);
  }

  /** The initramfs guest runs the plan it booted with; the image guest takes invocations over SSH. */
  get plansAtBoot(): boolean {
    return this.mode === 'initramfs';
  }

  async prepare(plan: SuitePlan, signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const accel = await detectAccel(this.opts.qemuBinary, () => kernelImage(this.opts.cacheDir));
    this.opts.log(describeAccel(accel));
    await mkdir(this.opts.workDir, { recursive: true });
    this.runDir = await mkdtemp(join(this.opts.workDir, `qemu-${this.opts.target.name}-`));
    if (this.mode === 'image') {
      this.image = new ImageGuest({ ...this.opts, accel, runDir: this.runDir, graceSec: KILL_GRACE_SEC });
      return this.image.prepare(signal);
    }
    return this.prepareInitramfs(plan, accel, signal);
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    if (this.image) return this.image.run(plan, sink, signal);
    if (!this.qemu || !this.queue) throw new Error('QemuDriver.run() called before prepare()');
    await followPlan(plan, this.queue, this.qemu, sink, signal, this.skipped, KILL_GRACE_SEC, this.opts.hangSlackSec);
  }

  async teardown(): Promise<void> {
    await this.image?.teardown();
    await this.qemu?.kill();
    await this.tail?.stop().catch(() => {});
    if (this.runDir && !process.env.SCALEWATCH_KEEP_VM) await rm(this.runDir, { recursive: true, force: true });
    this.runDir = undefined;
  }

  private async prepareInitramfs(plan: SuitePlan, accel: Accel, signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const t0 = Date.now();
    const runDir = this.runDir!;
    const kernelDir = await fetchKernel(this.opts.cacheDir);
    const builds = await SuiteBuilds.build({ suiteDir: this.opts.suiteDir, extraSuites: this.opts.extraSuites, cacheDir: this.opts.cacheDir, log: this.opts.log });
    this.skipped.clear();
    plan.invocations.forEach((inv, i) => {
      const binary = builds.binaryFor(inv);
      if (typeof binary !== 'string') this.skipped.set(i, binary.error);
    });
    const initrd = await buildInitramfs({
      suiteBuildDir: builds.main.dir,
      extraBuildDirs: builds.extraDirs(),
      plan: planScript(plan, new Set(this.skipped.keys())),
      workDir: runDir,
    });
    const buildSec = (Date.now() - t0) / 1000;
    const q = this.opts.target.qemu;
    const bootLimit = (accel.accel === 'kvm' ? q?.bootLimitSec : q?.bootLimitTcgSec) ?? 180;
    const attempts = this.opts.bootAttempts ?? 2;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (signal.aborted) throw new UserError('Interrupted while booting the guest.');
      const bootStart = Date.now();
      const dataFile = join(runDir, `serial1-${attempt}.out`);
      const args = [
        ...baseArgs(accel, q?.memoryMiB ?? 1024, q?.cpus ?? 2),
        '-serial', `file:${dataFile}`,
        '-kernel', join(kernelDir, 'vmlinuz'),
        '-initrd', initrd,
        '-append', `console=ttyS0 panic=1 oops=panic loglevel=4 ${q?.append ?? ''}`.trim(),
      ];
      this.opts.log(`booting ${this.opts.target.name} (initramfs, ${accel.accel}), attempt ${attempt} of ${attempts}`);
      const qemu = new QemuProcess(this.opts.qemuBinary ?? 'qemu-system-x86_64', args, this.opts.log, !!process.env.SCALEWATCH_CONSOLE);
      const queue = new FrameQueue();
      // LineSplitter cuts a line only while it is unterminated; cut complete ones here too.
      const splitter = new LineSplitter((line) => queue.push(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line), MAX_LINE);
      const tail = new FileTail(dataFile, (c) => splitter.push(c));
      tail.start();
      void qemu.exited.then(async () => {
        await tail.stop();
        // The guest ends every line it means to send; what is unfinished when QEMU is gone was cut.
        const cut = splitter.discard();
        if (cut > 0) this.opts.log(`the data port ended inside a line (${cut} characters, cut when QEMU stopped); dropped`);
        queue.close();
      });
      this.qemu = qemu;
      this.tail = tail;
      this.queue = queue;
      try {
        const metaLine = await awaitMeta(queue, qemu, bootLimit, signal);
        const bootSec = (Date.now() - bootStart) / 1000;
        this.opts.log(`guest up and suite started in ${bootSec.toFixed(1)} s`);
        return {
          metaLine,
          info: { driver: 'qemu', mode: 'initramfs', accel: accel.accel, bootSec: round(bootSec), buildSec: round(buildSec), attempts: attempt, ...oneCpuInfo(INITRAMFS_ONE_CPU) },
        };
      } catch (err) {
        lastError = (err as Error).message;
        const tailLines = qemu.console.tail(8);
        await qemu.kill();
        await tail.stop();
        this.opts.log(`boot attempt ${attempt} failed: ${lastError}${tailLines.length ? `; console ended with:\n  ${tailLines.join('\n  ')}` : ''}`);
        if (signal.aborted) break;
      }
    }
    throw new UserError(`The ${this.opts.target.name} guest did not boot: ${lastError}.`);
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
