/**
 * `npm run bench:history`: what history costs to store and to read. Writes a store of 1,000 commits ×
 * 5 targets, each record holding 20 benchmarks (10 curves with their growth and order, 10 figures) with
 * seeded values and a 10% step at commit 600, then times reading every record back (gunzip, schema
 * check) and finding every change point of every series, as `scalewatch history show` does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../src/analysis/random.js';
import { RECORD_FORMAT, type HistoryRecord } from '../src/history/record.js';
import { historyChanges } from '../src/history/series.js';
import { readRecords, writeRecord } from '../src/history/store.js';

const COMMITS = 1000;
const TARGETS = ['debian-12', 'freebsd-14', 'openbsd-7', 'netbsd-10', 'dragonfly-6'];
const CURVES = ['socket', 'bind', 'fork', 'fork-static', 'mmap', 'touch', 'connect', 'http', 'dir-create', 'pipe-lat'];
const FIGURES = ['pipe', 'ctxswitch', 'fork-exit', 'malloc', 'malloc-mt', 'file-create', 'seq-write', 'seq-read', 'http-rps', 'build'];

const r = new Rng(9);
const noise = () => Math.exp(0.025 * (r.next() + r.next() + r.next() - 1.5) * 2);
const hex = (i: number, t: number) => `${i.toString(16).padStart(8, '0')}${t.toString(16).padStart(2, '0')}${'0'.repeat(30)}`;

const store = mkdtempSync(join(tmpdir(), 'scalewatch-bench-history-'));
try {
  let bytes = 0;
  let most = 0;
  for (const [t, target] of TARGETS.entries()) {
    for (let i = 0; i < COMMITS; i++) {
      const step = i >= 600 ? 1.1 : 1;
      const rec: HistoryRecord = {
        format: RECORD_FORMAT,
        target,
        commit: hex(i + 1, t),
        parent: hex(i, t),
        recordedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        reference: { commit: hex(0, t), label: 'v1.0 (00000000)' },
        machine: { os: 'FreeBSD', release: '14.2-RELEASE', arch: 'amd64', cpu: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', ncpu: 4, driver: 'qemu' },
        rounds: 10,
        points: [
          ...CURVES.map((bench) => {
            const ratio = step * noise();
            return { bench, kind: 'curve' as const, ratio, ci: [ratio * 0.97, ratio * 1.03] as [number, number], se: 0.015, df: 5, growth: 1.2 * noise(), order: 'O(1)' as const };
          }),
          ...FIGURES.map((bench) => {
            const ratio = noise();
            return { bench, kind: 'figure' as const, ratio, ci: [ratio * 0.97, ratio * 1.03] as [number, number], se: 0.015, df: 5, growth: null, order: null };
          }),
        ],
      };
      const w = writeRecord(store, rec);
      bytes += w.bytes;
      most = Math.max(most, w.bytes);
    }
  }
  const records = TARGETS.length * COMMITS;
  const t0 = performance.now();
  const read = readRecords(store);
  const t1 = performance.now();
  const changes = historyChanges(read.records);
  const t2 = performance.now();
  const found = changes.filter((c) => c.measure === 'ratio' && CURVES.includes(c.bench) && Number.parseInt(c.to.slice(0, 8), 16) >= 600 && Number.parseInt(c.to.slice(0, 8), 16) <= 608).length;
  const out = [
    `History store: ${records} records (${COMMITS} commits × ${TARGETS.length} targets, 20 benchmarks each): ${(bytes / records / 1024).toFixed(2)} KiB a record on average, ${(most / 1024).toFixed(2)} KiB the largest; ${(bytes / 1024 / 1024).toFixed(1)} MiB in all (10,000 commits: about ${((bytes / COMMITS) * 10_000 / 1024 / 1024).toFixed(0)} MiB for ${TARGETS.length} targets).`,
    `Reading them all back (gunzip, schema check): ${((t1 - t0) / 1000).toFixed(2)} s; finding every change point of the ${TARGETS.length * (CURVES.length * 2 + FIGURES.length)} series: ${((t2 - t1) / 1000).toFixed(2)} s; together ${((t2 - t0) / 1000).toFixed(2)} s (bar: under 2 s).`,
    `Change points: ${changes.length}, of which ${found} are the ${TARGETS.length * CURVES.length} injected 10% steps found within 8 commits; ${read.skipped.length} records skipped.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  rmSync(store, { recursive: true, force: true });
}
