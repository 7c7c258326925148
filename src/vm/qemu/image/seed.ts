/**
 * The seed disk of a first boot: an ISO 9660 image labelled `cidata` (the NoCloud label FreeBSD's
 * nuageinit reads) holding the first-boot script with this image's public key written into it, as
 * `firstboot.sh` for a console to run and as `user-data` for nuageinit, and a `meta-data`.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../../../errors.js';

const run = promisify(execFile);

/** The script with the key set on its second line, where every first-boot script reads `$SW_KEY`. */
export function withKey(script: string, publicKey: string): string {
  if (!/^[A-Za-z0-9 +/=@._-]+$/.test(publicKey)) throw new Error('the public key has characters a shell line cannot hold');
  const [first, ...rest] = script.split('\n');
  const shebang = first?.startsWith('#!') ? first : '#!/bin/sh';
  const body = first?.startsWith('#!') ? rest : [first ?? '', ...rest];
  return [shebang, `SW_KEY='${publicKey}'`, ...body].join('\n');
}

/** Write the seed ISO at `iso`; `dir` is a scratch folder for its files. */
export async function buildSeed(iso: string, dir: string, script: string, publicKey: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const text = withKey(script, publicKey);
  await writeFile(join(dir, 'firstboot.sh'), text, { mode: 0o755 });
  await writeFile(join(dir, 'user-data'), text);
  await writeFile(join(dir, 'meta-data'), 'instance-id: scalewatch-firstboot\nlocal-hostname: scalewatch\n');
  try {
    await run('genisoimage', ['-quiet', '-V', 'cidata', '-J', '-R', '-o', iso, dir], { timeout: 60_000 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') throw new UserError('genisoimage is not installed; scripts/setup.sh --qemu installs it.');
    throw new Error(`genisoimage failed: ${(e as { stderr?: string }).stderr?.trim() || e.message}`);
  }
}
