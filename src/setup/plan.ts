/**
 * What a run needs of its host, worked out from the targets before anything is installed: the groups
 * of scripts/setup.sh to run, and what to keep between runs in the Action's cache (pure: names in,
 * names out).
 */
import type { DriverName } from '../vm/driver.js';
import type { TargetDef } from '../vm/targets.js';

/** The groups of scripts/setup.sh a run uses (tests and crosscheck are the project's own). */
export type SetupGroup = 'build' | 'qemu' | 'vagrant';

/** One target as the run will measure it. */
export interface PlannedTarget {
  name: string;
  driver: DriverName;
  /** Its definition; undefined for `local`. */
  def?: TargetDef;
}

/**
 * The suite is built on this host for every driver (the local run, and the initramfs's static
 * binaries); a VM needs QEMU (libvirt's emulator too, and the KVM probe boots a kernel with it);
 * a vagrant target needs Vagrant and libvirt besides.
 */
export function setupGroups(targets: readonly PlannedTarget[]): SetupGroup[] {
  const groups: SetupGroup[] = ['build'];
  if (targets.some((t) => t.driver !== 'local')) groups.push('qemu');
  if (targets.some((t) => t.driver === 'vagrant')) groups.push('vagrant');
  return groups;
}

/** One entry of the Actions cache: the paths it holds and the key it is saved under. */
export interface CacheEntry {
  /** For the log: what the entry holds. */
  what: string;
  paths: string[];
  key: string;
  /** Older entries to start from when the exact key is not there. */
  restoreKeys: string[];
}

export interface CacheContext {
  /** The drivers' cache folder (kernels, images, boxes built here, suite builds). */
  cacheDir: string;
  /** The runner image, as GitHub names it (ImageOS, ImageVersion); empty off a runner. */
  imageOs: string;
  imageVersion: string;
  /** A digest of the files that decide what a guest is (targets' definitions, the scripts building guests). */
  recipe: string;
}

/**
 * What to cache. Guests built or fetched here (kernels, the BSDs' published images and their prepared
 * first boots, disk images, locally built boxes) under one key per runner image and recipe: the
 * kernel comes from the runner's apt sources, which move with the image, and the recipe digest covers
 * every target definition, so a new pinned image is a new key. No box is downloaded from anywhere.
 * Suite builds are left out: they take seconds and depend on the runner's compiler.
 */
export function cacheEntries(targets: readonly PlannedTarget[], ctx: CacheContext): CacheEntry[] {
  const out: CacheEntry[] = [];
  const vms = targets.filter((t) => t.driver !== 'local');
  if (vms.length > 0) {
    const prefix = `scalewatch-guests-v1-${ctx.imageOs || 'host'}-${ctx.recipe}-`;
    out.push({ what: 'guest kernels and images', paths: [ctx.cacheDir, `!${ctx.cacheDir}/suite-*`], key: `${prefix}${ctx.imageVersion || 'any'}`, restoreKeys: [prefix] });
  }
  return out;
}
