/**
 * Build the C suite on this host with the host's own cc and make. The sources are copied into a
 * cache directory named by a hash of the sources and the compiler's identity, so a second run with
 * the same compiler and sources builds nothing.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../errors.js';
import { ROOT } from '../vm/paths.js';

const run = promisify(execFile);

/** The suite sources shipped with scalewatch (`suite/` at the package root), from lib/, src/ or the bundle alike. */
export const SUITE_DIR = join(ROOT, 'suite');

export interface BuiltSuite {
  dir: string;
  swbench: string;
  /** Absent when the platform cannot link statically (no static libc); fork-static then fails with this reason. */
  swbenchStatic: string | undefined;
  staticError: string | undefined;
  /** True when the cache already held this build. */
  cached: boolean;
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'scalewatch');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function hashTree(dir: string, hash = createHash('sha256'), prefix = ''): Promise<ReturnType<typeof createHash>> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.endsWith('.o') || e.name === 'swbench' || e.name === 'swbench-static') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) await hashTree(path, hash, `${prefix}${e.name}/`);
    else if (e.isFile()) hash.update(`${prefix}${e.name}\0`).update(await readFile(path)).update('\0');
  }
  return hash;
}

async function compilerIdentity(cc: string): Promise<string> {
  try {
    const { stdout } = await run(cc, ['--version'], { timeout: 20_000 });
    return stdout.split('\n')[0] ?? cc;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(`No C compiler "${cc}" was found on this machine; install one (for example "apt-get install gcc") or set CC to a compiler.`);
    }
    throw new UserError(`The C compiler "${cc}" did not run: ${(err as Error).message.split('\n')[0]}.`);
  }
}

async function make(dir: string, target: string, cc: string): Promise<{ ok: true } | { ok: false; output: string }> {
  try {
    await run(process.env.MAKE ?? 'make', [`CC=${cc}`, target], { cwd: dir, timeout: 300_000, maxBuffer: 16 << 20 });
    return { ok: true };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string; stdout?: string };
    if (e.code === 'ENOENT') throw new UserError('No "make" was found on this machine; install it (for example "apt-get install make") to build the suite.');
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    return { ok: false, output };
  }
}

/** Build (or reuse) the suite for this host. Throws a UserError with one sentence when it cannot. */
export async function buildSuite(opts: { sourceDir?: string; cacheDir?: string; cc?: string; log?: (msg: string) => void } = {}): Promise<BuiltSuite> {
  const sourceDir = opts.sourceDir ?? SUITE_DIR;
  const cc = opts.cc ?? process.env.CC ?? 'cc';
  const log = opts.log ?? (() => {});
  if (!(await exists(join(sourceDir, 'Makefile')))) throw new UserError(`The suite sources are missing: ${sourceDir} has no Makefile.`);
  const id = await compilerIdentity(cc);
  const hash = (await hashTree(sourceDir)).update(`cc=${cc}\0${id}`).digest('hex').slice(0, 16);
  const dir = join(opts.cacheDir ?? defaultCacheDir(), `suite-${hash}`);
  const swbench = join(dir, 'swbench');
  const swbenchStatic = join(dir, 'swbench-static');
  const staticErrorFile = join(dir, 'static-error.txt');
  if (await exists(swbench)) {
    const staticOk = await exists(swbenchStatic);
    const staticError = staticOk ? undefined : await readFile(staticErrorFile, 'utf8').catch(() => 'not built');
    return { dir, swbench, swbenchStatic: staticOk ? swbenchStatic : undefined, staticError, cached: true };
  }
  log(`building the suite with ${id}`);
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(dirname(dir), { recursive: true });
  await cp(sourceDir, tmp, { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  try {
    const dyn = await make(tmp, 'swbench', cc);
    if (!dyn.ok) {
      const last = dyn.output.split('\n').filter((l) => l.trim() !== '').slice(-1)[0] ?? 'no output';
      throw new UserError(`The suite did not build with ${cc}: ${last}`);
    }
    const st = await make(tmp, 'swbench-static', cc);
    let staticError: string | undefined;
    if (!st.ok) {
      staticError = `static linking failed: ${st.output.split('\n').filter((l) => l.trim() !== '').slice(-1)[0] ?? 'no output'}`;
      log(`${staticError} (fork-static will be reported as failed)`);
      await writeFile(join(tmp, 'static-error.txt'), staticError);
    }
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
    return { dir, swbench, swbenchStatic: staticError ? undefined : swbenchStatic, staticError, cached: false };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
