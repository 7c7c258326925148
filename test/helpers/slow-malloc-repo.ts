/**
 * A git repository holding a copy of the suite in two commits: the second makes the malloc benchmark
 * do four times the frees and mallocs per counted operation, so its rate falls to a quarter. The A/B tests run
 * `scalewatch ab` and `compare-to: base` on it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_DIR } from '../../src/suite/build.js';

export function slowMallocRepo(): { repo: string; base: string; head: string } {
  const repo = mkdtempSync(join(tmpdir(), 'sw-ab-repo-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' }).trim();
  cpSync(SUITE_DIR, join(repo, 'suite'), { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'the suite');
  const base = git('rev-parse', 'HEAD');
  const file = join(repo, 'suite', 'bench_malloc.c');
  const text = readFileSync(file, 'utf8');
  if (!text.includes('while (count-- > 0) {')) throw new Error('bench_malloc.c changed: slowMallocRepo() no longer knows where to double its work');
  writeFileSync(file, text.replace('while (count-- > 0) {', 'for (count *= 4; count-- > 0;) {'));
  git('commit', '-q', '-am', 'malloc: four times the work');
  return { repo, base, head: git('rev-parse', 'HEAD') };
}
