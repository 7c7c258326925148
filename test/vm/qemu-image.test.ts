/**
 * The qemu driver's image mode, for real: a Debian 12 disk image built here from Debian packages
 * (mmdebstrap, cached), booted under TCG, reached over SSH with a per-run key, the suite copied in
 * and built with the guest's own cc and make. The first build of the image takes about 2 minutes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QemuDriver } from '../../src/vm/qemu/driver.js';
import { loadTarget } from '../../src/vm/targets.js';
import { expectFaultOutcome, have, log, runFaultScenario, STUB_SUITE, TEST_CACHE_DIR } from './helpers.js';

const ready = have('qemu-system-x86_64') && have('mmdebstrap') && have('ssh') && process.getuid?.() === 0;
const cacheDir = TEST_CACHE_DIR;

describe.skipIf(!ready)('qemu driver, disk image over SSH (real guest)', () => {
  it('boots the image, builds the suite with the guest cc, and survives the fault scenario', { timeout: 900_000 }, async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-image-'));
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'image' });
    const outcome = await runFaultScenario(driver, 'debian-12', workDir);
    expect(outcome.prepared.info).toMatchObject({ driver: 'qemu', mode: 'image' });
    // Killing QEMU drops SSH: noticed within the SSH keepalive's limit.
    expectFaultOutcome(outcome, /^QEMU was killed by SIGKILL$/, 60_000, workDir);
  });
});
