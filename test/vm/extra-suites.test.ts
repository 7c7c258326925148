/**
 * Several builds of the suite in one driver (Invocation.build, the drivers' extraSuites), for real:
 * the real suite twice, the main build a plain copy of suite/ and the extra one a copy that says
 * who it is (a marker line its binaries print before anything else, and its own suiteVersion), so
 * that every invocation shows which build ran it. Locally with the host's cc, and once in a Debian
 * guest through the qemu driver's initramfs fast path.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { SUITE_DIR } from '../../src/suite/build.js';
import type { Invocation, SuitePlan } from '../../src/vm/driver.js';
import { buildInitramfs } from '../../src/vm/qemu/initramfs.js';
import { LocalDriver } from '../../src/vm/local.js';
import { scriptPath } from '../../src/vm/paths.js';
import { QemuDriver } from '../../src/vm/qemu/driver.js';
import { selectDriver } from '../../src/vm/select.js';
import { loadTarget } from '../../src/vm/targets.js';
import { addMarker, copySuite as copySuiteTo } from '../helpers/suite-copies.js';
import { have, log, RecordingSink, TEST_CACHE_DIR } from './helpers.js';

const cacheDir = TEST_CACHE_DIR;
const KEY = 'next';
const MARKER = `{"type":"build","suite":"${KEY}"}`;
const suiteReady = existsSync(join(SUITE_DIR, 'Makefile')) && have('make') && have('cc');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of suite/'s sources (no objects, no binaries). */
function copySuite(): string {
  const dir = copySuiteTo('sw-extra-suite-');
  dirs.push(dir);
  return dir;
}

/**
 * A copy of suite/ whose binaries print MARKER first thing (a constructor in linkmode.c, the one
 * file both binaries link) and whose meta line says suiteVersion "<version>-next".
 */
function markedSuite(): string {
  const dir = copySuite();
  const header = join(dir, 'swbench.h');
  const text = readFileSync(header, 'utf8');
  const changed = text.replace(/(#define\s+SW_SUITE_VERSION\s+)"([^"]*)"/, `$1"$2-${KEY}"`);
  expect(changed, 'swbench.h defines SW_SUITE_VERSION').not.toBe(text);
  writeFileSync(header, changed);
  addMarker(dir, MARKER, 'test/vm/extra-suites.test.ts');
  return dir;
}

function inv(bench: string, args: string[], build?: string, binary: Invocation['binary'] = 'swbench'): Invocation {
  return { bench, binary, args, timeLimitSec: 60, runs: 1, ...(build === undefined ? {} : { build }) };
}

const socket = (build?: string) => inv('socket', ['run', 'socket', '-r', '1', '-n', '200', '-t', '60'], build);

function samples(lines: string[]): { bench: string; n: number }[] {
  return lines.map((l) => JSON.parse(l) as { type: string; bench: string; n: number }).filter((s) => s.type === 'sample');
}

describe('extra suite builds: keys', () => {
  it.each(['Next', '1st', 'a b', '', 'a'.repeat(32), '../x', 'x_y'])('refuses the key %j with one sentence', async (key) => {
    const extraSuites = { [key]: SUITE_DIR };
    expect(() => new LocalDriver({ target: 'local', extraSuites, log })).toThrow(UserError);
    expect(() => new LocalDriver({ target: 'local', extraSuites, log })).toThrow(/^The suite build key .* is not valid: use a lowercase letter, then up to 30 lowercase letters, digits or dashes\.$/);
    await expect(selectDriver({ target: 'local', extraSuites, log })).rejects.toThrow(UserError);
    await expect(selectDriver({ target: 'debian-12', driver: 'qemu', extraSuites, log })).rejects.toThrow(UserError);
  });

  it('accepts keys such as "a", "base" and "ref-2"', async () => {
    const d = await selectDriver({ target: 'local', extraSuites: { a: SUITE_DIR, base: SUITE_DIR, 'ref-2': SUITE_DIR, ['x'.repeat(31)]: SUITE_DIR }, log });
    expect(d.name).toBe('local');
  });
});

describe.skipIf(!suiteReady)('local driver with an extra suite build (real suite)', () => {
  it('runs each invocation of one plan with the build it names', { timeout: 600_000 }, async () => {
    const main = copySuite();
    const next = markedSuite();
    const driver = new LocalDriver({ target: 'local', suiteDir: main, extraSuites: { [KEY]: next }, cacheDir, log });
    const plan: SuitePlan = {
      target: 'local',
      suite: 'quick',
      invocations: [
        socket(),
        socket(KEY),
        inv('meta', ['meta', '-T', 'local']),
        inv('meta', ['meta', '-T', 'local'], KEY),
        inv('fork-static', ['run', 'fork-static', '-r', '1', '-n', '20', '-t', '60'], KEY, 'swbench-static'),
        socket('nope'),
        socket(),
      ],
    };
    const sink = new RecordingSink();
    try {
      const { metaLine } = await driver.prepare(plan, new AbortController().signal);
      // The meta line is the main build's.
      expect(JSON.parse(metaLine)).toMatchObject({ type: 'meta', target: 'local' });
      expect(metaLine).not.toContain(`-${KEY}"`);
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    const [mainSocket, nextSocket, mainMeta, nextMeta, nextStatic, unknown, mainAgain] = sink.runs;
    for (const r of [mainSocket, nextSocket, mainMeta, nextMeta, nextStatic, mainAgain]) expect(r!.end).toEqual({ status: 'ok' });

    // The main build: samples only, no marker.
    expect(mainSocket!.lines).not.toContain(MARKER);
    expect(samples(mainSocket!.lines)).toHaveLength(199); // n = 1 … 199: n = 0 is the warm-up
    expect(mainAgain!.lines).not.toContain(MARKER);
    expect(samples(mainAgain!.lines)).toHaveLength(199); // n = 1 … 199: n = 0 is the warm-up
    // The extra build: its marker first, then the same 200 samples.
    expect(nextSocket!.lines[0]).toBe(MARKER);
    expect(samples(nextSocket!.lines)).toHaveLength(199); // n = 1 … 199: n = 0 is the warm-up
    // ... and its static binary too.
    expect(nextStatic!.lines[0]).toBe(MARKER);
    expect(samples(nextStatic!.lines).length).toBeGreaterThan(0);

    const mainVersion = (JSON.parse(mainMeta!.lines[0]!) as { suiteVersion: string }).suiteVersion;
    expect(mainMeta!.lines).toHaveLength(1);
    expect(nextMeta!.lines[0]).toBe(MARKER);
    expect(JSON.parse(nextMeta!.lines[1]!)).toMatchObject({ type: 'meta', suiteVersion: `${mainVersion}-${KEY}` });

    // A key the driver has no build for ends at once, saying so.
    expect(unknown!.lines).toEqual([]);
    expect(unknown!.end).toEqual({ status: 'exited', code: null, signal: null, stderrTail: ['no suite build named "nope"'] });
  });

  it('names the extra build that cannot be built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sw-extra-empty-'));
    dirs.push(empty);
    const driver = new LocalDriver({ target: 'local', suiteDir: SUITE_DIR, extraSuites: { broken: empty }, cacheDir, log });
    const plan: SuitePlan = { target: 'local', suite: 'quick', invocations: [] };
    await expect(driver.prepare(plan, new AbortController().signal)).rejects.toThrow(`The "broken" suite sources are missing: ${empty} has no Makefile.`);
  });
});

const packReady = have('cpio') && have('busybox');

describe.skipIf(!packReady)('build-initramfs.sh with extra builds', () => {
  it('packs the main build at /sw and each KEY=DIR at /sw-KEY, and refuses a bad KEY', async () => {
    const work = mkdtempSync(join(tmpdir(), 'sw-pack-'));
    dirs.push(work);
    const build = (name: string, withStatic: boolean) => {
      const dir = join(work, name);
      mkdirSync(dir);
      // Any dynamic executable will do: the script copies it and the libraries it links.
      copyFileSync('/bin/true', join(dir, 'swbench'));
      if (withStatic) writeFileSync(join(dir, 'swbench-static'), '');
      return dir;
    };
    const main = build('main', true);
    const base = build('base', false);
    const next = build('next', true);
    const out = await buildInitramfs({ suiteBuildDir: main, extraBuildDirs: { base, 'ref-2': next }, plan: 'sw_meta t\n', workDir: work });
    const list = execFileSync('sh', ['-c', `gzip -dc ${out} | cpio -t --quiet`], { encoding: 'utf8' }).split('\n');
    for (const f of ['sw/swbench', 'sw/swbench-static', 'sw/plan.sh', 'sw-base/swbench', 'sw-ref-2/swbench', 'sw-ref-2/swbench-static', 'init']) expect(list).toContain(f);
    expect(list).not.toContain('sw-base/swbench-static');
    // Without extra builds the script packs what it always did.
    const plain = await buildInitramfs({ suiteBuildDir: main, plan: 'sw_meta t\n', workDir: work });
    const plainList = execFileSync('sh', ['-c', `gzip -dc ${plain} | cpio -t --quiet`], { encoding: 'utf8' }).split('\n');
    expect(plainList.filter((f) => f.startsWith('sw'))).toEqual(['sw', 'sw/plan.sh', 'sw/swbench', 'sw/swbench-static']);
    const bad = spawnSync('bash', [scriptPath('build-initramfs.sh'), main, join(work, 'plan.sh'), join(work, 'x.cpio.gz'), `Bad=${base}`], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"Bad=.*" is not KEY=BUILD_DIR with a valid key/);
  });
});

const qemuReady = suiteReady && have('qemu-system-x86_64') && have('cpio');

describe.skipIf(!qemuReady)('qemu driver, initramfs fast path, with an extra suite build (real guest)', () => {
  it('packs both builds and runs each invocation of the plan with the build it names, in one boot', { timeout: 900_000 }, async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'sw-qemu-extra-'));
    dirs.push(workDir);
    const next = markedSuite();
    const driver = new QemuDriver({ target: loadTarget('debian-12'), suiteDir: SUITE_DIR, extraSuites: { [KEY]: next }, workDir, cacheDir, log, mode: 'initramfs' });
    const plan: SuitePlan = { target: 'debian-12', suite: 'quick', invocations: [socket(KEY), socket('nope'), socket()] };
    const sink = new RecordingSink();
    const t0 = Date.now();
    try {
      const { metaLine } = await driver.prepare(plan, new AbortController().signal);
      expect(JSON.parse(metaLine)).toMatchObject({ type: 'meta', target: 'debian-12', os: 'Linux' });
      await driver.run(plan, sink, new AbortController().signal);
    } finally {
      await driver.teardown();
    }
    log(`two builds in one initramfs plan took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const [nextSocket, unknown, mainSocket] = sink.runs;
    expect(nextSocket!.end).toEqual({ status: 'ok' });
    expect(nextSocket!.lines[0]).toBe(MARKER);
    expect(samples(nextSocket!.lines)).toHaveLength(199); // n = 1 … 199: n = 0 is the warm-up
    expect(unknown!.end).toEqual({ status: 'exited', code: null, signal: null, stderrTail: ['no suite build named "nope"'] });
    expect(mainSocket!.end).toEqual({ status: 'ok' });
    expect(mainSocket!.lines).not.toContain(MARKER);
    expect(samples(mainSocket!.lines)).toHaveLength(199); // n = 1 … 199: n = 0 is the warm-up
  });
});
