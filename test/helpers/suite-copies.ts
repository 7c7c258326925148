/**
 * Copies of the suite and of a target's definition for the tests of several builds and of A/B runs:
 * a suite copy whose binaries say who they are, and a repository whose second commit changes
 * vms/debian-12/target.json (a "version bump" of the target).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_DIR } from '../../src/suite/build.js';
import { vmsDir } from '../../src/vm/paths.js';

/** A copy of suite/'s sources (no objects, no binaries) in a new temporary directory. */
export function copySuite(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(SUITE_DIR, dir, { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  return dir;
}

/** Make the suite copy's binaries print `marker` first thing (a constructor in linkmode.c, the one file both binaries link). */
export function addMarker(dir: string, marker: string, by: string): void {
  appendFileSync(
    join(dir, 'linkmode.c'),
    [
      '',
      `/* Added by ${by}: this build says who it is before anything runs. */`,
      '#include <unistd.h>',
      '__attribute__((constructor)) static void',
      'sw_test_marker(void)',
      '{',
      `\tstatic const char line[] = ${JSON.stringify(`${marker}\n`)};`,
      '',
      '\tif (write(1, line, sizeof(line) - 1) < 0)',
      '\t\treturn;',
      '}',
      '',
    ].join('\n'),
  );
}

/** A repository whose vms/debian-12/target.json gives the qemu guest 1024 MiB, then 1536 MiB. */
export function bumpedTargetRepo(prefix: string): { repo: string; base: string; head: string } {
  const repo = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' }).trim();
  cpSync(join(vmsDir(), 'debian-12'), join(repo, 'vms', 'debian-12'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'debian-12');
  const base = git('rev-parse', 'HEAD');
  const file = join(repo, 'vms', 'debian-12', 'target.json');
  const def = JSON.parse(readFileSync(file, 'utf8')) as { qemu: { memoryMiB: number } };
  def.qemu.memoryMiB = 1536;
  writeFileSync(file, `${JSON.stringify(def, null, 2)}\n`);
  git('commit', '-q', '-am', 'debian-12: 1.5 GiB');
  return { repo, base, head: git('rev-parse', 'HEAD') };
}
