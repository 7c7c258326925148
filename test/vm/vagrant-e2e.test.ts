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
import { VagrantDriver } from '../../src/vm/vagrant/driver.js';
import { expectFaultOutcome, findQemuPid, have, log, runFaultScenario, STUB_SUITE, TEST_CACHE_DIR } from './helpers.js';

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
    const needle = `guest=${prefix}debian-12,`; // libvirt's QEMU command line names the domain
    const outcome = await runFaultScenario(driver, 'debian-12', needle);
    expect(outcome.prepared.info).toMatchObject({ driver: 'vagrant', provider: 'libvirt', box: 'scalewatch/debian-12', boxVersion: target.vagrant.version });
    expectFaultOutcome(outcome, /^the VM is no longer running \(vagrant status: /, 240_000, needle);
    // Destroyed: libvirt knows no domain of this run any more.
    const domains = execFileSync('virsh', ['-c', 'qemu:///system', 'list', '--all', '--name'], { encoding: 'utf8' });
    expect(domains).not.toContain(prefix);
    expect(findQemuPid(`guest=${prefix}`)).toBeUndefined();
  });
});
