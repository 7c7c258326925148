/**
 * The Actions cache around a run: restore guest kernels, images and boxes before measuring, save
 * what was new after. Best effort: a runner without the cache service (a self-hosted or local run),
 * a full cache or a read-only token only cost time, and say so in one line.
 */
import * as cache from '@actions/cache';
import type { CacheEntry } from './plan.js';

export interface Restored {
  entry: CacheEntry;
  /** The key restored, undefined when nothing was. */
  hit?: string;
}

export function cacheAvailable(): boolean {
  return cache.isFeatureAvailable();
}

export async function restoreEntries(entries: readonly CacheEntry[], log: (m: string) => void): Promise<Restored[]> {
  if (entries.length === 0) return [];
  if (!cacheAvailable()) {
    log('cache: this runner offers no Actions cache service; kernels, images and boxes are fetched afresh');
    return entries.map((entry) => ({ entry }));
  }
  const out: Restored[] = [];
  for (const entry of entries) {
    try {
      const hit = await cache.restoreCache([...entry.paths], entry.key, [...entry.restoreKeys]);
      log(hit ? `cache: restored ${entry.what} (${hit})` : `cache: no ${entry.what} cached yet (${entry.key})`);
      out.push({ entry, hit });
    } catch (err) {
      log(`cache: could not restore ${entry.what}: ${(err as Error).message}`);
      out.push({ entry });
    }
  }
  return out;
}

/** Saves every entry not restored under its exact key. */
export async function saveEntries(restored: readonly Restored[], log: (m: string) => void): Promise<void> {
  if (restored.length === 0 || !cacheAvailable()) return;
  for (const { entry, hit } of restored) {
    if (hit === entry.key) continue;
    try {
      await cache.saveCache([...entry.paths], entry.key);
      log(`cache: saved ${entry.what} (${entry.key})`);
    } catch (err) {
      log(`cache: did not save ${entry.what}: ${(err as Error).message}`);
    }
  }
}
