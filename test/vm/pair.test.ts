/**
 * Two versions of a target, one machine per side (src/vm/pair.ts, src/ab/drivers.ts, targetAt):
 * a PairDriver over two real local drivers, each with its own build of the suite, run through
 * runAb; a lost side that does not stop the other; each side's vms/<target>/ read from its commit
 * or directory; and the qemu initramfs fast path refused.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { abDriver, type AbSuites } from '../../src/ab/drivers.js';
import { runAb } from '../../src/ab/run.js';
import { resolveSide, targetAt, type ResolvedSide } from '../../src/ab/sides.js';
import { DEFAULT_OPTIONS } from '../../src/compare/types.js';
import { UserError } from '../../src/errors.js';
import { selectBenches } from '../../src/suite/benches.js';
import { SUITE_DIR } from '../../src/suite/build.js';
import { parseResults } from '../../src/suite/protocol.js';
import type { Driver, Invocation, InvocationEnd, RunSink, SuitePlan, TargetInfo } from '../../src/vm/driver.js';
import { LocalDriver } from '../../src/vm/local.js';
import { PairDriver } from '../../src/vm/pair.js';
import { vmsDir } from '../../src/vm/paths.js';
import { QemuDriver } from '../../src/vm/qemu/driver.js';
import { selectDriver } from '../../src/vm/select.js';
import { loadTarget, provisionPath, sameTarget } from '../../src/vm/targets.js';
import { addMarker, bumpedTargetRepo, copySuite as copySuiteTo } from '../helpers/suite-copies.js';
import { have, log, TEST_CACHE_DIR } from './helpers.js';

const cacheDir = TEST_CACHE_DIR;
const MARKER = '{"type":"build","suite":"pair-b"}';
const suiteReady = existsSync(join(SUITE_DIR, 'Makefile')) && have('make') && have('cc');
const never = new AbortController().signal;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function copySuite(): string {
  const dir = copySuiteTo('sw-pair-suite-');
  dirs.push(dir);
  return dir;
}

/** A copy of suite/ whose binaries print MARKER first thing. */
function markedSuite(): string {
  const dir = copySuite();
  addMarker(dir, MARKER, 'test/vm/pair.test.ts');
  return dir;
}

/** A real driver, watched: which invocations it was handed, and whether its build's marker came out (the marker is kept from the sink). */
class Watched implements Driver {
  readonly name: Driver['name'];
  readonly handed: Invocation[] = [];
  markers = 0;
  plainLines = 0;
  constructor(private readonly inner: Driver) {
    this.name = inner.name;
  }
  prepare(plan: SuitePlan, signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    return this.inner.prepare(plan, signal);
  }
  run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    this.handed.push(...plan.invocations);
    return this.inner.run(
      plan,
      {
        start: (inv) => sink.start(inv),
        line: (inv, text) => {
          if (text === MARKER) this.markers++;
          else {
            this.plainLines++;
            sink.line(inv, text);
          }
        },
        end: (inv, end) => sink.end(inv, end),
      },
      signal,
    );
  }
  teardown(): Promise<void> {
    return this.inner.teardown();
  }
}

const side = (label: string, suiteDir: string): ResolvedSide => ({ spec: label, label, commit: undefined, suiteDir, shippedSuite: false });

describe.skipIf(!suiteReady)('PairDriver over two real local drivers', () => {
  it('runs each side on its own driver and build, in plan order, and the ab sink gets the original invocations', { timeout: 600_000 }, async () => {
    const a = new Watched(new LocalDriver({ target: 'local', suiteDir: copySuite(), cacheDir, log }));
    const b = new Watched(new LocalDriver({ target: 'local', suiteDir: markedSuite(), cacheDir, log }));
    const pair = new PairDriver(a, b);
    // Spy on what the pair hands the sink: runAb's sink throws for an invocation that is not the plan's own object.
    const seen: { inv: Invocation; end?: InvocationEnd }[] = [];
    const realRun = pair.run.bind(pair);
    let planInvs: Invocation[] = [];
    pair.run = (plan, sink, signal) => {
      planInvs = plan.invocations;
      return realRun(plan, { start: (i) => { seen.push({ inv: i }); sink.start(i); }, line: (i, t) => sink.line(i, t), end: (i, e) => { seen[seen.length - 1]!.end = e; sink.end(i, e); } }, signal);
    };
    const out = tmp('sw-pair-out-');
    const text: string[] = [];
    const outcome = await runAb({
      target: 'local',
      suite: 'quick',
      benches: selectBenches('malloc'),
      rounds: 3,
      seed: 7,
      sides: { a: side('plain', SUITE_DIR), b: side('marked', SUITE_DIR) },
      outDir: out,
      driver: pair,
      compare: DEFAULT_OPTIONS,
      signal: never,
      write: (t) => text.push(t),
      tty: false,
    });
    // 3 rounds x (calib + malloc) x 2 sides, every one the plan's own object, in plan order.
    expect(planInvs).toHaveLength(12);
    expect(seen.map((s) => s.inv)).toEqual(planInvs);
    seen.forEach((s, i) => expect(s.inv).toBe(planInvs[i]));
    expect(seen.every((s) => s.end?.status === 'ok')).toBe(true);
    // A ran the invocations without a suite key; B the "b" ones, handed over without the key.
    expect(a.handed).toHaveLength(6);
    expect(b.handed).toHaveLength(6);
    expect(a.handed.every((inv) => inv.build === undefined && planInvs.includes(inv))).toBe(true);
    expect(b.handed.every((inv) => inv.build === undefined && !planInvs.includes(inv))).toBe(true);
    expect(b.handed.map((inv) => inv.args)).toEqual(planInvs.filter((inv) => inv.build === 'b').map((inv) => inv.args));
    // Only B's build printed the marker: once per invocation.
    expect(a.markers).toBe(0);
    expect(b.markers).toBe(6);
    expect(a.plainLines).toBeGreaterThan(0);
    expect(b.plainLines).toBeGreaterThan(0);
    for (const s of ['a', 'b'] as const) {
      const rs = parseResults(readFileSync(outcome.paths[s], 'utf8'));
      expect(rs.meta).toMatchObject({ abSide: s, pair: true, driver: 'local' });
      expect(rs.values.filter((v) => v.bench === 'malloc').map((v) => v.run).sort()).toEqual([0, 1, 2]);
      expect(rs.errors).toEqual([]);
    }
    expect(parseResults(readFileSync(outcome.paths.a, 'utf8')).meta).toHaveProperty('bBuildSec');
  });
});

/** A driver whose machine is lost on its second invocation. */
class LosesOnSecond implements Driver {
  readonly name = 'qemu' as const;
  runs = 0;
  tornDown = false;
  prepare(): Promise<{ metaLine: string; info: TargetInfo }> {
    return Promise.resolve({ metaLine: '{}', info: { bootSec: 1 } });
  }
  run(plan: SuitePlan, sink: RunSink): Promise<void> {
    for (const inv of plan.invocations) {
      this.runs++;
      sink.start(inv);
      if (this.runs === 2) sink.end(inv, { status: 'lost', reason: 'the guest panicked', consoleTail: ['Kernel panic'] });
      else {
        sink.line(inv, '{"type":"sample"}');
        sink.end(inv, { status: 'ok' });
      }
    }
    return Promise.resolve();
  }
  teardown(): Promise<void> {
    this.tornDown = true;
    return Promise.reject(new Error('teardown of the lost machine failed'));
  }
}

describe.skipIf(!suiteReady)('PairDriver: a lost side', () => {
  it('ends its later invocations as lost at once, and the other side goes on', { timeout: 300_000 }, async () => {
    const lossy = new LosesOnSecond();
    const real = new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, cacheDir, log });
    let realTornDown = false;
    const realTeardown = real.teardown.bind(real);
    real.teardown = async () => {
      realTornDown = true;
      await realTeardown();
    };
    const pair = new PairDriver(lossy, real);
    const mk = (build?: string): Invocation => ({ bench: 'socket', binary: 'swbench', args: ['run', 'socket', '-r', '1', '-n', '200', '-t', '60'], timeLimitSec: 60, runs: 1, ...(build ? { build } : {}) });
    const plan: SuitePlan = { target: 'local', suite: 'quick', invocations: [mk(), mk('b'), mk(), mk('b'), mk(), mk('b'), mk()] };
    const prepared = await pair.prepare(plan, never);
    expect(prepared.info).toMatchObject({ pair: true, bootSec: 1, bBuildSec: expect.any(Number) });
    expect('bDriver' in prepared.info).toBe(false);
    const ends = new Map<Invocation, InvocationEnd>();
    const lines = new Map<Invocation, number>();
    await pair.run(plan, { start: (i) => expect(ends.has(i)).toBe(false), line: (i) => lines.set(i, (lines.get(i) ?? 0) + 1), end: (i, e) => ends.set(i, e) }, never);
    const [a1, b1, a2, b2, a3, b3, a4] = plan.invocations as [Invocation, Invocation, Invocation, Invocation, Invocation, Invocation, Invocation];
    expect(lossy.runs).toBe(2);
    expect(ends.get(a1)).toEqual({ status: 'ok' });
    expect(ends.get(a2)).toMatchObject({ status: 'lost', reason: 'the guest panicked' });
    for (const inv of [a3, a4]) {
      const e = ends.get(inv);
      expect(e?.status).toBe('lost');
      expect(e?.status === 'lost' && e.reason).toMatch(/^not run: .*the guest panicked/);
      expect(lines.get(inv)).toBeUndefined();
    }
    for (const inv of [b1, b2, b3]) {
      expect(ends.get(inv)).toEqual({ status: 'ok' });
      expect(lines.get(inv)).toBeGreaterThan(0);
    }
    // Both torn down, the real one even though the other's teardown threw.
    await expect(pair.teardown()).rejects.toThrow('teardown of the lost machine failed');
    expect(lossy.tornDown).toBe(true);
    expect(realTornDown).toBe(true);
  });
});

describe('targetAt: a side\'s own vms/<target>/', () => {
  function repoWithTarget(): { repo: string; first: string; second: string } {
    const { repo, base, head } = bumpedTargetRepo('sw-pair-repo-');
    dirs.push(repo);
    return { repo, first: base, second: head };
  }

  it('reads it at each side\'s commit and in a directory side; undefined without one', async () => {
    const { repo, first, second } = repoWithTarget();
    const work = tmp('sw-pair-work-');
    const common = { repo, suitePath: 'suite', workDir: work, log };
    const a = await resolveSide({ ...common, spec: first, name: 'a' });
    const b = await resolveSide({ ...common, spec: second, name: 'b' });
    const defA = await targetAt(a, repo, 'debian-12', work);
    const defB = await targetAt(b, repo, 'debian-12', work);
    expect(defA?.qemu?.memoryMiB).toBe(1024);
    expect(defB?.qemu?.memoryMiB).toBe(1536);
    expect(defA?.dir).not.toBe(defB?.dir);
    expect(existsSync(provisionPath(defB!))).toBe(true);
    expect(provisionPath(defB!).startsWith(work)).toBe(true);
    // Apart from memory and where they were read from, both are the installed definition.
    expect(sameTarget(defA!, loadTarget('debian-12'))).toBe(true);
    expect(sameTarget(defA!, defB!)).toBe(false);
    // A directory side: its working tree as it is.
    const dirSide = await resolveSide({ ...common, spec: repo, name: 'b' });
    expect((await targetAt(dirSide, repo, 'debian-12', work))?.qemu?.memoryMiB).toBe(1536);
    // No such folder: undefined (the installed one stands in); `local` never has one.
    expect(await targetAt(a, repo, 'freebsd-14', work)).toBeUndefined();
    expect(await targetAt(a, repo, 'local', work)).toBeUndefined();
    expect(await targetAt(side('x', SUITE_DIR), undefined, 'debian-12', work)).toBeUndefined();
  });

  it('refuses a side\'s target.json that is not valid, naming it', async () => {
    const dir = tmp('sw-pair-bad-');
    mkdirSync(join(dir, 'vms', 'debian-12'), { recursive: true });
    writeFileSync(join(dir, 'vms', 'debian-12', 'target.json'), '{"os": "linux"}');
    await expect(targetAt({ ...side('bad', SUITE_DIR), dir }, undefined, 'debian-12', dir)).rejects.toThrow(/^vms\/debian-12\/target\.json is invalid/);
  });

  it('abDriver: one driver when the sides agree, one per side when they differ', async () => {
    const { repo, first, second } = repoWithTarget();
    const work = tmp('sw-pair-work-');
    const common = { repo, suitePath: 'suite', workDir: work, log };
    const a = await resolveSide({ ...common, spec: first, name: 'a' });
    const b = await resolveSide({ ...common, spec: second, name: 'b' });
    const made: AbSuites[] = [];
    const logs: string[] = [];
    const make = (s: AbSuites) => {
      made.push(s);
      return Promise.resolve(new LosesOnSecond() as Driver);
    };
    const same = await abDriver({ target: 'debian-12', sides: { a, b: a }, repo, workDir: work, log: (m) => logs.push(m), make });
    expect(same).not.toBeInstanceOf(PairDriver);
    expect(made).toEqual([{ suiteDir: a.suiteDir, extraSuites: { b: a.suiteDir } }]);
    made.length = 0;
    const two = await abDriver({ target: 'debian-12', sides: { a, b }, repo, workDir: work, log: (m) => logs.push(m), make });
    expect(two).toBeInstanceOf(PairDriver);
    expect(logs).toEqual(['vms/debian-12 differs between the sides: booting one guest per side']);
    expect(made.map((m) => [m.suiteDir, m.extraSuites, m.targetDef?.qemu?.memoryMiB])).toEqual([
      [a.suiteDir, undefined, 1024],
      [b.suiteDir, undefined, 1536],
    ]);
  });
});

describe('PairDriver refuses the qemu initramfs fast path', () => {
  const target = loadTarget('debian-12');
  const qemu = (mode: 'initramfs' | 'image') => new QemuDriver({ target, suiteDir: SUITE_DIR, workDir: tmpdir(), cacheDir, log, mode });

  it('with a UserError naming --qemu-mode image and the vagrant driver', () => {
    expect(() => new PairDriver(qemu('initramfs'), qemu('image'))).toThrow(UserError);
    expect(() => new PairDriver(qemu('image'), qemu('initramfs'))).toThrow(/--qemu-mode image or the vagrant driver/);
    expect(new PairDriver(qemu('image'), qemu('image')).name).toBe('qemu');
  });

  it('when two target versions would boot in initramfs mode through abDriver', async () => {
    const before = process.env.SCALEWATCH_QEMU_MODE;
    delete process.env.SCALEWATCH_QEMU_MODE;
    try {
      const dir = tmp('sw-pair-init-');
      cpSync(join(vmsDir(), 'debian-12'), join(dir, 'vms', 'debian-12'), { recursive: true });
      const file = join(dir, 'vms', 'debian-12', 'target.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"memoryMiB": 1024,\n    "cpus": 2,\n    "bootLimitSec": 60', '"memoryMiB": 1536,\n    "cpus": 2,\n    "bootLimitSec": 60'));
      const sides = { a: side('installed', SUITE_DIR), b: { ...side('changed', SUITE_DIR), dir } };
      await expect(abDriver({ target: 'debian-12', sides, repo: undefined, workDir: dir, log, make: (s) => selectDriver({ target: 'debian-12', log, ...s }) })).rejects.toThrow(
        /^Two versions of a target .* use --qemu-mode image or the vagrant driver\.$/,
      );
    } finally {
      if (before !== undefined) process.env.SCALEWATCH_QEMU_MODE = before;
    }
  });
});
