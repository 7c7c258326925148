/** Records of history made from real side-by-side comparisons of seeded sides, for the history tests. */
import { Rng } from '../../src/analysis/random.js';
import { compareAb } from '../../src/ab/run.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../../src/compare/types.js';
import { HISTORY_REF } from '../../src/github/history.js';
import { parseRecord, recordOf, type HistoryRecord } from '../../src/history/record.js';
import { writeRecord } from '../../src/history/store.js';
import type { ResultSet } from '../../src/suite/protocol.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FakeGitHub } from '../github/fake-github.js';

export const machine = { os: 'Linux', release: '6.1', arch: 'x86_64', cpu: 'test', ncpu: 2, driver: 'local' };
const meta = { type: 'meta' as const, target: 'local', os: 'Linux', release: '6.1', arch: 'x86_64', ncpu: 2, cpu: 'test', cc: 'gcc' };

/** One side of a run of 8 rounds: socket's latency `ns` flat in n, malloc's rate `rate`, each with a seeded scatter. */
export function side(seed: number, ns: number, rate: number): ResultSet {
  const r = new Rng(seed);
  const jitter = () => 1 + 0.01 * (r.next() - 0.5);
  const samples = [];
  const values = [];
  for (let run = 0; run < 8; run++) {
    for (let n = 1; n <= 300; n++) samples.push({ type: 'sample' as const, bench: 'socket', run, n, ns: ns * jitter() });
    values.push({ type: 'value' as const, bench: 'malloc', run, value: rate * jitter(), unit: 'ops/s', better: 'higher' as const });
  }
  return { meta, samples, values, errors: [], malformed: [] };
}

/** A commit whose short name is its number: 0000001…, 000001a…. */
export const commit = (i: number) => `${i.toString(16).padStart(7, '0')}${'0'.repeat(33)}`;

/** The comparison of commit i + 1 (socket at `socketNs`, malloc at `mallocRate`) with the reference (800 ns, 10⁶/s). */
export function reportAt(i: number, socketNs: number, mallocRate = 1e6): CompareReport {
  return compareAb({ a: side(1000 + i, 800, 1e6), b: side(2000 + i, socketNs, mallocRate) }, { a: { label: 'main (pinned)' }, b: { label: 'HEAD' } }, 8, DEFAULT_OPTIONS);
}

/** The record of commit i + 1 (parent i), recorded at minute i of 2026-12-01. */
export function recordAt(i: number, socketNs: number, mallocRate = 1e6): HistoryRecord {
  return recordOf(reportAt(i, socketNs, mallocRate), { target: 'local', commit: commit(i + 1), parent: commit(i), recordedAt: new Date(Date.UTC(2026, 11, 1, 0, i)).toISOString(), reference: { commit: commit(0xabc), label: 'main (pinned)' }, machine });
}


/** A bare repository whose refs/scalewatch/history holds these records, as the Action leaves it; returns its path. */
export function historyRemote(records: readonly HistoryRecord[]): string {
  const store = mkdtempSync(join(tmpdir(), 'scalewatch-history-store-'));
  for (const r of records) writeRecord(store, r);
  const origin = mkdtempSync(join(tmpdir(), 'scalewatch-history-origin-'));
  const git = (args: string[], env: NodeJS.ProcessEnv = process.env) => execFileSync('git', ['-C', origin, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8', env, cwd: store }).trim();
  git(['init', '-q', '--bare']);
  const env = { ...process.env, GIT_INDEX_FILE: join(mkdtempSync(join(tmpdir(), 'scalewatch-index-')), 'index'), GIT_WORK_TREE: store };
  git(['add', '-A', '.'], env);
  const tree = git(['write-tree'], env);
  git(['update-ref', 'refs/scalewatch/history', git(['commit-tree', tree, '-m', 'history'])]);
  return origin;
}

/** The records the fake GitHub holds on the history ref, each read as the Action reads a record. */
export function recordsOnRef(fake: FakeGitHub): HistoryRecord[] {
  return Object.keys(fake.filesAt(HISTORY_REF)).map((path) => parseRecord(gunzipSync(fake.blobAt(HISTORY_REF, path)!).toString('utf8'), path));
}
