/**
 * Make the driver for a VM target: selectDriver (select.ts) calls createVmDriver for every driver but `local`.
 */
import { defaultCacheDir } from '../suite/build.js';
import { UserError } from '../errors.js';
import type { Driver, DriverName } from './driver.js';
import { QemuDriver } from './qemu/driver.js';
import { loadTarget, type TargetDef } from './targets.js';
import { VagrantDriver } from './vagrant/driver.js';

export interface VmDriverOptions {
  target: string;
  driver: DriverName;
  suiteDir: string;
  /** More builds of the suite, by key (an invocation's `build`): key -> source folder laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  workDir: string;
  log: (msg: string) => void;
  /** qemu only: `initramfs` (Linux fast path) or `image`; default from the target, or SCALEWATCH_QEMU_MODE. */
  qemuMode?: 'initramfs' | 'image';
  /** Where built kernels, images and boxes are kept; default ~/.cache/scalewatch (or SCALEWATCH_CACHE). */
  cacheDir?: string;
  /** vagrant only: libvirt (default) or virtualbox; or SCALEWATCH_VAGRANT_PROVIDER. */
  provider?: 'libvirt' | 'virtualbox';
  /** The target's definition, read elsewhere (e.g. one side's vms/<target>/); default loadTarget(target). */
  targetDef?: TargetDef;
}

export function createVmDriver(opts: VmDriverOptions): Driver {
  const target = opts.targetDef ?? loadTarget(opts.target);
  const cacheDir = opts.cacheDir ?? process.env.SCALEWATCH_CACHE ?? defaultCacheDir();
  switch (opts.driver) {
    case 'qemu': {
      const envMode = process.env.SCALEWATCH_QEMU_MODE;
      const mode = opts.qemuMode ?? (envMode === 'image' || envMode === 'initramfs' ? envMode : undefined);
      return new QemuDriver({ target, suiteDir: opts.suiteDir, extraSuites: opts.extraSuites, workDir: opts.workDir, cacheDir, log: opts.log, mode });
    }
    case 'vagrant': {
      const envProvider = process.env.SCALEWATCH_VAGRANT_PROVIDER;
      const provider = opts.provider ?? (envProvider === 'virtualbox' || envProvider === 'libvirt' ? envProvider : target.vagrant.providers[0] ?? 'libvirt');
      if (!target.vagrant.providers.includes(provider)) {
        throw new UserError(`Target ${target.name} has no ${provider} box; its providers are: ${target.vagrant.providers.join(', ')}.`);
      }
      return new VagrantDriver({ target, suiteDir: opts.suiteDir, extraSuites: opts.extraSuites, workDir: opts.workDir, cacheDir, log: opts.log, provider });
    }
    case 'local':
      throw new UserError('The local driver is not a VM driver; the runner makes it itself.');
  }
}

/** The driver a target runs with when the user names none. */
export function defaultDriverFor(targetName: string): DriverName {
  return targetName === 'local' ? 'local' : loadTarget(targetName).defaultDriver;
}
