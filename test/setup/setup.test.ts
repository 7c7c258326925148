/**
 * The host set-up (scripts/setup.sh and the Action's use of it). The script runs for real, with
 * --dry-run, against this machine's own dpkg and apt; a runner we do not have (Ubuntu 24.04, whose
 * apt sources have no vagrant; the same after HashiCorp's repository was added) is stood in for by
 * `apt-cache` and `dpkg-query` wrappers first on PATH that answer for the named packages only.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plannedTargets, prepareRunner } from '../../src/action/host.js';
import { SETUP_SCRIPT, setupArgs } from '../../src/setup/host.js';
import { cacheEntries, setupGroups } from '../../src/setup/plan.js';

interface Host {
  /** Packages no apt source offers. */
  noCandidate?: string[];
  /** Packages reported as not installed. */
  absent?: string[];
}

/** A PATH whose apt-cache and dpkg-query answer as `host` says for its packages, and as this machine's otherwise. */
function standIn(host: Host): string {
  const dir = mkdtempSync(join(tmpdir(), 'scalewatch-host-'));
  const none = (host.noCandidate ?? []).join('|') || '-';
  const absent = (host.absent ?? []).join('|') || '-';
  writeFileSync(join(dir, 'apt-cache'), `#!/bin/sh\ncase "$2" in ${none}) printf '%s:\\n  Installed: (none)\\n  Candidate: (none)\\n' "$2";; *) [ "$1" = policy ] && case "$2" in ${absent}) printf '%s:\\n  Installed: (none)\\n  Candidate: 9.9\\n' "$2"; exit 0;; esac; exec /usr/bin/apt-cache "$@";; esac\n`);
  writeFileSync(join(dir, 'dpkg-query'), `#!/bin/sh\nfor a; do last=$a; done\ncase "$last" in ${none}|${absent}) exit 1;; *) exec /usr/bin/dpkg-query "$@";; esac\n`);
  for (const f of ['apt-cache', 'dpkg-query']) chmodSync(join(dir, f), 0o755);
  chmodSync(dir, 0o755);
  return `${dir}:${process.env.PATH}`;
}

function setup(args: string[], host: Host = {}) {
  const r = spawnSync('bash', [SETUP_SCRIPT, ...args, '--dry-run'], { encoding: 'utf8', env: { ...process.env, PATH: standIn(host) } });
  return { code: r.status, out: r.stdout, err: r.stderr, would: r.stdout.split('\n').filter((l) => l.startsWith('setup: would run: ')).map((l) => l.slice(18)) };
}

describe('scripts/setup.sh', () => {
  it('installs only what is missing, in one apt-get call, and nothing when all is there', () => {
    const all = setup(['--build', '--qemu']);
    expect(all.code, all.err).toBe(0);
    expect(all.would.some((c) => c.includes('apt-get install'))).toBe(false);
    const noQemu = setup(['--build', '--qemu'], { absent: ['qemu-system-x86', 'busybox-static'] });
    expect(noQemu.code, noQemu.err).toBe(0);
    expect(noQemu.out).toContain('setup: installing qemu-system-x86 busybox-static');
    expect(noQemu.would).toContain('apt-get update -qq');
    expect(noQemu.would.filter((c) => c.includes('apt-get install'))).toEqual(['env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends qemu-system-x86 busybox-static']);
  });

  it('gives the runner user KVM through a udev rule and the device mode, and libvirt only for vagrant', () => {
    const qemu = setup(['--qemu', '--user', 'runner']);
    expect(qemu.code, qemu.err).toBe(0);
    expect(qemu.would).toContain('chmod 0666 /dev/kvm');
    // The udev rule where udev is (GitHub's runners); the device mode alone where it is not (this container).
    const rule = qemu.would.find((c) => c.includes('/etc/udev/rules.d/99-scalewatch-kvm.rules'));
    if (existsSync('/etc/udev/rules.d') && !existsSync('/etc/udev/rules.d/99-scalewatch-kvm.rules')) expect(rule).toContain('MODE="0666"');
    else expect(rule).toBeUndefined();
    expect(qemu.would.some((c) => c.includes('libvirt'))).toBe(false);
    const vagrant = setup(['--vagrant', '--user', 'runner']);
    expect(vagrant.code, vagrant.err).toBe(0);
    expect(vagrant.would).toContain('usermod -aG libvirt runner');
  });

  it('on Ubuntu 24.04 (no vagrant package anywhere) refreshes the lists once, then stops with exit 3 and says what to add', () => {
    const r = setup(['--vagrant', '--user', 'runner'], { noCandidate: ['vagrant', 'vagrant-libvirt'] });
    expect(r.code).toBe(3);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain("no apt source of this machine has a vagrant package (Ubuntu 24.04 and Debian 13 dropped it); add HashiCorp's apt repository");
    expect(r.would).toEqual(['apt-get update -qq']);
  });

  it('on Ubuntu 24.04 with nothing but the qemu targets\' groups needs no vagrant at all', () => {
    const r = setup(['--build', '--qemu', '--user', 'runner'], { noCandidate: ['vagrant', 'vagrant-libvirt'], absent: ['genisoimage'] });
    expect(r.code, r.err).toBe(0);
    expect(r.would.find((c) => c.includes('apt-get install'))).toContain('genisoimage');
    expect(r.out).not.toContain('vagrant');
  });

  it("with HashiCorp's source added in an earlier step but no list refresh, refreshes the lists, then installs vagrant and the plugin", () => {
    if (process.getuid?.() !== 0) return;
    // Not a dry run: stand-ins for apt-get, apt-cache, dpkg-query and vagrant that act like Ubuntu 24.04
    // whose sources list names HashiCorp's repository that apt has not read yet. Each call is recorded.
    const dir = mkdtempSync(join(tmpdir(), 'scalewatch-apt-'));
    const calls = join(dir, 'calls');
    const lists = join(dir, 'lists-refreshed');
    const sh = (name: string, body: string) => {
      writeFileSync(join(dir, name), `#!/bin/sh\necho "${name} $*" >> ${calls}\n${body}\n`);
      chmodSync(join(dir, name), 0o755);
    };
    sh('apt-get', `[ "$1" = update ] || [ "$2" = update ] && touch ${lists}; exit 0`);
    sh('apt-cache', `case "$2" in vagrant) [ -f ${lists} ] && v=2.4.9 || v='(none)';; vagrant-libvirt) v='(none)';; *) exec /usr/bin/apt-cache "$@";; esac; printf '%s:\\n  Installed: (none)\\n  Candidate: %s\\n' "$2" "$v"`);
    sh('dpkg-query', 'for a; do last=$a; done; case "$last" in vagrant|vagrant-libvirt|libvirt-dev) exit 1;; *) exec /usr/bin/dpkg-query "$@";; esac');
    sh('vagrant', 'exit 0');
    const r = spawnSync('bash', [SETUP_SCRIPT, '--vagrant'], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, SCALEWATCH_SETUP_DRY_RUN: '0' } });
    expect(r.status, r.stderr).toBe(0);
    const log = readFileSync(calls, 'utf8').trim().split('\n');
    const update = log.indexOf('apt-get update -qq');
    expect(update).toBeGreaterThanOrEqual(0);
    expect(log.filter((l) => l === 'apt-get update -qq')).toHaveLength(1);
    const install = log.findIndex((l) => l.startsWith('apt-get install'));
    expect(install).toBeGreaterThan(update);
    expect(log[install]!.split(' ')).toEqual(expect.arrayContaining(['vagrant', 'libvirt-dev']));
    expect(log.indexOf('vagrant plugin install vagrant-libvirt')).toBeGreaterThan(install);
    expect(r.stdout).toContain('setup: no vagrant package in the package lists; refreshing them');
  });

  it("with HashiCorp's repository added (vagrant, no vagrant-libvirt package) installs vagrant and libvirt-dev, then the plugin as the runner user", () => {
    const r = setup(['--vagrant', '--user', 'runner'], { noCandidate: ['vagrant-libvirt'], absent: ['vagrant', 'libvirt-dev'] });
    expect(r.code, r.err).toBe(0);
    const install = r.would.find((c) => c.includes('apt-get install'))!;
    expect(install.split(' ')).toEqual(expect.arrayContaining(['vagrant', 'libvirt-dev']));
    expect(install.split(' ')).not.toContain('vagrant-libvirt');
    expect(r.would).toContain('runuser -u runner -- vagrant plugin install vagrant-libvirt');
    // The plugin comes after the packages it builds against.
    expect(r.would.indexOf('runuser -u runner -- vagrant plugin install vagrant-libvirt')).toBeGreaterThan(r.would.indexOf(install));
  });

  it('refuses an unknown option with one sentence, and a missing package without root or sudo with the command to run', () => {
    const bad = setup(['--vms']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toMatch(/^setup: unknown option --vms/);
    if (process.getuid?.() !== 0) return;
    // As a user with no sudo at all: nobody.
    const r = spawnSync('runuser', ['-u', 'nobody', '--', 'env', `PATH=${standIn({ absent: ['bmake'] })}`, 'bash', SETUP_SCRIPT, '--tests'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`setup: bmake needs root, and this user has no passwordless sudo; run: sudo bash ${SETUP_SCRIPT} --tests`);
  });
});

describe('what a run needs', () => {
  it('asks for QEMU with any VM target and Vagrant only with a vagrant target', () => {
    expect(setupGroups(plannedTargets(['local'], { driver: undefined }))).toEqual(['build']);
    expect(setupGroups(plannedTargets(['debian-12'], { driver: undefined }))).toEqual(['build', 'qemu']);
    // The BSD targets boot their published images with QEMU: no Vagrant unless asked for.
    expect(setupGroups(plannedTargets(['debian-12', 'freebsd-14', 'openbsd-7'], { driver: undefined }))).toEqual(['build', 'qemu']);
    expect(setupGroups(plannedTargets(['freebsd-14'], { driver: 'vagrant' }))).toEqual(['build', 'qemu', 'vagrant']);
    expect(setupGroups(plannedTargets(['debian-12'], { driver: 'vagrant' }))).toEqual(['build', 'qemu', 'vagrant']);
    expect(setupArgs({ groups: ['build'], user: 'runner' })).toEqual(['--build']);
    expect(setupArgs({ groups: ['build', 'qemu'], user: 'runner' })).toEqual(['--build', '--qemu', '--user', 'runner']);
  });

  it('caches guests, published images and their first boots per runner image and recipe, and downloads no box', () => {
    const ctx = { cacheDir: '/c', imageOs: 'ubuntu24', imageVersion: '20261120.1', recipe: 'abc' };
    const entries = cacheEntries(plannedTargets(['local', 'debian-12', 'freebsd-14', 'netbsd-10'], { driver: 'vagrant' }), ctx);
    expect(entries).toEqual([{ what: 'guest kernels and images', paths: ['/c', '!/c/suite-*'], key: 'scalewatch-guests-v1-ubuntu24-abc-20261120.1', restoreKeys: ['scalewatch-guests-v1-ubuntu24-abc-'] }]);
    expect(cacheEntries(plannedTargets(['local'], { driver: undefined }), ctx)).toEqual([]);
  });
});

describe('the Action preparing its runner', () => {
  it('on Ubuntu 24.04 without HashiCorp\'s repository: targets asked for on the vagrant driver are unusable with the reason', async () => {
    const logs: string[] = [];
    const env = { ...process.env, PATH: standIn({ noCandidate: ['vagrant', 'vagrant-libvirt'] }), SCALEWATCH_SETUP_DRY_RUN: '1' };
    const host = await prepareRunner(['freebsd-14', 'openbsd-7'], { driver: 'vagrant', skipSetup: false }, (m) => logs.push(m), env);
    expect([...host.unusable.keys()]).toEqual(['freebsd-14', 'openbsd-7']);
    expect(host.unusable.get('freebsd-14')).toMatch(/^Preparing this host failed \(scripts\/setup.sh exit 3\): no apt source of this machine has a vagrant package/);
    expect(logs[0]).toMatch(/^host set-up: bash scripts\/setup.sh --build --qemu --user \S+$/);
    expect(logs).toContain('cache: this runner offers no Actions cache service; kernels, images and boxes are fetched afresh');
    await host.finish();
  });

  it('with skip-setup runs nothing and says so', async () => {
    const logs: string[] = [];
    const host = await prepareRunner(['local'], { driver: undefined, skipSetup: true }, (m) => logs.push(m));
    expect(logs).toEqual(['host set-up: skipped (skip-setup: true); the host must already have what scripts/setup.sh installs']);
    expect(host.unusable.size).toBe(0);
  });
});
