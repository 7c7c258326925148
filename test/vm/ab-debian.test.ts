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
    for (const side of ['a', 'b'] as const) {
      const rs = parseResults(readFileSync(sideFile(out, 'debian-12', side), 'utf8'));
      expect(rs.meta).toMatchObject({ target: 'debian-12', driver: 'qemu', mode: 'initramfs', abSide: side, abRounds: 4 });
      expect(rs.malformed).toEqual([]);
      expect(rs.errors).toEqual([]);
      // socket, undecided after 4 rounds under TCG as a rule, got 4 more in a second boot of the guest.
      const socketRounds = report.results.find((x) => x.bench === 'socket')!.rounds;
      expect([...new Set(rs.samples.filter((s) => s.bench === 'socket').map((s) => s.run))].sort()).toEqual(Array.from({ length: socketRounds }, (_, i) => i));
      expect(rs.values.filter((v) => v.bench === 'malloc').map((v) => v.run).sort()).toEqual([0, 1, 2, 3]);
    }
    expect(malloc).toMatchObject({ rounds: 4 });
    const stages = report.results.find((x) => x.bench === 'socket')!.rounds === 8 ? 2 : 1;
    log(`socket decided after ${stages === 2 ? 8 : 4} rounds, in ${stages} boot${stages === 2 ? 's' : ''} of the guest`);
    expect(r.err.match(/booting debian-12 \(initramfs/g), r.err).toHaveLength(stages);
    if (stages === 2) expect(r.err).toContain('undecided after 4 rounds: socket; 4 more rounds of it');
  });
});
