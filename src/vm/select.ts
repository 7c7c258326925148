/** Choose the driver for a target: the host itself for `local`, a VM driver for everything else. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { SUITE_DIR } from '../suite/build.js';
import type { Driver, DriverName } from './driver.js';
import { createVmDriver, defaultDriverFor } from './factory.js';
import { LocalDriver } from './local.js';

export interface DriverChoice {
  target: string;
  driver?: DriverName;
  tmpDir?: string;
  qemuMode?: 'initramfs' | 'image';
  provider?: 'libvirt' | 'virtualbox';
  log: (msg: string) => void;
}

export async function selectDriver(choice: DriverChoice): Promise<Driver> {
  const name = choice.driver ?? defaultDriverFor(choice.target);
  if (name === 'local') {
    if (choice.target !== 'local') throw new UserError(`The local driver runs only the "local" target, not "${choice.target}".`);
    return new LocalDriver({ target: 'local', tmpDir: choice.tmpDir, log: choice.log });
  }
  if (choice.target === 'local') throw new UserError(`The "local" target runs on this host; it has no ${name} machine.`);
  const workDir = mkdtempSync(join(tmpdir(), `scalewatch-${choice.target}-`));
  return createVmDriver({ target: choice.target, driver: name, suiteDir: SUITE_DIR, workDir, log: choice.log, qemuMode: choice.qemuMode, provider: choice.provider });
}
