/**
 * The benchmarks that time one process waking another run with all their processes on one CPU
 * (src/vm/placement.ts): the command words per system, the plan's flag, the initramfs plan line and
 * the SSH command, and, for real on this host, a suite whose processes report the CPUs they may use.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makePlan } from '../../src/run/plan.js';
import { BENCHES, ONE_CPU_BENCHES, selectBenches } from '../../src/suite/benches.js';
import type { Invocation, InvocationEnd, RunSink } from '../../src/vm/driver.js';
import { LocalDriver } from '../../src/vm/local.js';
import { firstAllowedCpu, hostOs, oneCpuCommand, oneCpuInfo } from '../../src/vm/placement.js';
import { INITRAMFS_ONE_CPU, planScript } from '../../src/vm/qemu/initramfs.js';
import { remoteCommand } from '../../src/vm/ssh/remote-run.js';
import { copySuite } from '../helpers/suite-copies.js';
import { have, log, TEST_CACHE_DIR } from './helpers.js';

describe('which benchmarks run on one CPU', () => {
  it('are the four that time one process waking another, and the plan marks only their invocations', () => {
    expect(ONE_CPU_BENCHES).toEqual(['connect', 'http', 'pipe', 'ctxswitch']);
    const plan = makePlan({ target: 't', suite: 'quick', benches: selectBenches('socket,connect,pipe,http-rps') });
    expect(plan.invocations.map((i) => [i.bench, i.oneCpu === true])).toEqual([
      ['socket', false],
      ['connect', true],
      ['pipe', true],
      ['http-rps', false],
    ]);
    // The flag is the catalogue's, not a second list.
    for (const b of BENCHES) expect(makePlan({ target: 't', suite: 'quick', benches: [b] }).invocations.at(-1)!.oneCpu === true).toBe(b.oneCpu === true);
  });
});

describe('the command words of each system', () => {
  it('are its own affinity tool, CPU 0 in a guest, and none on OpenBSD', () => {
    expect(oneCpuCommand('linux')).toEqual(['taskset', '-c', '0']);
    expect(oneCpuCommand('linux', 3)).toEqual(['taskset', '-c', '3']);
    expect(oneCpuCommand('freebsd')).toEqual(['cpuset', '-l', '0']);
    expect(oneCpuCommand('netbsd')).toEqual(['schedctl', '-A', '0']);
    // usched takes [scheduler]:cpumask; a mask of bit 0 is CPU 0.
    expect(oneCpuCommand('dragonfly')).toEqual(['usched', ':0x1']);
    expect(oneCpuCommand('dragonfly', 4)).toEqual(['usched', ':0x10']);
    expect(oneCpuCommand('openbsd')).toBeNull();
    expect(oneCpuInfo(['cpuset', '-l', '0'])).toEqual({ oneCpu: 'cpuset -l 0' });
    expect(oneCpuInfo(null)).toEqual({});
    expect(hostOs('linux')).toBe('linux');
    expect(hostOs('darwin')).toBeNull();
  });

  it('read the first CPU this process may use from /proc/self/status', () => {
    expect(firstAllowedCpu('Name:\tnode\nCpus_allowed_list:\t0-3\n')).toEqual({ first: 0, count: 4 });
    expect(firstAllowedCpu('Cpus_allowed_list:\t6,2-3\n')).toEqual({ first: 2, count: 3 });
    expect(firstAllowedCpu('Cpus_allowed_list:\t5\n')).toEqual({ first: 5, count: 1 });
    expect(firstAllowedCpu('Name:\tnode\n')).toBeNull();
    expect(firstAllowedCpu('Cpus_allowed_list:\t3-1\n')).toBeNull();
    expect(firstAllowedCpu('Cpus_allowed_list:\tx\n')).toBeNull();
  });
});

describe('a guest runs a one-CPU invocation under its tool', () => {
  const [socket, connect] = makePlan({ target: 't', suite: 'quick', benches: selectBenches('socket,connect') }).invocations as [Invocation, Invocation];

  it('in the initramfs plan, through busybox taskset', () => {
    const lines = planScript({ target: 't', suite: 'quick', invocations: [socket, connect] }).split('\n');
    expect(lines[1]).toMatch(/^sw_invoke 0 120 \/sw\/swbench run socket /);
    expect(lines[2]).toMatch(/^sw_invoke 1 120 taskset -c 0 \/sw\/swbench run connect /);
  });

  it('over SSH, inside the root shell that raised the limits, only where the guest has a tool', () => {
    const g = { suiteDir: 's', become: 'sudo', limits: { nofile: 10, nproc: 10 }, oneCpu: oneCpuCommand('freebsd') };
    expect(remoteCommand(g, connect)).toMatch(/; exec cpuset -l 0 \.\/swbench run connect /);
    expect(remoteCommand(g, socket)).toMatch(/; exec \.\/swbench run socket /);
    expect(remoteCommand({ ...g, oneCpu: oneCpuCommand('openbsd') }, connect)).toMatch(/; exec \.\/swbench run connect /);
  });

  it.skipIf(!have('busybox'))("in this host's busybox, the one packed into the initramfs, with the words the plan gives", () => {
    const out = execFileSync('busybox', [...INITRAMFS_ONE_CPU, 'busybox', 'grep', 'Cpus_allowed_list', '/proc/self/status'], { encoding: 'utf8' });
    expect(out).toMatch(/^Cpus_allowed_list:\s+0$/m);
  });
});

// A copy of the suite whose processes print the CPUs they may use before anything else runs.
const PRINT_ALLOWED = [
  '',
  '/* Added by test/vm/placement.test.ts: print the CPUs this process may use, first thing. */',
  '#include <stdio.h>',
  '#include <string.h>',
  '__attribute__((constructor)) static void',
  'sw_test_allowed(void)',
  '{',
  '\tchar line[256];',
  '\tFILE *f = fopen("/proc/self/status", "r");',
  '',
  '\tif (f == NULL)',
  '\t\treturn;',
  '\twhile (fgets(line, sizeof(line), f) != NULL)',
  '\t\tif (strncmp(line, "Cpus_allowed_list:", 18) == 0)',
  '\t\t\tprintf("allowed %s", line + 18);',
  '\tfclose(f);',
  '\tfflush(stdout);',
  '}',
  '',
].join('\n');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const allowed = firstAllowedCpu(readFileSync('/proc/self/status', 'utf8').toString());
const ready = hostOs() === 'linux' && have('taskset') && have('make') && have('cc') && (allowed?.count ?? 0) > 1;

describe.skipIf(!ready)('the local driver, real processes', () => {
  it('runs pipe on the first CPU this host allows and socket on every CPU, and says how in its info', { timeout: 180_000 }, async () => {
    const suiteDir = copySuite('sw-placement-suite-');
    dirs.push(suiteDir);
    appendFileSync(`${suiteDir}/linkmode.c`, PRINT_ALLOWED);
    const plan = makePlan({ target: 'local', suite: 'quick', benches: selectBenches('pipe,socket') });
    const invocations = plan.invocations.map((i) => ({ ...i, args: i.bench === 'pipe' ? ['run', 'pipe', '-r', '1', '-s', '0.05', '-t', '30'] : ['run', 'socket', '-r', '1', '-n', '10', '-t', '30'] }));
    const driver = new LocalDriver({ target: 'local', suiteDir, cacheDir: TEST_CACHE_DIR, log });
    const { info } = await driver.prepare({ ...plan, invocations }, new AbortController().signal);
    expect(info.oneCpu).toBe(`taskset -c ${allowed!.first}`);
    const seen = new Map<string, string[]>();
    const ends: InvocationEnd[] = [];
    const sink: RunSink = {
      start: (inv) => seen.set(inv.bench, []),
      line: (inv, text) => seen.get(inv.bench)!.push(text),
      end: (_inv, end) => ends.push(end),
    };
    await driver.run({ ...plan, invocations }, sink, new AbortController().signal);
    await driver.teardown();
    expect(ends.map((e) => e.status)).toEqual(['ok', 'ok']);
    const cpus = (bench: string) => [...new Set(seen.get(bench)!.filter((l) => l.startsWith('allowed ')).map((l) => l.slice(8).trim()))];
    // The process taskset started is held to one CPU (pipe's child, forked from it, inherits the mask); socket is not.
    expect(cpus('pipe')).toEqual([String(allowed!.first)]);
    const all = /^Cpus_allowed_list:\s*(\S+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]!;
    expect(cpus('socket')).toEqual([all]);
    // The benchmarks still measured: a value of pipe, samples of socket.
    expect(seen.get('pipe')!.some((l) => l.includes('"type":"value"'))).toBe(true);
    expect(seen.get('socket')!.some((l) => l.includes('"type":"sample"'))).toBe(true);
  });
});
