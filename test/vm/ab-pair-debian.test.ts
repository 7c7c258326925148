/**
 * `scalewatch ab --target debian-12 --qemu-mode image` when the two sides define debian-12
 * differently (the second commit gives the guest more memory): one guest booted per side, each from
 * its own side's vms/debian-12/, in the same run, the sides interleaved across the two machines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResults } from '../../src/suite/protocol.js';
import { sideFile } from '../../src/run/files.js';
import { cli } from '../helpers/cli.js';
import { bumpedTargetRepo } from '../helpers/suite-copies.js';
import { have, log, TEST_CACHE_DIR } from './helpers.js';

const ready = have('qemu-system-x86_64') && have('mmdebstrap') && have('ssh') && have('git') && process.getuid?.() === 0;

describe.skipIf(!ready)('scalewatch ab: two versions of debian-12, one qemu image guest per side (real)', () => {
  it('boots both, runs the sides interleaved, each on its own guest', { timeout: 1_800_000 }, async () => {
    // The disk image is cached where the other VM tests keep theirs.
    process.env.SCALEWATCH_CACHE ??= TEST_CACHE_DIR;
    const { repo, base } = bumpedTargetRepo('sw-ab-pair-repo-');
    const out = join(repo, 'results');
    const t0 = Date.now();
    const r = await cli('ab', '--repo', repo, '--a', base, '--b', 'HEAD', '--target', 'debian-12', '--qemu-mode', 'image', '--bench', 'socket', '--rounds', '3', '--max-rounds', '3', '--seed', '3', '--out', out, '--json');
    log(`ab on two debian-12 guests (image), 3 rounds of calib and socket: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    expect([0, 1], r.err).toContain(r.code);
    expect(r.err).toContain('vms/debian-12 differs between the sides: booting one guest per side');
    // Two guests, one after the other.
    expect(r.err.match(/guest answered SSH after/g)).toHaveLength(2);
    const report = JSON.parse(r.out) as { results: { bench: string; verdict: string }[] };
    expect(report.results.find((x) => x.bench === 'socket')?.verdict).not.toBe('failed');
    for (const side of ['a', 'b'] as const) {
      const rs = parseResults(readFileSync(sideFile(out, 'debian-12', side), 'utf8'));
      expect(rs.meta).toMatchObject({ target: 'debian-12', driver: 'qemu', mode: 'image', pair: true, bMode: 'image', abSide: side, abRounds: 3 });
      expect(rs.meta).toHaveProperty('bBootSec');
      expect(rs.malformed).toEqual([]);
      expect(rs.errors).toEqual([]);
      expect([...new Set(rs.samples.filter((s) => s.bench === 'socket').map((s) => s.run))].sort()).toEqual([0, 1, 2]);
    }
  });
});
