/**
 * `scalewatch run --target debian-12`, driver and runner together, with the real suite: the quick
 * suite through the qemu driver's initramfs fast path, results written by the runner. This is the
 * path CI takes on every run; the vagrant and image paths are covered with the stub suite.
 * CI runs three benchmarks (dynamic binary, static binary, the event-driven server) to stay within
 * its budget; SCALEWATCH_TEST_BENCHES=all runs the whole quick suite (about 3.5 min here, TCG).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSuite } from '../../src/run/runner.js';
import { selectBenches } from '../../src/suite/benches.js';
import { SUITE_DIR } from '../../src/suite/build.js';
import { parseResults } from '../../src/suite/protocol.js';
import { createVmDriver } from '../../src/vm/factory.js';
import { have, log, TEST_CACHE_DIR } from './helpers.js';

const ready = have('qemu-system-x86_64') && have('cpio') && existsSync(join(SUITE_DIR, 'Makefile'));
const cacheDir = TEST_CACHE_DIR;
const benches = selectBenches(process.env.SCALEWATCH_TEST_BENCHES ?? 'socket,fork-static,connect');

describe.skipIf(!ready)('scalewatch run --target debian-12 (qemu, initramfs, real suite)', () => {
  it(`runs the quick suite (${benches.map((b) => b.name).join(', ')}) in a Debian guest and saves every benchmark`, { timeout: 900_000 }, async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-run-debian-'));
    const outDir = join(workDir, 'results');
    const driver = createVmDriver({ target: 'debian-12', driver: 'qemu', suiteDir: SUITE_DIR, workDir, cacheDir, log, qemuMode: 'initramfs' });
    const t0 = Date.now();
    const outcome = await runSuite({
      target: 'debian-12',
      suite: 'quick',
      benches,
      outDir,
      driver,
      signal: new AbortController().signal,
      write: (text) => log(text.trimEnd()),
      tty: false,
    });
    log(`quick suite on debian-12 (initramfs) took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const results = parseResults(readFileSync(outcome.path, 'utf8'));
    // connect ran under the guest's busybox taskset: had it failed to run, connect would have no samples below.
    expect(results.meta).toMatchObject({ target: 'debian-12', os: 'Linux', driver: 'qemu', mode: 'initramfs', oneCpu: 'taskset -c 0' });
    expect(String(results.meta.release)).toMatch(/amd64$/);
    expect(results.malformed).toEqual([]);
    const seen = new Set(results.samples.map((s) => s.bench));
    for (const b of benches) expect(seen.has(b.name), `samples of ${b.name}`).toBe(true);
  });
});
