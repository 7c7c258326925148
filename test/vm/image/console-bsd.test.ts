/**
 * The console automation on a real BSD: OpenBSD 5.1's i386 install floppy (shared fixtures), booted
 * under QEMU (TCG here), driven over its serial console as a published image's first boot is: wait for
 * the boot loader's prompt, switch it to the serial port, boot, choose the shell, mount the seed disk
 * (the same ISO 9660 `cidata` disk a first boot gets, made by buildSeed), run the script on it and read
 * its output back, then reboot, which ends QEMU (-no-reboot). It cannot run the suite (no libc).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../../src/vm/qemu/image/expect.js';
import { buildSeed } from '../../../src/vm/qemu/image/seed.js';
import { QemuProcess } from '../../../src/vm/qemu/process.js';

const FLOPPY = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'fixtures', 'openbsd-5.1-i386-floppy.img');
const haveQemu = spawnSync('sh', ['-c', 'command -v qemu-system-i386 && command -v genisoimage'], { stdio: 'ignore' }).status === 0;
const ready = haveQemu && existsSync(FLOPPY);
const log = process.env.SCALEWATCH_TEST_LOG ? (m: string) => console.log(m) : () => {};

describe.skipIf(!ready)(`a real BSD kernel driven over its serial console${ready ? '' : ' (skipped: needs qemu-system-i386, genisoimage and ../shared/fixtures)'}`, () => {
  it('boots OpenBSD 5.1, runs the seed disk\'s script with the key in it, reads its output, and reboots', async () => {
    const work = mkdtempSync(join(tmpdir(), 'sw-bsd-console-'));
    const seed = join(work, 'seed.iso');
    await buildSeed(seed, join(work, 'seed'), '#!/bin/sh\necho "seeded: ${SW_KEY#ssh-ed25519 }"\nls /mnt\n', 'ssh-ed25519 AAAAtestkey scalewatch');
    const started = Date.now();
    const qemu = new QemuProcess('qemu-system-i386', [
      '-m', '128', '-accel', 'tcg',
      '-nodefaults', '-vga', 'std', '-nographic', '-serial', 'mon:stdio', '-no-reboot',
      '-drive', `file=${FLOPPY},format=raw,if=floppy,readonly=on`, '-boot', 'a',
      '-drive', `file=${seed},if=ide,media=cdrom,readonly=on`,
    ], log, !!process.env.SCALEWATCH_TEST_LOG, true);
    const session = new ConsoleSession(qemu);
    try {
      await session.run([
        { expect: 'boot>', send: 'set tty com0' },
        { expect: 'boot>', send: 'boot' },
        { expect: '(S)hell?', send: 's' },
        { expect: '# ', send: 'mount -t cd9660 /dev/cd0a /mnt && sh /mnt/firstboot.sh' },
      ], Date.now() + 150_000, undefined, log);
      await session.expect('seeded: AAAAtestkey scalewatch', 30_000);
      // The seed disk holds what a first boot needs, as buildSeed names it.
      await session.expect('meta-data', 10_000);
      const shell = Date.now() - started;
      // A wait that cannot be met ends with what it waited for and the console's last words.
      await expect(session.expect('no such prompt', 1500)).rejects.toThrow(/^the console did not show "no such prompt" within 2 s; it last printed: /);
      await session.sendLine('reboot');
      const exit = await Promise.race([qemu.exited, new Promise<undefined>((r) => setTimeout(r, 60_000))]);
      expect(exit?.code).toBe(0);
      // Once QEMU is gone a wait ends at once, naming why.
      await expect(session.expect('login:', 60_000)).rejects.toThrow(/the guest exited while the console waited for "login:"/);
      console.log(`OpenBSD 5.1 floppy under TCG: shell and the seed's script in ${(shell / 1000).toFixed(1)} s, powered off after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      session.close();
      await qemu.kill();
    }
  }, 240_000);
});
