/**
 * The history ref (src/github/history.ts) against the fake GitHub, every request checked against
 * GitHub's OpenAPI description: records added as compressed blobs on refs/scalewatch/history, the ref
 * created with the first, and two runs recording at once both keeping theirs.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { appendRecords, HISTORY_REF } from '../../src/github/history.js';
import { parseRecord } from '../../src/history/record.js';
import { recordName } from '../../src/history/store.js';
import { recordAt } from '../history/fixtures.js';
import { useFakeGitHub, type FakeGitHub } from './fake-github.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));
const repo = { owner: 'acme', repo: 'kernel' };

describe('the history ref', () => {
  it('is made by the first record and grows by one commit a run, each record a file of its own', async () => {
    const gh = createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} });
    const first = await appendRecords(gh, repo, [recordAt(1, 800)], 'scalewatch: history of 0000002');
    expect(first.attempts).toBe(1);
    expect(fake.refs[HISTORY_REF]).toBe(first.sha);
    const second = await appendRecords(gh, repo, [recordAt(2, 800), { ...recordAt(2, 800), target: 'freebsd-14' }], 'scalewatch: history of 0000003');
    expect(fake.commits[second.sha]!.parents).toEqual([first.sha]);
    const files = Object.keys(fake.filesAt(HISTORY_REF)).sort();
    expect(files).toEqual([recordName({ ...recordAt(2, 800), target: 'freebsd-14' }), recordName(recordAt(1, 800)), recordName(recordAt(2, 800))].sort());
    // Each file is the record, gzip-compressed, and reads back as it was written.
    const bytes = fake.blobAt(HISTORY_REF, recordName(recordAt(1, 800)))!;
    expect(parseRecord(gunzipSync(bytes).toString('utf8'), 'blob')).toEqual(recordAt(1, 800));
    // Never a forced update: nothing on the ref is rewritten.
    expect(fake.writes().filter((w) => w.operationId === 'git/update-ref').every((w) => (w.body as { force?: boolean }).force === false)).toBe(true);
  });

  it('keeps the records of two runs that record at once, the later building again on the earlier', async () => {
    const gh = createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} });
    await appendRecords(gh, repo, [recordAt(1, 800)], 'first');
    const [a, b] = await Promise.all([appendRecords(gh, repo, [recordAt(5, 800)], 'run a'), appendRecords(gh, repo, [recordAt(6, 800)], 'run b')]);
    expect([a.attempts, b.attempts].sort()).toEqual([1, 2]);
    expect(Object.keys(fake.filesAt(HISTORY_REF))).toHaveLength(3);
  });

  it('keeps both when two runs make the ref at once', async () => {
    const gh = createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} });
    await Promise.all([appendRecords(gh, repo, [recordAt(1, 800)], 'run a'), appendRecords(gh, repo, [recordAt(2, 800)], 'run b')]);
    expect(Object.keys(fake.filesAt(HISTORY_REF))).toHaveLength(2);
  });
});
