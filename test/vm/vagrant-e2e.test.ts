/**
 * The vagrant driver end to end, for real: a Debian 12 box built here from Debian packages,
 * added with `vagrant box add` at its pinned version, brought up with the libvirt provider (QEMU
 * under TCG here, libvirt.driver = "qemu"), the suite built in the guest with its own cc, a plan
 * streamed back over SSH, the machine destroyed. libvirtd runs in a network namespace of its own
 * (runtime/vm/start-libvirt.sh), so the guests' NAT network and SSH to them stay inside it.
 * Needs root and scripts/setup.sh --vagrant; about 3 minutes here the first time, less with the box cached.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptPath } from '../../src/vm/paths.js';
import { loadTarget } from '../../src/vm/targets.js';
import { VagrantDriver } from '../../src/vm/vagrant.js';
import { findQemuPid, have, log, RecordingSink, STUB_SUITE, stubPlan, TEST_CACHE_DIR } from './helpers.js';

const NETNS = 'scalewatch';
const ready = process.getuid?.() === 0 && have('vagrant') && have('libvirtd') && have('mmdebstrap') && have('ip');
const cacheDir = TEST_CACHE_DIR;

describe.skipIf(!ready)('vagrant driver with libvirt (real VM)', () => {
  it('adds the pinned box, brings the VM up, builds and runs the suite, survives the VM being killed, destroys it', { timeout: 1_200_000 }, async () => {
    execFileSync('bash', [scriptPath('start-libvirt.sh'), NETNS], { stdio: 'inherit', timeout: 60_000 });
    const workDir = mkdtempSync(join(tmpdir(), 'sw-vagrant-'));
    const target = loadTarget('debian-12');
    const prefix = `swtest-${process.pid}-`;
    const driver = new VagrantDriver({ target, suiteDir: STUB_SUITE, workDir, cacheDir, log, provider: 'libvirt', netns: NETNS, libvirtPrefix: prefix });
    const plan = stubPlan('debian-12', [
      ['steady', 40, 30],
      ['fail', 10, 30, 'swbench-static'],
      ['hang', 1, 2],
      ['slow', 3000, 120],
      ['steady', 5, 30],
    ]);
    const sink = new RecordingSink();
    // Fault: kill libvirt's QEMU (its command line names the domain, prefix and all) mid-sweep.
    let killedAt = 0;
    sink.onLine = (inv, _t, count) => {
      if (inv.bench === 'slow' && count === 30 && !killedAt) {
        const pid = findQemuPid(`guest=${prefix}debian-12,`);
        expect(pid).toBeDefined();
        process.kill(pid!, 'SIGKILL');
        killedAt = Date.now();
      }
    };
    const t0 = Date.now();
    try {
      const { metaLine, info } = await driver.prepare(plan, new AbortController().signal);
      log(`vagrant guest ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(info)}`);
      expect(JSON.parse(metaLine)).toMatchObject({ type: 'meta', target: 'debian-12', os: 'Linux', ncpu: 2 });
      expect(info).toMatchObject({ driver: 'vagrant', provider: 'libvirt', box: 'scalewatch/debian-12', boxVersion: target.vagrant.version });
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    log(`vagrant run done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const [steady, fail, hang, slow, last] = sink.runs;
    expect(steady!.lines).toHaveLength(40);
    expect(steady!.end).toEqual({ status: 'ok' });
    expect(fail!.lines).toHaveLength(5);
    expect(fail!.end).toMatchObject({ status: 'exited', code: 3, stderrTail: ['fail: stopping at n=6 as asked'] });
    expect(hang!.end).toMatchObject({ status: 'timeout' });
    expect(slow!.lines.length).toBeGreaterThanOrEqual(30);
    expect(slow!.end).toMatchObject({ status: 'lost' });
    expect((slow!.end as { reason: string }).reason).toMatch(/^the VM is no longer running \(vagrant status: /);
    expect(Date.now() - killedAt).toBeLessThan(240_000);
    expect(last!.end).toMatchObject({ status: 'lost' });
    expect((last!.end as { reason: string }).reason).toMatch(/^not run: /);
    // Destroyed: libvirt knows no domain of this run any more.
    const domains = execFileSync('virsh', ['-c', 'qemu:///system', 'list', '--all', '--name'], { encoding: 'utf8' });
    expect(domains).not.toContain(prefix);
    expect(findQemuPid(`guest=${prefix}`)).toBeUndefined();
  });
});
