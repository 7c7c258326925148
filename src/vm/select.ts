/** Choose the driver for a target: the host itself for `local`, a VM driver for everything else. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { SUITE_DIR } from '../suite/build.js';
import { extraSuiteEntries, type Driver, type DriverName } from './driver.js';
import { createVmDriver, defaultDriverFor } from './factory.js';
import { LocalDriver } from './local.js';
import type { TargetDef } from './targets.js';

export interface DriverChoice {
  target: string;
  driver?: DriverName;
  tmpDir?: string;
  qemuMode?: 'initramfs' | 'image';
  provider?: 'libvirt' | 'virtualbox';
  /** The main suite's source folder; default the suite shipped with scalewatch (suite/). */
  suiteDir?: string;
  /** More builds of the suite, by key (an invocation's `build`): key -> source folder laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  /** The target's definition, read elsewhere (one side's vms/<target>/ in `scalewatch ab`); default the installed one. */
  targetDef?: TargetDef;
  log: (msg: string) => void;
}

export async function selectDriver(choice: DriverChoice): Promise<Driver> {
  const name = choice.driver ?? choice.targetDef?.defaultDriver ?? defaultDriverFor(choice.target);
  extraSuiteEntries(choice.extraSuites);
  const suiteDir = choice.suiteDir ?? SUITE_DIR;
  if (name === 'local') {
    if (choice.target !== 'local') throw new UserError(`The local driver runs only the "local" target, not "${choice.target}".`);
    return new LocalDriver({ target: 'local', tmpDir: choice.tmpDir, suiteDir, extraSuites: choice.extraSuites, log: choice.log });
  }
  if (choice.target === 'local') throw new UserError(`The "local" target runs on this host; it has no ${name} machine.`);
  const workDir = mkdtempSync(join(tmpdir(), `scalewatch-${choice.target}-`));
  return createVmDriver({
    target: choice.target,
    driver: name,
    suiteDir,
    extraSuites: choice.extraSuites,
    workDir,
    log: choice.log,
    qemuMode: choice.qemuMode,
    provider: choice.provider,
    targetDef: choice.targetDef,
  });
}
