/**
 * A published image's whole first boot, on a real BSD: OpenBSD 5.1's i386 install floppy (shared
 * fixtures) stands in for an OS project's download, served by a local HTTP server and pinned by the
 * sha256 its README publishes. prepareImage fetches and checks it, lays a copy-on-write disk over it,
 * boots it under QEMU (TCG here) with the seed disk, types the console steps, lets the seed's script
 * run with the key written in and power the machine off, and caches the prepared disk with its key; a
 * second call is a cache hit with the server gone. A step that never comes fails the preparation with
 * the step and the console's last words, and caches nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageDir } from '../../../src/vm/qemu/image/fetch.js';
import { prepareImage } from '../../../src/vm/qemu/image/prepare.js';
import { parseTarget, type ConsoleStep, type TargetDef } from '../../../src/vm/targets.js';

const FLOPPY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'fixtures', 'openbsd-5.1-i386-floppy.img');
/** As ../shared/fixtures/README.md publishes it. */
const FLOPPY_SHA256 = 'cbbe45e3c37ebdfadad7c3fd4549b5e10889d2775e29dc95116e059176faaf8b';
const ready = existsSync(FLOPPY) && spawnSync('sh', ['-c', 'command -v qemu-system-x86_64 && command -v genisoimage && command -v qemu-img'], { stdio: 'ignore' }).status === 0;
const tcg = { accel: 'tcg', reason: 'test' } as const;
const STEPS: ConsoleStep[] = [
  { expect: 'boot>', send: 'set tty com0' },
  { expect: 'boot>', send: 'boot' },
  { expect: '(S)hell?', send: 's' },
  { expect: '# ', send: 'mount -t cd9660 /dev/cd0a /mnt && sh /mnt/firstboot.sh' },
];

/** A target whose image is the floppy, defined as a target.json in its own folder. */
function floppyTarget(steps: ConsoleStep[], limitTcgSec: number): TargetDef {
  const dir = mkdtempSync(join(tmpdir(), 'sw-floppy-target-'));
  writeFileSync(join(dir, 'provision.sh'), '#!/bin/sh\n');
  writeFileSync(join(dir, 'firstboot.sh'), '#!/bin/sh\necho "first boot with ${SW_KEY%% *} key"\nreboot\n');
  const def = {
    os: 'openbsd', description: 'OpenBSD 5.1 i386 install floppy (test fixture)', defaultDriver: 'qemu', make: 'make', become: 'sudo', packages: [], provision: 'provision.sh',
    sysctls: {}, limits: { nofile: 1024, nproc: 128 },
    vagrant: { box: 'scalewatch/openbsd-floppy', version: '5.1.0', localBuild: 'build-image-box.sh', providers: ['libvirt'], memoryMiB: 256, cpus: 1, bootLimitSec: 60, verified: false },
    qemu: { mode: 'image', memoryMiB: 256, cpus: 1, bootLimitSec: 60, bootLimitTcgSec: 180, disk: 'floppy', cpuTcg: 'max', source: 'the fixture README: a floppy drive, serial console after set tty com0' },
    image: {
      release: '5.1', url: 'https://example.invalid/fixtures/openbsd-5.1-i386-floppy.img', checksum: `sha256:${FLOPPY_SHA256}`, compression: 'none', format: 'raw', filesystem: 'ffs',
      source: '../shared/fixtures/README.md', firstBoot: { method: 'console', script: 'firstboot.sh', steps, limitSec: limitTcgSec, limitTcgSec },
    },
  };
  writeFileSync(join(dir, 'target.json'), JSON.stringify(def));
  return { ...parseTarget('openbsd-floppy', readFileSync(join(dir, 'target.json'), 'utf8')), dir };
}

let server: Server;
let mirror = '';
let served = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== '/openbsd-5.1-i386-floppy.img') return void res.writeHead(404).end();
    served++;
    const body = readFileSync(FLOPPY);
    res.writeHead(200, { 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  mirror = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const log = (lines: string[]) => (m: string) => {
  lines.push(m);
  if (process.env.SCALEWATCH_TEST_LOG) console.log(m);
};

describe.skipIf(!ready)(`a published image's first boot on a real BSD kernel${ready ? '' : ' (skipped: needs QEMU, genisoimage and ../shared/fixtures)'}`, () => {
  it('fetches, checks, boots it once with the seed disk, types the steps, caches the prepared disk and its key', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-prepare-'));
    mkdirSync(cache, { recursive: true });
    const target = floppyTarget(STEPS, 240);
    const lines: string[] = [];
    const started = Date.now();
    const prepared = await prepareImage(target, cache, { log: log(lines), accel: tcg, mirror, attempts: 1 });
    const seconds = (Date.now() - started) / 1000;
    expect(prepared.cached).toBe(false);
    expect(served).toBe(1);
    expect(lines.some((l) => l.includes('sha256 matches the pinned checksum'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('console: saw '))).toEqual(STEPS.map((s) => `console: saw "${s.expect}", typing "${s.send}"`));
    // A copy-on-write disk over the fetched image (by a relative name), and the key root would take.
    const info = JSON.parse(spawnSync('qemu-img', ['info', '--output=json', prepared.disk], { encoding: 'utf8' }).stdout) as { 'backing-filename'?: string };
    expect(info['backing-filename']).toBe('../openbsd-5.1-i386-floppy.img');
    expect(readFileSync(`${prepared.identityFile}.pub`, 'utf8')).toMatch(/^ssh-ed25519 /);
    // Nothing but the image, its mark and the prepared folder is left in the cache.
    expect(readdirSync(imageDir(cache, target.image!)).sort()).toEqual(['ok', 'openbsd-5.1-i386-floppy.img', expect.stringMatching(/^prepared-[0-9a-f]{16}$/)]);
    console.log(`OpenBSD 5.1 floppy as a published image under TCG: fetched, checked and prepared in ${seconds.toFixed(1)} s`);

    // A second job with the cache restored: no network, no boot.
    server.closeAllConnections();
    const again = await prepareImage(target, cache, { log: () => {}, accel: tcg, mirror: 'http://127.0.0.1:9' });
    expect(again).toMatchObject({ cached: true, disk: prepared.disk, identityFile: prepared.identityFile, seconds: 0 });
  }, 300_000);

  it('fails with the step it waited for and the console\'s last words, and caches nothing', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'sw-prepare-'));
    const target = floppyTarget([STEPS[0]!, { expect: 'a prompt that never comes', send: '' }], 25);
    const lines: string[] = [];
    await expect(prepareImage(target, cache, { log: log(lines), accel: tcg, mirror, attempts: 1 })).rejects.toThrow(/^The openbsd-floppy image could not be prepared: the console did not show "a prompt that never comes" within \d+ s; it last printed: /);
    expect(readdirSync(imageDir(cache, target.image!)).sort()).toEqual(['ok', 'openbsd-5.1-i386-floppy.img']);
  }, 120_000);
});
