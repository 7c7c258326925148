/**
 * A git repository of suite/ and `count` commits after it, of which one changes a file of the suite
 * and the others change a file nothing measures: what `scalewatch bisect` searches, in its tests and
 * in bench:bisect.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_DIR } from '../../src/suite/build.js';

export interface SuiteChange {
  /** The commit that makes it (1-based); none when out of range. */
  at: number;
  /** The file of suite/ it changes, and how. */
  file: string;
  edit: (text: string) => string;
  /** What its commit message says after "commit N: ". */
  subject: string;
}

export function suiteRepo(count: number, change: SuiteChange): { repo: string; good: string; commits: string[] } {
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
    if (i === change.at) {
      const file = join(repo, 'suite', change.file);
      writeFileSync(file, change.edit(readFileSync(file, 'utf8')));
      git('commit', '-q', '-am', `commit ${i}: ${change.subject}`);
    } else {
      appendFileSync(join(repo, 'NOTES'), `note ${i}\n`);
      git('commit', '-q', '-am', `commit ${i}: a note`);
    }
    commits.push(git('rev-parse', 'HEAD'));
  }
  return { repo, good, commits };
}
