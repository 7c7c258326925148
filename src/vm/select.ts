/** Choose the driver for a target: the host itself for `local`, a VM driver for everything else. */
import { UserError } from '../errors.js';
import type { Driver, DriverName } from './driver.js';
import { LocalDriver } from './local.js';

export interface DriverChoice {
  target: string;
  driver?: DriverName;
  tmpDir?: string;
  log: (msg: string) => void;
}

export async function selectDriver(choice: DriverChoice): Promise<Driver> {
  const name = choice.driver ?? (choice.target === 'local' ? 'local' : 'qemu');
  if (name === 'local') {
    if (choice.target !== 'local') throw new UserError(`The local driver runs only the "local" target, not "${choice.target}".`);
    return new LocalDriver({ target: 'local', tmpDir: choice.tmpDir, log: choice.log });
  }
  throw new UserError(`The ${name} driver is not available in this build of scalewatch.`);
}
