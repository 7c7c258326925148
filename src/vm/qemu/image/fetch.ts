/**
 * A BSD target's published image or install medium: downloaded once from the URL its target.json
 * pins, checked against the checksum pinned beside it (as the OS project publishes it), unpacked,
 * and kept in the cache under its checksum. A file that does not match is refused and removed;
 * nothing unchecked ever reaches a guest. A cache hit touches no network (the Actions cache restores
 * the folder on a runner).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { UserError } from '../../../errors.js';
import type { ImageDef } from '../../targets.js';

export interface FetchedImage {
  /** The unpacked image or medium, ready for QEMU. */
  path: string;
  /** QEMU's name for its format: qcow2 or raw (an ISO is raw). */
  format: 'qcow2' | 'raw';
  /** True when it came from the cache, untouched by the network. */
  cached: boolean;
}

export interface FetchOptions {
  log: (msg: string) => void;
  /** Download attempts for a transfer that breaks (a checksum that does not match is never retried). */
  attempts?: number;
  /**
   * Replaces the URL's folder (SCALEWATCH_IMAGE_MIRROR by default): the file is fetched as
   * MIRROR/<file name>, e.g. from a mirror inside a company network, or a local server in tests.
   */
  mirror?: string;
  signal?: AbortSignal;
}

/** The algorithm and hex digest of a pinned checksum ("sha256:…", "sha512:…", "md5:…"). */
export function parseChecksum(text: string): { algo: 'sha256' | 'sha512' | 'md5'; hex: string } {
  const m = /^(sha256|sha512|md5):([0-9a-f]+)$/.exec(text);
  const lengths = { sha256: 64, sha512: 128, md5: 32 } as const;
  if (!m || m[2]!.length !== lengths[m[1] as keyof typeof lengths]) throw new UserError(`"${text}" is not a checksum scalewatch can check (sha256:, sha512: or md5: and the hex digest).`);
  return { algo: m[1] as 'sha256' | 'sha512' | 'md5', hex: m[2]! };
}

/** The folder an image is kept in: named by its file and checksum, so a new pin never reuses an old file. */
export function imageDir(cacheDir: string, image: ImageDef): string {
  const { hex } = parseChecksum(image.checksum);
  return join(cacheDir, 'images', `${unpackedName(image).replace(/\.[a-z0-9]+$/, '')}-${hex.slice(0, 16)}`);
}

/** The file name once unpacked: the URL's name without its compression suffix. */
export function unpackedName(image: ImageDef): string {
  const name = basename(new URL(image.url).pathname);
  const suffix = { xz: '.xz', bzip2: '.bz2', gzip: '.gz', none: '' }[image.compression];
  return suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

export function downloadUrl(image: ImageDef, mirror = process.env.SCALEWATCH_IMAGE_MIRROR): string {
  if (!mirror) return image.url;
  return `${mirror.replace(/\/+$/, '')}/${basename(new URL(image.url).pathname)}`;
}

export async function fetchImage(image: ImageDef, cacheDir: string, opts: FetchOptions): Promise<FetchedImage> {
  const dir = imageDir(cacheDir, image);
  const path = join(dir, unpackedName(image));
  const format = image.format === 'qcow2' ? 'qcow2' : 'raw';
  if (existsSync(join(dir, 'ok'))) return { path, format, cached: true };
  await mkdir(dir, { recursive: true });
  const url = downloadUrl(image, opts.mirror);
  const download = join(dir, `${basename(new URL(url).pathname)}.download`);
  const { algo, hex } = parseChecksum(image.checksum);
  const attempts = opts.attempts ?? 3;
  let lastError = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (opts.signal?.aborted) throw new UserError('Interrupted while fetching the image.');
    opts.log(`fetching ${url} (attempt ${attempt} of ${attempts})`);
    try {
      const digest = await downloadTo(url, download, algo, opts.log, opts.signal);
      if (digest !== hex) {
        await rm(download, { force: true });
        throw new UserError(`${basename(url)} does not match the ${algo} its target pins (${hex.slice(0, 16)}…, got ${digest.slice(0, 16)}…): refused and removed; the file on the server is not the one the target was written for.`);
      }
      lastError = '';
      break;
    } catch (err) {
      if (err instanceof UserError) throw err;
      lastError = (err as Error).message;
      await rm(download, { force: true });
      opts.log(`fetch attempt ${attempt} failed: ${lastError}`);
    }
  }
  if (lastError) throw new UserError(`Could not fetch ${url}: ${lastError}.`);
  opts.log(`${basename(url)}: ${algo} matches the pinned checksum; unpacking`);
  await unpack(download, image.compression, `${path}.part`);
  await rm(download, { force: true });
  await rename(`${path}.part`, path);
  await writeFile(join(dir, 'ok'), `${image.url}\n${image.checksum}\n`);
  return { path, format, cached: false };
}

/** How often a long download says how far it got. */
const PROGRESS_MS = 30_000;

/** Stream the URL into `file`, hashing on the way; a short body (Content-Length unmet) is an error. */
async function downloadTo(url: string, file: string, algo: string, log: (msg: string) => void, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, { signal: signal ?? null, redirect: 'follow' });
  if (!res.ok || !res.body) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
  const expected = Number(res.headers.get('content-length') ?? NaN);
  const hash = createHash(algo);
  let bytes = 0;
  let said = Date.now();
  const mib = (n: number) => `${Math.round(n / 1048576)} MiB`;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      if (Date.now() - said >= PROGRESS_MS) {
        said = Date.now();
        log(`${basename(file, '.download')}: ${mib(bytes)}${Number.isFinite(expected) ? ` of ${mib(expected)}` : ''} fetched`);
      }
      done(null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(res.body as ReadableStream<Uint8Array>), tap, createWriteStream(file));
  if (Number.isFinite(expected) && bytes !== expected) throw new Error(`the transfer ended after ${bytes} of ${expected} bytes`);
  return hash.digest('hex');
}

/** Unpack with the system's own xz, bzip2 or gzip (what each project compresses with). */
async function unpack(from: string, compression: ImageDef['compression'], to: string): Promise<void> {
  if (compression === 'none') {
    await rename(from, to);
    return;
  }
  const tool = { xz: 'xz', bzip2: 'bzip2', gzip: 'gzip' }[compression];
  const child = spawn(tool, ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(0, 2000)));
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(new UserError(`${tool} could not start (${e.message}); scripts/setup.sh --qemu installs it.`)));
    child.on('close', resolve);
  });
  await Promise.all([pipeline(createReadStream(from), child.stdin), pipeline(child.stdout, createWriteStream(to)), done]);
  const code = await done;
  if (code !== 0) {
    await rm(to, { force: true });
    throw new UserError(`${tool} could not unpack ${basename(from)}: ${stderr.trim().split('\n')[0] ?? `exit ${code}`}.`);
  }
  if ((await stat(to)).size === 0) throw new UserError(`${basename(from)} unpacked to nothing.`);
}
