/**
 * The BSD targets as defined: every one boots its OS project's own image, pinned by URL and checksum,
 * with no box from a registry; each OS's QEMU line carries the flags the projects that boot it in CI
 * use; the Vagrantfile validates every target with the vagrant setup.sh installs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpuFor, imageGuestArgs } from '../../../src/vm/qemu/image/args.js';
import { withKey } from '../../../src/vm/qemu/image/seed.js';
import { ROOT } from '../../../src/vm/paths.js';
import { listTargets, loadTarget, parseTarget } from '../../../src/vm/targets.js';

const BSDS = ['dragonflybsd-6', 'freebsd-14', 'freebsd-15', 'freebsd-15-zfs', 'netbsd-10', 'openbsd-7'];
const kvm = { accel: 'kvm' } as const;
const tcg = { accel: 'tcg', reason: 'test' } as const;

function lineOf(name: string, attempt = 1, accel: typeof kvm | typeof tcg = kvm): string {
  return imageGuestArgs({ target: loadTarget(name), accel, attempt, disk: { path: '/d.qcow2', format: 'qcow2' }, sshPort: 2222 }).join(' ');
}

describe('the BSD targets', () => {
  it('boot each OS project\'s own image, pinned by https URL and checksum, on the qemu driver', () => {
    expect(listTargets().filter((t) => t !== 'debian-12')).toEqual(BSDS);
    for (const name of BSDS) {
      const t = loadTarget(name);
      expect(t.defaultDriver, name).toBe('qemu');
      expect(t.image?.url, name).toMatch(/^https:\/\/(download\.freebsd\.org|cdn\.openbsd\.org|cdn\.netbsd\.org|mirror-master\.dragonflybsd\.org)\//);
      expect(t.image?.checksum, name).toMatch(/^(sha256|sha512|md5):/);
      expect(t.image?.source.length, name).toBeGreaterThan(20);
    }
    expect(Object.fromEntries(BSDS.map((n) => [n, loadTarget(n).image!.filesystem]))).toEqual({
      'dragonflybsd-6': 'hammer2', 'freebsd-14': 'ufs', 'freebsd-15': 'ufs', 'freebsd-15-zfs': 'zfs', 'netbsd-10': 'ffs', 'openbsd-7': 'ffs',
    });
  });

  it('name no box of a registry, in target.json or the Vagrantfile', () => {
    for (const name of listTargets()) expect(loadTarget(name).vagrant.box).toBe(`scalewatch/${name}`);
    const vagrantfile = readFileSync(join(ROOT, 'Vagrantfile'), 'utf8');
    expect(vagrantfile).not.toMatch(/generic\/|DefinedNet\/|roboxes|vagrantcloud|app\.vagrantup\.com/i);
    const text = readFileSync(join(ROOT, 'vms', 'freebsd-14', 'target.json'), 'utf8');
    expect(() => parseTarget('freebsd-14', text.replace('"scalewatch/freebsd-14"', '"generic/freebsd14"'))).toThrow(/\/vagrant\/box must match pattern/);
  });

  it('give each OS the QEMU flags its anchors use', () => {
    // OpenBSD: 1 GiB pages off on every CPU (cross-platform-actions; QEMU issue 1091).
    expect(lineOf('openbsd-7')).toContain('-cpu host,-pdpe1gb');
    expect(lineOf('openbsd-7', 1, tcg)).toContain('-cpu max,-pdpe1gb');
    expect(lineOf('openbsd-7', 2)).toContain('-cpu qemu64,-pdpe1gb');
    // NetBSD: no control queue on virtio-net, no IPv6 on slirp (anyvm; cross-platform-actions).
    expect(lineOf('netbsd-10')).toContain('-device virtio-net-pci,netdev=n0,ctrl_vq=off');
    expect(lineOf('netbsd-10')).toContain('-netdev user,id=n0,hostfwd=tcp:127.0.0.1:2222-:22,ipv6=off');
    // DragonFly: IDE disk, PMU off (anyvm's builders).
    expect(lineOf('dragonflybsd-6')).toContain('-drive file=/d.qcow2,if=ide,format=qcow2');
    expect(lineOf('dragonflybsd-6')).toMatch(/-cpu qemu64,\+invtsc,pmu=off/);
    // FreeBSD: virtio disk and NIC, the host's CPU, qemu64 on the retry.
    expect(lineOf('freebsd-15')).toMatch(/-machine pc -accel kvm -cpu host .*-drive file=\/d\.qcow2,if=virtio,format=qcow2 .*-device virtio-net-pci,netdev=n0$/);
    expect(cpuFor(loadTarget('freebsd-15'), kvm, 2)).toBe('qemu64');
    // Every guest: serial console on stdio, SeaBIOS mirrored to it, no reboot (a panic ends QEMU).
    for (const name of BSDS) expect(lineOf(name), name).toContain('-nodefaults -vga std -nographic -serial mon:stdio -no-reboot');
  });

  it('put an installer\'s answers and the seed disk where its first boot finds them', () => {
    const args = imageGuestArgs({ target: loadTarget('openbsd-7'), accel: tcg, attempt: 1, disk: { path: '/d.qcow2', format: 'qcow2' }, cdroms: ['/install79.iso', '/seed.iso'], bootCd: true, answersPort: 8080 }).join(' ');
    expect(args).toContain('-drive file=/install79.iso,if=ide,media=cdrom,readonly=on -drive file=/seed.iso,if=ide,media=cdrom,readonly=on -boot order=d');
    expect(args).toContain('guestfwd=tcp:10.0.2.100:80-tcp:127.0.0.1:8080');
    const steps = loadTarget('openbsd-7').image!.firstBoot.steps!;
    expect(steps.at(-1)).toEqual({ expect: 'Response file location?', send: 'http://10.0.2.100/install.conf' });
    expect(readFileSync(join(ROOT, 'vms', 'openbsd-7', 'install.conf'), 'utf8')).toMatch(/^Public ssh key for root account = @SW_KEY@$/m);
  });

  it('write the key into every first-boot script on its second line', () => {
    expect(withKey('#!/bin/sh\nset -eu\n', 'ssh-ed25519 AAAA scalewatch')).toBe("#!/bin/sh\nSW_KEY='ssh-ed25519 AAAA scalewatch'\nset -eu\n");
    expect(() => withKey('#!/bin/sh\n', "ssh-ed25519 AA'; rm -rf /")).toThrow(/characters a shell line cannot hold/);
    for (const name of BSDS) {
      const script = loadTarget(name).image!.firstBoot.script;
      if (!script) continue;
      const text = readFileSync(join(ROOT, 'vms', name, script), 'utf8');
      expect(text, name).toContain('"$SW_KEY"');
      expect(spawnSync('sh', ['-n', join(ROOT, 'vms', name, script)]).status, name).toBe(0);
    }
  });
});

const haveVagrant = spawnSync('sh', ['-c', 'command -v vagrant'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!haveVagrant)(`the Vagrantfile${haveVagrant ? '' : ' (skipped: vagrant is not installed)'}`, () => {
  it('passes vagrant validate for every target', () => {
    const home = mkdtempSync(join(tmpdir(), 'sw-vagrant-home-'));
    const r = spawnSync('vagrant', ['validate'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VAGRANT_HOME: process.env.VAGRANT_HOME ?? join(home, '.vagrant.d'), VAGRANT_DEFAULT_PROVIDER: 'libvirt', VAGRANT_CHECKPOINT_DISABLE: '1' }, timeout: 120_000 });
    expect(r.stderr.trim(), r.stdout).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Vagrantfile validated successfully.');
  });
});
