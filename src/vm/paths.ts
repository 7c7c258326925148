/** Where the project's own files are, from the compiled or the source tree alike. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'vms'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
    dir = up;
  }
}

/** The package root: the folder holding package.json, vms/ and scripts/. */
export const ROOT = findRoot();

export function scriptPath(name: string): string {
  return join(ROOT, 'runtime', 'vm', name);
}

export function vmsDir(): string {
  return join(ROOT, 'vms');
}
