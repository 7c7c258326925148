/**
 * The qemu driver's Linux fast path, for real: a Debian kernel (unpacked from the Debian package)
 * boots an initramfs holding the stub suite and runs a plan under TCG here (KVM where it works).
 * Needs scripts/setup.sh --qemu to have run; skipped with a reason when QEMU is not installed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QemuDriver } from '../../src/vm/qemu/driver.js';
import { loadTarget } from '../../src/vm/targets.js';
import { expectFaultOutcome, findQemuPid, have, log, RecordingSink, runFaultScenario, STUB_SUITE, stubPlan, TEST_CACHE_DIR } from './helpers.js';

const ready = have('qemu-system-x86_64') && have('cpio');
const cacheDir = TEST_CACHE_DIR;

describe.skipIf(!ready)('qemu driver, initramfs fast path (real guest)', () => {
  it('boots, streams samples per invocation with exit statuses, survives garbage, powers off', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-qemu-'));
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'initramfs' });
    const plan = stubPlan('debian-12', [
      ['steady', 50, 30],
      ['fail', 10, 30, 'swbench-static'],
      ['garbage', 1, 30],
      ['hang', 1, 3],
      ['steady', 5, 30],
    ]);
    const sink = new RecordingSink();
    const t0 = Date.now();
    try {
      const { metaLine, info } = await driver.prepare(plan, new AbortController().signal);
      const meta = JSON.parse(metaLine) as Record<string, unknown>;
      expect(meta).toMatchObject({ type: 'meta', target: 'debian-12', os: 'Linux', arch: 'x86_64', ncpu: 2 });
      expect(String(meta.release)).toMatch(/amd64$/); // the Debian kernel, not the host's
      expect(info).toMatchObject({ driver: 'qemu', mode: 'initramfs' });
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    log(`initramfs plan done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    expect(sink.runs.map((r) => r.bench)).toEqual(['steady', 'fail', 'garbage', 'hang', 'steady']);
    const [steady, fail, garbage, hang, last] = sink.runs;
    expect(steady!.lines).toHaveLength(50);
    expect(JSON.parse(steady!.lines[49]!)).toMatchObject({ type: 'sample', bench: 'steady', n: 50 });
    expect(steady!.end).toEqual({ status: 'ok' });
    // The static binary ran; it exited 3 after half its sweep, with its stderr kept.
    expect(fail!.lines).toHaveLength(5);
    expect(fail!.end).toMatchObject({ status: 'exited', code: 3, stderrTail: ['fail: stopping at n=6 as asked'] });
    // Binary junk, a 200 KiB line (cut to 64 KiB) and a partial last line arrive as lines, no crash.
    expect(garbage!.lines.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...garbage!.lines.map((l) => l.length))).toBeLessThanOrEqual(64 * 1024);
    expect(garbage!.lines).toContain('{"type":"sample","bench":"garbage","run":0,"n":1,"ns":5}');
    expect(garbage!.end).toEqual({ status: 'ok' });
    // A suite that ignores its limit is killed in the guest; the next invocation still runs.
    expect(hang!.lines).toHaveLength(1);
    expect(hang!.end).toMatchObject({ status: 'timeout' });
    expect(last!.lines).toHaveLength(5);
    expect(last!.end).toEqual({ status: 'ok' });
  });

  it('survives the fault scenario: QEMU killed mid-run keeps its samples and fails that benchmark', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-qemu-fault-'));
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'initramfs' });
    const outcome = await runFaultScenario(driver, 'debian-12', workDir);
    expectFaultOutcome(outcome, /^QEMU was killed by SIGKILL$/, 10_000, workDir);
    // The console tail shows where the guest was.
    const lost = outcome.runs[3]!.end as { consoleTail: string[] };
    expect(lost.consoleTail.some((l) => l.includes('scalewatch: invocation 3'))).toBe(true);
  });

  it('tears the guest down when the run is interrupted (Ctrl-C, cancellation)', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-qemu-abort-'));
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'initramfs' });
    const plan = stubPlan('debian-12', [['slow', 1000, 60], ['steady', 5, 30]]);
    const sink = new RecordingSink();
    const ac = new AbortController();
    sink.onLine = (_inv, _text, count) => {
      if (count === 10) ac.abort();
    };
    try {
      await driver.prepare(plan, ac.signal);
      await driver.run(plan, sink, ac.signal);
    } finally {
      await driver.teardown();
    }
    expect(sink.runs.map((r) => r.end?.status)).toEqual(['interrupted', 'interrupted']);
    expect(sink.runs[0]!.lines.length).toBeGreaterThanOrEqual(10);
    expect(findQemuPid(workDir)).toBeUndefined();
  });

  it('reports a guest kernel panic as a lost benchmark with the panic in the console tail', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-qemu-panic-'));
    const base = loadTarget('debian-12');
    // The stub crashes the kernel only when the guest was booted with this flag, never on a host.
    const target = { ...base, qemu: { ...base.qemu!, append: 'sw.allow_panic=1' } };
    const driver = new QemuDriver({ target, suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'initramfs' });
    const plan = stubPlan('debian-12', [['steady', 5, 30], ['panic', 5, 30], ['steady', 5, 30]]);
    const sink = new RecordingSink();
    try {
      await driver.prepare(plan, new AbortController().signal);
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    const [before, panic, after] = sink.runs;
    expect(before!.end).toEqual({ status: 'ok' });
    expect(panic!.lines).toHaveLength(5);
    expect(panic!.end).toMatchObject({ status: 'lost', reason: 'the guest kernel panicked' });
    expect((panic!.end as { consoleTail: string[] }).consoleTail.join('\n')).toMatch(/Kernel panic/);
    expect(after!.end).toMatchObject({ status: 'lost', reason: 'not run: the guest kernel panicked' });
  });

  it('ends a guest that freezes (QEMU stopped, no output) as lost once its limit has passed', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-qemu-hang-'));
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: STUB_SUITE, workDir, cacheDir, log, mode: 'initramfs', hangSlackSec: 3 });
    const plan = stubPlan('debian-12', [['slow', 1000, 2]]);
    const sink = new RecordingSink();
    let stoppedAt = 0;
    sink.onLine = (_inv, _t, count) => {
      if (count === 10 && !stoppedAt) {
        process.kill(findQemuPid(workDir)!, 'SIGSTOP');
        stoppedAt = Date.now();
      }
    };
    try {
      await driver.prepare(plan, new AbortController().signal);
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    const [slow] = sink.runs;
    expect(slow!.lines.length).toBeGreaterThanOrEqual(10);
    expect(slow!.end).toMatchObject({ status: 'lost', reason: 'the guest stopped responding (no output within its time limit)' });
    // Limit 2 s + grace 10 s + slack 3 s from the invocation's start, not a minute.
    expect(Date.now() - stoppedAt).toBeLessThan(20_000);
    expect(findQemuPid(workDir)).toBeUndefined();
  });
});
