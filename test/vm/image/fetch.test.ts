/**
 * Fetching a published image: a real HTTP server on loopback stands in for the OS project's download
 * site (SCALEWATCH_IMAGE_MIRROR points the fetch at it, as a user's mirror would); the real xz, bzip2
 * and gzip unpack; the checksum is checked as the target pins it.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchImage, imageDir, parseChecksum } from '../../../src/vm/qemu/image/fetch.js';
import type { ImageDef } from '../../../src/vm/targets.js';

const raw = randomBytes(300_000);
const dir = mkdtempSync(join(tmpdir(), 'sw-fetch-'));
writeFileSync(join(dir, 'disk.raw'), raw);
for (const [tool, ext] of [['xz', 'xz'], ['bzip2', 'bz2'], ['gzip', 'gz']] as const) {
  writeFileSync(join(dir, `disk.raw.${ext}`), execFileSync(tool, ['-c', join(dir, 'disk.raw')], { maxBuffer: 1 << 24 }));
}
const sha = (algo: string, file: string) => createHash(algo).update(readFileSync(join(dir, file))).digest('hex');

let server: Server;
let mirror = '';
const requests: string[] = [];
/**
 * Files the server cuts short: it promises the whole length, sends half and drops the connection
 * (ending the response instead would leave the socket open until the keep-alive timeout, 5 s).
 */
const truncate = new Set<string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    requests.push(name);
    const file = join(dir, name);
    if (!existsSync(file)) return void res.writeHead(404).end();
    const body = readFileSync(file);
    res.writeHead(200, { 'content-length': body.length });
    if (truncate.has(name)) return void res.write(body.subarray(0, body.length >> 1), () => res.destroy());
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  mirror = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function image(file: string, compression: ImageDef['compression'], checksum: string): ImageDef {
  return { release: '1.0', url: `https://example.invalid/pub/${file}`, checksum, compression, format: 'raw', filesystem: 'ufs', source: 'test', firstBoot: { method: 'console', limitSec: 1, limitTcgSec: 1 } };
}

describe('fetchImage', () => {
  it.each([
    ['xz', 'disk.raw.xz', 'sha256'],
    ['bzip2', 'disk.raw.bz2', 'sha512'],
    ['gzip', 'disk.raw.gz', 'md5'],
  ] as const)('downloads, checks (%s, %s) and unpacks with the system tool', async (compression, file, algo) => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-cache-'));
    const def = image(file, compression, `${algo}:${sha(algo, file)}`);
    const got = await fetchImage(def, cache, { log: () => {}, mirror });
    expect(got.cached).toBe(false);
    expect(got.path).toBe(join(imageDir(cache, def), 'disk.raw'));
    expect(readFileSync(got.path).equals(raw)).toBe(true);
    // Only the unpacked image and the mark stay.
    expect(readdirSync(imageDir(cache, def)).sort()).toEqual(['disk.raw', 'ok']);
  });

  it('refuses a file whose checksum differs, with one sentence, and keeps nothing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-cache-'));
    const def = image('disk.raw.xz', 'xz', `sha256:${'0'.repeat(64)}`);
    const before = requests.length;
    await expect(fetchImage(def, cache, { log: () => {}, mirror })).rejects.toThrow(/^disk\.raw\.xz does not match the sha256 its target pins \(0000000000000000…, got [0-9a-f]{16}…\): refused and removed/);
    // Not retried: the server's file is simply not the pinned one.
    expect(requests.length - before).toBe(1);
    expect(readdirSync(imageDir(cache, def))).toEqual([]);
  });

  it('retries a transfer cut short and gives up with the reason', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-cache-'));
    truncate.add('disk.raw.gz');
    const logs: string[] = [];
    try {
      const def = image('disk.raw.gz', 'gzip', `sha256:${sha('sha256', 'disk.raw.gz')}`);
      await expect(fetchImage(def, cache, { log: (m) => logs.push(m), mirror, attempts: 2 })).rejects.toThrow(/^Could not fetch http:\/\/127\.0\.0\.1:\d+\/disk\.raw\.gz: /);
      expect(logs.filter((l) => l.startsWith('fetch attempt'))).toHaveLength(2);
      expect(readdirSync(imageDir(cache, def))).toEqual([]);
    } finally {
      truncate.delete('disk.raw.gz');
    }
  });

  it('says what the server answered for a missing file', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-cache-'));
    const def = image('nothing.raw.xz', 'xz', `sha256:${'1'.repeat(64)}`);
    await expect(fetchImage(def, cache, { log: () => {}, mirror, attempts: 1 })).rejects.toThrow(/the server answered 404/);
  });

  it('serves a second request, and a second job whose cache was restored, without the network', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-cache-'));
    const def = image('disk.raw.xz', 'xz', `sha256:${sha('sha256', 'disk.raw.xz')}`);
    await fetchImage(def, cache, { log: () => {}, mirror });
    const before = requests.length;
    // A mirror nobody answers at: a hit must not try it.
    const offline = 'http://127.0.0.1:9';
    expect((await fetchImage(def, cache, { log: () => {}, mirror: offline })).cached).toBe(true);
    const restored = mkdtempSync(join(tmpdir(), 'sw-cache-restored-'));
    cpSync(cache, restored, { recursive: true });
    const second = await fetchImage(def, restored, { log: () => {}, mirror: offline });
    expect(second.cached).toBe(true);
    expect(readFileSync(second.path).equals(raw)).toBe(true);
    expect(requests.length).toBe(before);
  });

  it('reads only the checksums it can check', () => {
    expect(parseChecksum(`md5:${'a'.repeat(32)}`)).toEqual({ algo: 'md5', hex: 'a'.repeat(32) });
    expect(() => parseChecksum(`sha256:${'a'.repeat(63)}`)).toThrow(/is not a checksum scalewatch can check/);
    expect(() => parseChecksum('crc32:abcd')).toThrow(/is not a checksum/);
  });
});
