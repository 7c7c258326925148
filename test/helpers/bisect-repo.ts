/**
 * A git repository of the suite and `count` commits after it, of which commit `slowAt` (1-based)
 * makes the malloc benchmark do four times the work per counted operation and the others change a
 * file nothing measures: what `scalewatch bisect` must find.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_DIR } from '../../src/suite/build.js';

export function bisectRepo(count: number, slowAt: number): { repo: string; good: string; commits: string[] } {
  const repo = mkdtempSync(join(tmpdir(), 'sw-bisect-repo-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' }).trim();
  cpSync(SUITE_DIR, join(repo, 'suite'), { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  writeFileSync(join(repo, 'NOTES'), 'notes\n');
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'the suite');
  const good = git('rev-parse', 'HEAD');
  const commits: string[] = [];
  for (let i = 1; i <= count; i++) {
    if (i === slowAt) {
      const file = join(repo, 'suite', 'bench_malloc.c');
      const text = readFileSync(file, 'utf8');
      if (!text.includes('while (count-- > 0) {')) throw new Error('bench_malloc.c changed: bisectRepo() no longer knows where to add work');
      writeFileSync(file, text.replace('while (count-- > 0) {', 'for (count *= 4; count-- > 0;) {'));
      git('commit', '-q', '-am', `commit ${i}: malloc does four times the work`);
    } else {
      appendFileSync(join(repo, 'NOTES'), `note ${i}\n`);
      git('commit', '-q', '-am', `commit ${i}: a note`);
    }
    commits.push(git('rev-parse', 'HEAD'));
  }
  return { repo, good, commits };
}
