/**
 * The VM drivers' pure pieces, as tables: serial framing, plan scripts, shell quoting, remote
 * commands, console ring, target definitions (every vms/<name>/target.json must load).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConsoleRing } from '../../src/vm/console.js';
import { parseFrame } from '../../src/vm/qemu/framing.js';
import { planScript } from '../../src/vm/qemu/initramfs.js';
import { describeAccel } from '../../src/vm/qemu/kvm.js';
import { remoteExtraSuiteDirs } from '../../src/vm/ssh/guest-setup.js';
import { shellQuote } from '../../src/vm/shell.js';
import { remoteCommand } from '../../src/vm/ssh/remote-run.js';
import { listTargets, loadTarget, parseTarget } from '../../src/vm/targets.js';
import { stubPlan } from './helpers.js';

describe('serial framing', () => {
  it.each([
    ['@@SW BEGIN 3', { kind: 'begin', id: '3' }],
    ['@@SW BEGIN meta', { kind: 'begin', id: 'meta' }],
    ['@@SW END 3 0 12', { kind: 'end', id: '3', code: 0, seconds: 12, timedOut: false }],
    ['@@SW END 2 137 70 timeout', { kind: 'end', id: '2', code: 137, seconds: 70, timedOut: true }],
    ['@@SW STDERR 1 fork: Resource temporarily unavailable', { kind: 'stderr', id: '1', text: 'fork: Resource temporarily unavailable' }],
    ['@@SW STDERR 1', { kind: 'stderr', id: '1', text: '' }],
    ['@@SW DONE', { kind: 'done' }],
    ['{"type":"sample"}', { kind: 'data', text: '{"type":"sample"}' }],
    ['@@SW END 3 abc 1', { kind: 'data', text: '@@SW END 3 abc 1' }],
    ['@@SW END 3 99999 1', { kind: 'data', text: '@@SW END 3 99999 1' }],
    ['@@SW BOGUS', { kind: 'data', text: '@@SW BOGUS' }],
    ['\u0000\u00ff@@SW DONE', { kind: 'data', text: '\u0000\u00ff@@SW DONE' }],
  ])('%j', (line, frame) => {
    expect(parseFrame(line)).toEqual(frame);
  });
});

describe('shell quoting', () => {
  it.each([
    ['socket', 'socket'],
    ['-n', '-n'],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$(reboot)', "'$(reboot)'"],
    ['', "''"],
  ])('%j -> %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it('round-trips through a real shell', () => {
    const words = ['plain', 'two words', "quote's", '$HOME', '`id`', 'a\nb', '*'];
    const out = execFileSync('sh', ['-c', `printf '%s\\0' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
    expect(out.split('\0').slice(0, -1)).toEqual(words);
  });
});

describe('initramfs plan script', () => {
  it('runs meta, then each invocation with its limit and binary, leaving out skipped ones', () => {
    const plan = stubPlan('debian-12', [['socket', 2000, 120], ['fork-static', 300, 120, 'swbench-static'], ['mmap', 10, 7.5]]);
    expect(planScript(plan, new Set([1]))).toBe(
      ['sw_meta debian-12', 'sw_invoke 0 120 /sw/swbench run socket -r 1 -n 2000 -t 120', 'sw_invoke 2 8 /sw/swbench run mmap -r 1 -n 10 -t 7.5', ''].join('\n'),
    );
  });

  it('runs an invocation that names an extra build from /sw-KEY, the others from /sw', () => {
    const plan = stubPlan('debian-12', [['socket', 200, 60], ['socket', 200, 60], ['fork-static', 300, 120, 'swbench-static'], ['socket', 200, 60]]);
    plan.invocations[1] = { ...plan.invocations[1]!, build: 'base' };
    plan.invocations[2] = { ...plan.invocations[2]!, build: 'ref-2' };
    plan.invocations[3] = { ...plan.invocations[3]!, build: 'nope' };
    expect(planScript(plan, new Set([3]))).toBe(
      [
        'sw_meta debian-12',
        'sw_invoke 0 60 /sw/swbench run socket -r 1 -n 200 -t 60',
        'sw_invoke 1 60 /sw-base/swbench run socket -r 1 -n 200 -t 60',
        'sw_invoke 2 120 /sw-ref-2/swbench-static run fork-static -r 1 -n 300 -t 120',
        '',
      ].join('\n'),
    );
  });
});

describe('remote command', () => {
  it('raises limits as root and execs the suite in its folder', () => {
    const inv = stubPlan('t', [['socket', 100, 60]]).invocations[0]!;
    expect(remoteCommand({ suiteDir: 'scalewatch-suite', become: 'doas', limits: { nofile: 1000, nproc: 50 } }, inv)).toBe(
      "cd scalewatch-suite && doas sh -c 'ulimit -n 1000 2>/dev/null || ulimit -n unlimited 2>/dev/null; { ulimit -u 50 || ulimit -p 50; } 2>/dev/null; exec ./swbench run socket -r 1 -n 100 -t 60'",
    );
    expect(remoteCommand({ suiteDir: 'd', become: '', limits: { nofile: 1, nproc: 1 } }, inv)).toMatch(/^cd d && sh -c '/);
  });

  it("cds into the folder of the invocation's build: the main one, or an extra one by key", () => {
    const inv = stubPlan('t', [['socket', 100, 60]]).invocations[0]!;
    const g = { suiteDir: 'scalewatch-suite', extraSuiteDirs: { base: 'scalewatch-suite-base' }, become: '', limits: { nofile: 1000, nproc: 50 } };
    expect(remoteCommand(g, { ...inv, build: 'base' })).toBe(
      "cd scalewatch-suite-base && sh -c 'ulimit -n 1000 2>/dev/null || ulimit -n unlimited 2>/dev/null; { ulimit -u 50 || ulimit -p 50; } 2>/dev/null; exec ./swbench run socket -r 1 -n 100 -t 60'",
    );
    expect(remoteCommand(g, inv)).toMatch(/^cd scalewatch-suite && sh -c '/);
    expect(remoteCommand({ ...g, become: 'sudo' }, { ...inv, binary: 'swbench-static', build: 'base' })).toMatch(/^cd scalewatch-suite-base && sudo sh -c '.*exec \.\/swbench-static run /);
    expect(() => remoteCommand(g, { ...inv, build: 'nope' })).toThrow('no suite build named "nope"');
    expect(() => remoteCommand(g, { ...inv, build: 'toString' })).toThrow('no suite build named "toString"');
    expect(remoteExtraSuiteDirs({ base: '/src/a', 'ref-2': '/src/b' })).toEqual({ base: 'scalewatch-suite-base', 'ref-2': 'scalewatch-suite-ref-2' });
  });
});

describe('remote limits in a real shell', () => {
  it('raises the descriptor and process limits in dash (sh here) as the guest shell would', () => {
    const inv = { ...stubPlan('t', [['x', 1, 1]]).invocations[0]!, binary: 'swbench' as const };
    const cmd = remoteCommand({ suiteDir: '/', become: '', limits: { nofile: 512, nproc: 77 } }, inv).replace("exec ./swbench run x -r 1 -n 1 -t 1", 'ulimit -n; ulimit -a | grep -i proc');
    const out = execFileSync('sh', ['-c', cmd], { encoding: 'utf8' });
    expect(out.split('\n')[0]).toBe('512');
    expect(out).toMatch(/proc\S*\s.*77/);
  });
});

describe('console ring', () => {
  it('keeps the last lines, cut and cleaned, across partial chunks', () => {
    const ring = new ConsoleRing(3, 10);
    ring.push('one\r\ntw');
    ring.push('o\n\x1b[1mthree\x1b[0m\nfour\x00\x07\nfive is a long line\npartial');
    ring.flush();
    expect(ring.tail()).toEqual(['four', 'five is a ', 'partial']);
    expect(ring.count).toBe(6);
    expect(ring.includes(/^four$/)).toBe(true);
  });
});

describe('console report', () => {
  it('keeps a panic line that its stack trace scrolled out of the tail', () => {
    const ring = new ConsoleRing(100);
    ring.push('boot\nKernel panic - not syncing: sysrq triggered crash\n');
    for (let i = 0; i < 40; i++) ring.push(`trace ${i}\n`);
    const r = ring.report(5);
    expect(r).toEqual(['Kernel panic - not syncing: sysrq triggered crash', '…', 'trace 37', 'trace 38', 'trace 39']);
    expect(new ConsoleRing(10).report(3)).toEqual([]);
  });
});

describe('accel log line', () => {
  it('says why TCG is used', () => {
    expect(describeAccel({ accel: 'tcg', reason: 'no /dev/kvm' })).toBe('KVM unavailable (no /dev/kvm); using TCG software emulation');
    expect(describeAccel({ accel: 'kvm' })).toMatch(/^KVM available/);
  });
});

describe('targets', () => {
  it('defines debian-12 and the BSDs, each loadable with its provisioning script', () => {
    expect(listTargets()).toEqual(['debian-12', 'dragonflybsd-6', 'freebsd-14', 'freebsd-15', 'freebsd-15-zfs', 'netbsd-10', 'openbsd-7']);
    for (const name of listTargets()) {
      const t = loadTarget(name);
      expect(t.vagrant.version).toMatch(/^\d/);
      expect(t.limits.nofile).toBeGreaterThan(1000);
      // Every target on QEMU by default; Vagrant on boxes built here when asked for.
      expect(t.defaultDriver).toBe('qemu');
      expect(t.vagrant.localBuild).toBe(t.os === 'linux' ? 'build-debian-box.sh' : 'build-image-box.sh');
    }
    // Per-OS libvirt settings only together with a CPU model (vagrant-libvirt refuses features without one).
    expect(loadTarget('openbsd-7').vagrant.libvirt).toMatchObject({ cpuModel: 'qemu64', cpuFeaturesOff: ['pdpe1gb'] });
    expect(loadTarget('dragonflybsd-6').vagrant.libvirt?.cpuModel).toBe('qemu64');
    expect(loadTarget('netbsd-10').vagrant.libvirt?.qemuArgs).toEqual(['-global', 'virtio-net-pci.ctrl_vq=off']);
    expect(loadTarget('debian-12').qemu?.mode).toBe('initramfs');
  });

  it('refuses unknown targets and bad definitions with one sentence', () => {
    expect(() => loadTarget('plan9')).toThrow(/Unknown target "plan9"; defined targets are: local, debian-12, /);
    expect(() => loadTarget('../etc')).toThrow(/Unknown target/);
    expect(() => parseTarget('x', '{')).toThrow(/vms\/x\/target.json is not valid JSON/);
    expect(() => parseTarget('x', '{"os":"plan9"}')).toThrow(/vms\/x\/target.json is invalid: /);
  });

  it('provisioning scripts are valid POSIX sh', () => {
    for (const name of listTargets()) {
      const t = loadTarget(name);
      execFileSync('sh', ['-n', `vms/${name}/${t.provision}`]);
    }
  });
});
