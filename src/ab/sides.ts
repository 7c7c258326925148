/**
 * The two sides of `scalewatch ab`: each a git ref of the repository (its suite exported from that
 * commit) or a directory (a working tree, as it is on disk). The suite of a side is `<suite-path>` in
 * it when that holds a Makefile, so a repository that carries the suite, with benchmarks of its own
 * added, is measured as each commit has it; otherwise the suite shipped with scalewatch, for both.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';
import { SUITE_DIR } from '../suite/build.js';
import { loadTargetFrom, type TargetDef } from '../vm/targets.js';

const run = promisify(execFile);

export interface ResolvedSide {
  /** As the user wrote it. */
  spec: string;
  /** For people: "main (1a2b3c4)", "working tree /src/x". */
  label: string;
  /** Commit, when the side is a ref. */
  commit: string | undefined;
  /** Source directory of the suite to build for this side. */
  suiteDir: string;
  /** True when the side had no suite of its own and the shipped one stands in. */
  shippedSuite: boolean;
  /** The directory, when the side is one (a working tree); see targetAt(). */
  dir?: string;
}

async function git(repo: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', repo, ...args], { maxBuffer: 64 << 20 });
  return stdout.trim();
}

/** The top of the git work tree containing dir, or undefined outside one. */
export async function repoRoot(dir: string): Promise<string | undefined> {
  try {
    return await git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    return undefined;
  }
}

/**
 * The commit a directory's code is at, and whether its checkout has changes to tracked files (then it
 * measures code no commit holds); undefined outside a git repository.
 */
export async function sourceOf(dir: string): Promise<{ commit: string; dirty: boolean } | undefined> {
  const repo = await repoRoot(dir);
  const commit = repo ? await commitOf(repo, 'HEAD') : undefined;
  if (!repo || !commit) return undefined;
  const changes = await git(repo, ['status', '--porcelain', '--untracked-files=no']).catch(() => 'unknown');
  return { commit, dirty: changes !== '' };
}

/** The commits of HEAD's first-parent history, oldest first; empty outside a repository. */
export async function firstParentOrder(dir: string): Promise<string[]> {
  const out = await git(dir, ['rev-list', '--first-parent', '--reverse', 'HEAD']).catch(() => '');
  return out === '' ? [] : out.split('\n');
}

/** The first parent of a commit, or null when the repository does not have it (a shallow clone). */
export async function parentOf(dir: string, commit: string): Promise<string | null> {
  const parent = await commitOf(dir, `${commit}^`);
  return parent && /^[0-9a-f]{40}$/.test(parent) ? parent : null;
}

async function commitOf(repo: string, ref: string): Promise<string | undefined> {
  try {
    return await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
}

/** Whether `path` exists in the tree of `commit`. */
async function hasAt(repo: string, commit: string, path: string): Promise<boolean> {
  return (await git(repo, ['ls-tree', '--name-only', commit, path]).catch(() => '')) !== '';
}

/** Export the folder `path` of `commit` into `out` (as out/<path>), with git archive; returns out/<path>. */
async function exportAt(repo: string, commit: string, path: string, out: string): Promise<string> {
  const tar = join(out, 'export.tar');
  await git(repo, ['archive', '--format=tar', '-o', tar, commit, '--', path]);
  await run('tar', ['-xf', tar, '-C', out]);
  return join(out, path);
}

const isDirSpec = (spec: string) => spec === '.' || spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/');

export async function resolveSide(opts: { spec: string; repo: string | undefined; suitePath: string; workDir: string; name: 'a' | 'b'; log: (m: string) => void }): Promise<ResolvedSide> {
  const { spec, suitePath, log } = opts;
  if (isDirSpec(spec)) {
    const dir = resolve(opts.repo && spec === '.' ? opts.repo : spec);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`Side ${opts.name.toUpperCase()} "${spec}" is not a directory.`);
    const own = join(dir, suitePath);
    const has = existsSync(join(own, 'Makefile'));
    if (!has) log(`side ${opts.name.toUpperCase()} (${dir}) has no ${suitePath}/Makefile; using the suite shipped with scalewatch`);
    return { spec, label: `working tree ${dir}`, commit: undefined, suiteDir: has ? own : SUITE_DIR, shippedSuite: !has, dir };
  }
  if (!opts.repo) throw new UserError(`Side ${opts.name.toUpperCase()} "${spec}" is a git ref, but ${process.cwd()} is not in a git repository (give --repo, or a directory such as ./other-checkout).`);
  let commit = await commitOf(opts.repo, spec);
  if (!commit) {
    // A shallow CI checkout has only the commit it checked out: fetch the other side's.
    log(`fetching ${spec} from origin (not in this clone)`);
    try {
      await git(opts.repo, ['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', spec]);
    } catch (err) {
      throw new UserError(`Side ${opts.name.toUpperCase()} "${spec}" is neither a commit of ${opts.repo} nor fetchable from its origin (${(err as Error).message.split('\n').filter((l) => l.trim()).pop() ?? 'git fetch failed'}).`);
    }
    commit = (await commitOf(opts.repo, spec)) ?? (await commitOf(opts.repo, 'FETCH_HEAD'));
    if (!commit) throw new UserError(`Side ${opts.name.toUpperCase()} "${spec}" was fetched but does not name a commit.`);
  }
  const short = commit.slice(0, 7);
  const label = spec === commit || commit.startsWith(spec) ? short : `${spec} (${short})`;
  if (!(await hasAt(opts.repo, commit, `${suitePath.replace(/\/+$/, '')}/Makefile`))) {
    log(`side ${opts.name.toUpperCase()} (${label}) has no ${suitePath}/Makefile; using the suite shipped with scalewatch`);
    return { spec, label, commit, suiteDir: SUITE_DIR, shippedSuite: true };
  }
  const out = join(opts.workDir, `side-${opts.name}`);
  mkdirSync(out, { recursive: true });
  return { spec, label, commit, suiteDir: await exportAt(opts.repo, commit, suitePath, out), shippedSuite: false };
}

/**
 * The side's own definition of target `targetName`: vms/<target>/ at the side's commit (exported with
 * git archive, like the suite, into a folder of its own under workDir) or in the side's directory.
 * Undefined when the side has no such folder (the definition installed with scalewatch stands in),
 * and for the `local` target. Throws a UserError when the side's definition is there but invalid.
 */
export async function targetAt(side: ResolvedSide, repo: string | undefined, targetName: string, workDir: string): Promise<TargetDef | undefined> {
  if (targetName === 'local' || !/^[a-z0-9][a-z0-9.-]*$/.test(targetName)) return undefined;
  const rel = `vms/${targetName}`;
  if (side.commit === undefined) {
    return side.dir ? loadTargetFrom(targetName, join(side.dir, rel)) : undefined;
  }
  if (!repo) return undefined;
  if (!(await hasAt(repo, side.commit, `${rel}/target.json`))) return undefined;
  mkdirSync(workDir, { recursive: true });
  return loadTargetFrom(targetName, await exportAt(repo, side.commit, rel, mkdtempSync(join(workDir, `target-${targetName}-`))));
}
