/**
 * The first boot of a published image, done once per image and recipe and kept in the cache: the
 * image is fetched and checked (fetch.ts), a copy-on-write disk is laid over it (or, for an install
 * medium, an empty disk beside it), and the guest boots once with the seed disk (seed.ts) and, where
 * the target says so, an installer's answers served on loopback. The console steps are typed
 * (expect.ts); the first-boot script powers the guest off, and QEMU exiting cleanly within the limit is
 * the sign it worked. A stalled first boot is retried once with the conservative CPU. What comes out:
 * a qcow2 whose root takes a key that lives beside it, with sshd on and the console on the serial port.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../../errors.js';
import type { Accel } from '../kvm.js';
import { PANIC } from '../../console.js';
import { QemuProcess } from '../process.js';
import { generateKey } from '../../ssh/client.js';
import { targetFile, type TargetDef } from '../../targets.js';
import { imageGuestArgs } from './args.js';
import { ConsoleSession } from './expect.js';
import { fetchImage, imageDir, type FetchOptions } from './fetch.js';
import { buildSeed } from './seed.js';

const run = promisify(execFile);

export interface PreparedImage {
  /** The prepared disk (qcow2); a run boots a throwaway overlay of it. */
  disk: string;
  /** The private key root's authorized_keys holds. */
  identityFile: string;
  /** Seconds spent fetching and preparing (0 when both came from the cache). */
  seconds: number;
  cached: boolean;
}

export interface PrepareOptions extends FetchOptions {
  accel: Accel;
  qemuBinary?: string;
  /** Boot attempts for the first boot (the second with the conservative CPU). */
  attempts?: number;
}

/** What the first boot's outcome depends on: the image, the scripts and answers, the steps and the machine settings. */
export async function recipeDigest(target: TargetDef): Promise<string> {
  const image = target.image!;
  const fb = image.firstBoot;
  const h = createHash('sha256');
  h.update(JSON.stringify({ image, qemu: target.qemu ?? null, version: 1 }));
  for (const file of [fb.script, fb.answers]) if (file) h.update(await readFile(targetFile(target, file)));
  return h.digest('hex').slice(0, 16);
}

export async function prepareImage(target: TargetDef, cacheDir: string, opts: PrepareOptions): Promise<PreparedImage> {
  const image = target.image;
  if (!image) throw new Error(`target ${target.name} has no published image`);
  const started = Date.now();
  const fetched = await fetchImage(image, cacheDir, opts);
  const base = imageDir(cacheDir, image);
  const dir = join(base, `prepared-${await recipeDigest(target)}`);
  const result = (cached: boolean): PreparedImage => ({ disk: join(dir, 'disk.qcow2'), identityFile: join(dir, 'id_ed25519'), seconds: cached ? 0 : Math.round((Date.now() - started) / 100) / 10, cached });
  if (existsSync(join(dir, 'ok'))) {
    opts.log(`${target.name}: prepared image from the cache (${basename(dir)})`);
    return result(true);
  }
  const work = join(base, `.work-${process.pid}-${Date.now()}`);
  await mkdir(work, { recursive: true });
  try {
    const key = await generateKey(work);
    const publicKey = `ssh-ed25519 ${key.publicBlob} scalewatch`;
    const fb = image.firstBoot;
    const seed = join(work, 'seed.iso');
    const script = fb.script ? await readFile(targetFile(target, fb.script), 'utf8') : '#!/bin/sh\n';
    await buildSeed(seed, join(work, 'seed'), script, publicKey);
    const limit = (opts.accel.accel === 'kvm' ? fb.limitSec : fb.limitTcgSec) * 1000;
    const attempts = opts.attempts ?? 2;
    const installer = image.format === 'iso' || image.installDiskGiB !== undefined;
    const answersText = fb.answers ? await readFile(targetFile(target, fb.answers), 'utf8') : undefined;
    let lastError = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (opts.signal?.aborted) throw new UserError(`Interrupted while preparing the ${target.name} image.`);
      const disk = join(work, 'disk.qcow2');
      await rm(disk, { force: true });
      if (installer) await run('qemu-img', ['create', '-q', '-f', 'qcow2', disk, `${image.installDiskGiB ?? 16}G`], { timeout: 60_000 });
      // The backing file by a relative name: the cache may be restored under another home.
      else await run('qemu-img', ['create', '-q', '-f', 'qcow2', '-F', fetched.format, '-b', `../${basename(fetched.path)}`, disk], { timeout: 60_000 });
      const answers = fb.answers && answersText !== undefined ? await serveAnswers(answersText, fb.answers, publicKey) : undefined;
      const args = imageGuestArgs({
        target,
        accel: opts.accel,
        attempt,
        disk: { path: disk, format: 'qcow2' },
        cdroms: installer ? [fetched.path, seed] : [seed],
        bootCd: installer,
        ...(answers ? { answersPort: answers.port } : {}),
      });
      opts.log(`${target.name}: first boot of ${basename(fetched.path)} (${image.firstBoot.method}, ${opts.accel.accel}), attempt ${attempt} of ${attempts}`);
      const qemu = new QemuProcess(opts.qemuBinary ?? 'qemu-system-x86_64', args, opts.log, !!process.env.SCALEWATCH_CONSOLE, true);
      const session = new ConsoleSession(qemu);
      const deadline = Date.now() + limit;
      try {
        await session.run(fb.steps ?? [], deadline, opts.signal, opts.log);
        const exit = await Promise.race([qemu.exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), Math.max(0, deadline - Date.now())))]);
        if (!exit) throw new Error(`the guest did not power off within ${Math.round(limit / 1000)} s of its first boot`);
        if (exit.code !== 0 || qemu.console.includes(PANIC)) throw new Error(qemu.describeLoss());
        await writeFile(join(work, 'ok'), `${image.url}\n${image.checksum}\nprepared in ${attempt} attempt(s)\n`);
        await rm(join(work, 'seed'), { recursive: true, force: true });
        await rm(seed, { force: true });
        await rm(dir, { recursive: true, force: true });
        await rename(work, dir);
        opts.log(`${target.name}: image prepared in ${((Date.now() - started) / 1000).toFixed(0)} s and cached`);
        return result(false);
      } catch (err) {
        lastError = (err as Error).message;
        opts.log(`${target.name}: first boot attempt ${attempt} failed: ${lastError}; console ended with:\n  ${qemu.console.tail(8).join('\n  ')}`);
      } finally {
        session.close();
        await qemu.kill();
        answers?.server.close();
      }
    }
    throw new UserError(`The ${target.name} image could not be prepared: ${lastError}.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A loopback HTTP server for one answers file (the key written in for @SW_KEY@); anything else is 404. */
async function serveAnswers(text: string, name: string, publicKey: string): Promise<{ server: Server; port: number }> {
  const body = text.replaceAll('@SW_KEY@', publicKey);
  const server = createServer((req, res) => {
    const wanted = (req.url ?? '').split('?')[0];
    if (wanted === `/${name}`) res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (!addr || typeof addr !== 'object') throw new Error('the answers server has no port');
  return { server, port: addr.port };
}
