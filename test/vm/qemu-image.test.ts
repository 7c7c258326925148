/**
 * The qemu driver's image mode, for real: a Debian 12 disk image built here from Debian packages
 * (mmdebstrap, cached), booted under TCG, reached over SSH with a per-run key, the suite copied in
 * and built with the guest's own cc and make. The first build of the image takes about 2 minutes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QemuDriver } from '../../src/vm/qemu.js';
import { loadTarget } from '../../src/vm/targets.js';
import { findQemuPid, have, log, RecordingSink, STUB_SUITE, stubPlan, TEST_CACHE_DIR } from './helpers.js';

const ready = have('qemu-system-x86_64') && have('mmdebstrap') && have('ssh') && process.getuid?.() === 0;
const cacheDir = TEST_CACHE_DIR;

describe.skipIf(!ready)('qemu driver, disk image over SSH (real guest)', () => {
  it('boots the image, builds the suite with the guest cc, streams a plan, and survives the guest being killed', { timeout: 900_000 }, async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-image-'));
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'image' });
    const plan = stubPlan('debian-12', [
      ['steady', 30, 30],
      ['fail', 10, 30, 'swbench-static'],
      ['hang', 1, 2],
      ['slow', 2000, 120],
      ['steady', 5, 30],
    ]);
    const sink = new RecordingSink();
    let killedAt = 0;
    sink.onLine = (inv, _t, count) => {
      if (inv.bench === 'slow' && count === 30 && !killedAt) {
        const pid = findQemuPid(workDir);
        expect(pid).toBeDefined();
        process.kill(pid!, 'SIGKILL');
        killedAt = Date.now();
      }
    };
    const t0 = Date.now();
    try {
      const { metaLine, info } = await driver.prepare(plan, new AbortController().signal);
      log(`image guest ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(info)}`);
      expect(JSON.parse(metaLine)).toMatchObject({ type: 'meta', target: 'debian-12', os: 'Linux', ncpu: 2 });
      expect(info).toMatchObject({ driver: 'qemu', mode: 'image' });
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    const [steady, fail, hang, slow, after] = sink.runs;
    expect(steady!.lines).toHaveLength(30);
    expect(steady!.end).toEqual({ status: 'ok' });
    expect(fail!.lines).toHaveLength(5);
    expect(fail!.end).toMatchObject({ status: 'exited', code: 3, stderrTail: ['fail: stopping at n=6 as asked'] });
    expect(hang!.end).toMatchObject({ status: 'timeout' });
    // Killing QEMU drops SSH: the samples so far are kept, the benchmark is lost, the rest not run.
    expect(slow!.lines.length).toBeGreaterThanOrEqual(30);
    expect(slow!.end).toMatchObject({ status: 'lost', reason: 'QEMU was killed by SIGKILL' });
    expect(Date.now() - killedAt).toBeLessThan(60_000);
    expect(after!.end).toMatchObject({ status: 'lost', reason: 'not run: QEMU was killed by SIGKILL' });
    expect(findQemuPid(workDir)).toBeUndefined();
  });
});
