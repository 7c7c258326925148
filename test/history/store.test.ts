/**
 * The history store (src/history/store.ts) on a real folder, and `scalewatch history record` and
 * `history show` end to end: a side-by-side results folder recorded, a store of 40 commits with a
 * step read back with the commits either side of it named, and bad records skipped in one sentence.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readRecords, recordPath, writeRecord } from '../../src/history/store.js';
import { targetFiles } from '../../src/run/files.js';
import { cli, writeResults } from '../helpers/cli.js';
import { commit, historyRemote, recordAt, reportAt, side } from './fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'scalewatch-history-'));

describe('the history store', () => {
  it('writes each record once, compressed and small, keeps two records of one commit, and refuses to replace a file', () => {
    const store = tmp();
    const first = writeRecord(store, recordAt(1, 800));
    const again = writeRecord(store, { ...recordAt(1, 800), recordedAt: '2026-12-02T10:00:00.000Z' });
    expect(first.path).not.toBe(again.path);
    expect(first.bytes).toBeLessThan(10_000);
    expect(statSync(first.path).size).toBe(first.bytes);
    expect(() => writeRecord(store, recordAt(1, 800))).toThrow(/EEXIST/);
    expect(readRecords(store).records).toHaveLength(2);
  });

  it('skips a record that is not gzip, not a record, or in another target\'s folder, one sentence each, and reads the rest', () => {
    const store = tmp();
    writeRecord(store, recordAt(1, 800));
    const dir = join(store, 'local');
    writeFileSync(join(dir, 'broken.json.gz'), 'not gzip');
    writeFileSync(join(dir, 'hostile.json.gz'), gzipSync(JSON.stringify({ ...recordAt(2, 800), points: [{ bench: '<script>', kind: 'curve', ratio: 1, ci: null, growth: null, order: null }] })));
    mkdirSync(join(store, 'other'));
    writeFileSync(recordPath(store, { ...recordAt(3, 800), target: 'other' }).replace('/other/', '/other/'), gzipSync(JSON.stringify(recordAt(3, 800))));
    const read = readRecords(store);
    expect(read.records.map((r) => r.commit)).toEqual([commit(2)]);
    expect(read.skipped).toHaveLength(3);
    expect(read.skipped.find((s) => s.startsWith('local/broken.json.gz'))).toMatch(/^local\/broken\.json\.gz could not be read \(.*\)\.$/);
    expect(read.skipped.find((s) => s.startsWith('local/hostile.json.gz'))).toMatch(/^local\/hostile\.json\.gz is not a history record: \/points\/0\/bench must match pattern/);
    expect(read.skipped.find((s) => s.startsWith('other/'))).toMatch(/is a record of target local, not of other\.$/);
  });
});

describe('scalewatch history', () => {
  it('records a side-by-side results folder, one file per target, with the commits it names', async () => {
    const from = tmp();
    const store = join(tmp(), 'store');
    const files = targetFiles(from, 'local');
    writeResults(files.results, { ...side(1, 880, 1e6), meta: { ...side(1, 880, 1e6).meta, abSide: 'b', abCommit: commit(7) } });
    writeResults(files.reference, { ...side(2, 800, 1e6), meta: { ...side(2, 800, 1e6).meta, abSide: 'a', abLabel: 'main (0000abc)', abCommit: commit(0xabc) } });
    writeFileSync(files.compare, JSON.stringify(reportAt(1, 880)));
    const r = await cli('history', 'record', '--from', from, '--store', store, '--repo', from);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/^scalewatch: recorded local at 0000007 \(2 benchmarks\) in .*local\/00000070{33}-\d{17}\.json\.gz, \d+ bytes\n$/);
    const [rec] = readRecords(store).records;
    expect(rec).toMatchObject({ target: 'local', commit: commit(7), parent: null, reference: { commit: commit(0xabc), label: 'main (0000abc)' }, rounds: 8 });
    expect(readdirSync(join(store, 'local'))).toHaveLength(1);
  });

  it('refuses a folder with no side-by-side run in one sentence', async () => {
    const r = await cli('history', 'record', '--from', tmp(), '--store', tmp());
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^scalewatch: \S+ holds no side-by-side run to record \(scalewatch ab writes <target>\.jsonl, <target>\.base\.jsonl and <target>\.compare\.json\)\.$/);
  });

  it('shows the change point of a store of 40 commits, named by the commits either side, in text and JSON', async () => {
    const store = tmp();
    for (let i = 0; i < 40; i++) writeRecord(store, recordAt(i, i >= 25 ? 880 : 800));
    const r = await cli('history', 'show', '--store', store, '--repo', store);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`^local: 40 commits recorded, 0000001 … 0000028; 1 change point:\\n  socket level \\+\\d+\\.\\d% \\[\\+\\d+\\.\\d%, \\+\\d+\\.\\d%\\] between 0000019 and 000001a \\(25 records before, 15 after\\)\\n$`));
    const j = await cli('history', 'show', '--store', store, '--repo', store, '--json', '--bench', 'malloc');
    const data = JSON.parse(j.out) as { records: number; changes: unknown[]; series: { bench: string; values: number[] }[] };
    expect(data.records).toBe(40);
    expect(data.changes).toEqual([]);
    expect(data.series.map((s) => s.bench)).toEqual(['malloc']);
    expect(data.series[0]!.values).toHaveLength(40);
  });

  it('reads the history a repository keeps on its ref, fetched from a remote, and says so when there is none', async () => {
    // A repository whose refs/scalewatch/history holds 40 records with a step, as the Action leaves it.
    const store = tmp();
    const origin = historyRemote(Array.from({ length: 40 }, (_, i) => recordAt(i, i >= 25 ? 880 : 800)));
    const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    const clone = tmp();
    git(clone, 'init', '-q');
    git(clone, 'remote', 'add', 'origin', origin);
    const r = await cli('history', 'show', '--remote', 'origin', '--repo', clone);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^local: 40 commits recorded, 0000001 … 0000028; 1 change point:\n {2}socket level \+/);
    const empty = tmp();
    git(empty, 'init', '-q', '--bare');
    git(clone, 'remote', 'add', 'bare', empty);
    const none = await cli('history', 'show', '--remote', 'bare', '--repo', clone);
    expect(none.code).toBe(2);
    expect(none.err.trim()).toBe('scalewatch: The history could not be fetched from bare: it has none yet (the Action writes it on a push with history-reference).');
    const both = await cli('history', 'show', '--remote', 'bare', '--store', store);
    expect(both.err.trim()).toBe('scalewatch: History is read from either a store folder (--store DIR) or the history a repository keeps (--remote NAME), one of the two.');
  });

  it('says in one sentence that an empty store holds no records', async () => {
    const r = await cli('history', 'show', '--store', join(tmp(), 'none'));
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^scalewatch: \S+ holds no history records\.$/);
  });
});
