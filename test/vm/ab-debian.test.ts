/**
 * `scalewatch ab --target debian-12`: both commits' suites built on the host and packed into one
 * initramfs, one Debian guest booted (KVM or TCG), the two sides run interleaved inside it. The head
 * commit cuts the malloc rate to a quarter; the guest must show it, and every side's lines must land in its own
 * results file with the round as its run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUITE_DIR } from '../../src/suite/build.js';
import { parseResults } from '../../src/suite/protocol.js';
import { sideFile } from '../../src/run/files.js';
import { cli } from '../helpers/cli.js';
import { slowMallocRepo } from '../helpers/slow-malloc-repo.js';
import { have, log, TEST_CACHE_DIR } from './helpers.js';

const ready = have('qemu-system-x86_64') && have('cpio') && have('git') && existsSync(join(SUITE_DIR, 'Makefile'));

describe.skipIf(!ready)('scalewatch ab --target debian-12 (qemu, initramfs, real suite)', () => {
  it('runs both commits in one guest, interleaved, and finds the slower malloc', { timeout: 900_000 }, async () => {
    // The kernel and builds are cached where the other VM tests keep theirs.
    process.env.SCALEWATCH_CACHE ??= TEST_CACHE_DIR;
    const { repo, base } = slowMallocRepo();
    const out = join(repo, 'results');
    const t0 = Date.now();
    const r = await cli('ab', '--repo', repo, '--a', base, '--b', 'HEAD', '--target', 'debian-12', '--qemu-mode', 'initramfs', '--bench', 'socket,malloc', '--rounds', '4', '--max-rounds', '8', '--seed', '11', '--out', out, '--json');
    log(`ab on debian-12 (initramfs), 4 rounds of calib, socket and malloc: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    expect([0, 1], r.err).toContain(r.code);
    const report = JSON.parse(r.out) as { results: { bench: string; verdict: string; change: number; rounds: number }[] };
    const malloc = report.results.find((x) => x.bench === 'malloc')!;
    expect(malloc.verdict, r.err).toBe('regressed');
    expect(malloc.change).toBeLessThan(-0.5);
    expect(report.results.find((x) => x.bench === 'socket')?.verdict).not.toBe('failed');
    // Each benchmark rests on 4 rounds, or on 8 if it was undecided after 4 (socket under TCG as a
    // rule; malloc's quartered rate when a round of the loaded machine blurred it): the rounds a
    // result says it rests on are the rounds its side files hold, and a second stage is a second boot.
    const roundsOf = new Map(report.results.map((x) => [x.bench, x.rounds]));
    for (const [bench, rounds] of roundsOf) expect([4, 8], bench).toContain(rounds);
    for (const side of ['a', 'b'] as const) {
      const rs = parseResults(readFileSync(sideFile(out, 'debian-12', side), 'utf8'));
      expect(rs.meta).toMatchObject({ target: 'debian-12', driver: 'qemu', mode: 'initramfs', abSide: side, abRounds: 4 });
      expect(rs.malformed).toEqual([]);
      expect(rs.errors).toEqual([]);
      const runs = (bench: string) => [...new Set([...rs.samples, ...rs.values].filter((s) => s.bench === bench).map((s) => s.run))].sort((x, y) => x - y);
      for (const bench of ['socket', 'malloc']) expect(runs(bench), `${side} ${bench}`).toEqual(Array.from({ length: roundsOf.get(bench)! }, (_, i) => i));
    }
    const again = [...roundsOf].filter(([, rounds]) => rounds === 8).map(([bench]) => bench);
    const stages = again.length > 0 ? 2 : 1;
    log(`decided after 4 rounds: ${[...roundsOf].filter(([, x]) => x === 4).map(([b]) => b).join(', ') || 'none'}; in ${stages} boot${stages === 2 ? 's' : ''} of the guest`);
    expect(r.err.match(/booting debian-12 \(initramfs/g), r.err).toHaveLength(stages);
    if (stages === 2) {
      const line = /undecided after 4 rounds: ([^;]+); 4 more rounds of (it|them)/.exec(r.err);
      expect(line?.[1]?.split(', ').sort(), r.err).toEqual([...again].sort());
    }
  });
});
