/**
 * mode: run, before the first target: prepare the runner for exactly the targets asked for
 * (scripts/setup.sh, unless skip-setup), and restore from the Actions cache what earlier runs
 * fetched or built; the returned function saves what was new, after the measurements.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { restoreEntries, saveEntries } from '../setup/cache.js';
import { prepareHost } from '../setup/host.js';
import { cacheEntries, setupGroups, type PlannedTarget } from '../setup/plan.js';
import { defaultCacheDir } from '../suite/build.js';
import { ROOT, scriptPath, vmsDir } from '../vm/paths.js';
import { loadTarget } from '../vm/targets.js';
import type { ActionInputs } from './inputs.js';

export function plannedTargets(targets: readonly string[], inputs: Pick<ActionInputs, 'driver'>): PlannedTarget[] {
  return targets.map((name) => {
    if (name === 'local') return { name, driver: inputs.driver ?? 'local' };
    const def = loadTarget(name);
    return { name, driver: inputs.driver ?? def.defaultDriver, def };
  });
}

/** A digest of what decides a guest: the targets' folders and the scripts that build guests. */
function recipe(targets: readonly PlannedTarget[]): string {
  const h = createHash('sha256');
  for (const t of targets) {
    if (!t.def) continue;
    const dir = join(vmsDir(), t.name);
    for (const f of readdirSync(dir).sort()) h.update(`${t.name}/${f}\0`).update(readFileSync(join(dir, f)));
  }
  const vm = scriptPath('');
  for (const f of readdirSync(vm).sort()) h.update(`${f}\0`).update(readFileSync(join(vm, f)));
  if (existsSync(join(ROOT, 'Vagrantfile'))) h.update(readFileSync(join(ROOT, 'Vagrantfile')));
  return h.digest('hex').slice(0, 12);
}

export interface PreparedRunner {
  /** Targets this host cannot run, with the reason (Vagrant not installable here); the others go on. */
  unusable: Map<string, string>;
  /** Saves to the Actions cache what the run fetched or built. */
  finish: () => Promise<void>;
}

export async function prepareRunner(targets: readonly string[], inputs: Pick<ActionInputs, 'driver' | 'skipSetup'>, log: (m: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<PreparedRunner> {
  const planned = plannedTargets(targets, inputs);
  const unusable = new Map<string, string>();
  if (inputs.skipSetup) log('host set-up: skipped (skip-setup: true); the host must already have what scripts/setup.sh installs');
  else {
    const groups = setupGroups(planned);
    // What every target needs first: a failure here stops the run.
    await prepareHost({ groups: groups.filter((g) => g !== 'vagrant'), log, env });
    if (groups.includes('vagrant')) {
      // Vagrant may not be installable on this runner: only the vagrant targets fail then.
      try {
        await prepareHost({ groups: ['vagrant'], log, env });
      } catch (err) {
        for (const t of planned) if (t.driver === 'vagrant') unusable.set(t.name, (err as Error).message);
      }
    }
  }
  const entries = cacheEntries(planned, {
    cacheDir: env.SCALEWATCH_CACHE ?? defaultCacheDir(),
    imageOs: env.ImageOS ?? '',
    imageVersion: env.ImageVersion ?? '',
    recipe: recipe(planned),
  });
  const restored = await restoreEntries(entries, log);
  return { unusable, finish: () => saveEntries(restored, log) };
}
