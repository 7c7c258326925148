import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createClient, describeApiError, type GitHub } from '../../src/github/client.js';
import { react, upsertComment } from '../../src/github/comments.js';
import { canWrite, permissionOf } from '../../src/github/permissions.js';
import { completedRunsFor, downloadArtifact, listResultArtifacts, safeEntryName } from '../../src/github/artifacts.js';
import { commitFiles, listDirAt, readFileAt } from '../../src/github/commit.js';
import { useFakeGitHub, type FakeGitHub } from './fake-github.js';

const MARKER = '<!-- scalewatch:report -->';
let fake: FakeGitHub;
let gh: GitHub;
const repo = { owner: 'acme', repo: 'kernel' };
const logs: string[] = [];

useFakeGitHub((f) => {
  fake = f;
  gh = createClient({ token: 'write-token', apiUrl: fake.url, log: (m) => logs.push(m) });
});

describe('upsertComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    fake.comments.push({ id: 1, issue: 7, body: 'LGTM', user: 'alice' }, { id: 2, issue: 7, body: `> ${MARKER} quoted`, user: 'bob' });
    const first = await upsertComment(gh, repo, 7, `${MARKER}\none`, MARKER);
    const second = await upsertComment(gh, repo, 7, `${MARKER}\ntwo`, MARKER);
    const third = await upsertComment(gh, repo, 7, `${MARKER}\ntwo`, MARKER);
    expect([first?.action, second?.action, third?.action]).toEqual(['created', 'updated', 'unchanged']);
    expect(second?.id).toBe(first?.id);
    expect(fake.comments.filter((c) => c.body.startsWith(MARKER))).toEqual([{ id: first?.id, issue: 7, body: `${MARKER}\ntwo`, user: 'github-actions[bot]' }]);
    expect(fake.comments).toHaveLength(3);
  });

  it('does not start a comment when asked only to keep one current', async () => {
    expect(await upsertComment(gh, repo, 5, `${MARKER}\nclean`, MARKER, false)).toBeNull();
    expect(fake.comments).toEqual([]);
  });

  it('finds its comment past the first page and deletes duplicates', async () => {
    for (let i = 0; i < 150; i++) fake.comments.push({ id: i + 1, issue: 3, body: `chatter ${i}`, user: 'carol' });
    fake.comments.push({ id: 500, issue: 3, body: `${MARKER}\nold`, user: 'github-actions[bot]' }, { id: 501, issue: 3, body: `${MARKER}\nrace`, user: 'github-actions[bot]' });
    const posted = await upsertComment(gh, repo, 3, `${MARKER}\nnew`, MARKER);
    expect(posted).toMatchObject({ id: 500, action: 'updated' });
    expect(fake.comments.filter((c) => c.body.startsWith(MARKER)).map((c) => c.id)).toEqual([500]);
  });

  it('retries a server error and succeeds', async () => {
    fake.fail('issues/create-comment', 502, 1);
    const posted = await upsertComment(gh, repo, 9, `${MARKER}\nx`, MARKER);
    expect(posted?.action).toBe('created');
    expect(fake.log.filter((l) => l.operationId === 'issues/create-comment').map((l) => l.status)).toEqual([502, 201]);
  });

  it('explains a refusal in one line', async () => {
    const ro = createClient({ token: 'read-token', apiUrl: fake.url, log: () => {} });
    const err = await upsertComment(ro, repo, 9, `${MARKER}\nx`, MARKER).catch((e: unknown) => e);
    expect(describeApiError(err)).toMatch(/^GitHub API POST .*\/issues\/9\/comments failed with 403: Resource not accessible by integration \(the token lacks a permission/);
    expect(fake.comments).toEqual([]);
  });
});

describe('permissions, reactions', () => {
  it('reads the collaborator permission; strangers have none', async () => {
    fake.collaborators = { maya: 'admin', wes: 'write', rita: 'read' };
    const got = await Promise.all(['maya', 'wes', 'rita', 'mallory'].map((u) => permissionOf(gh, repo, u)));
    expect(got).toEqual(['admin', 'write', 'read', 'none']);
    expect(got.map(canWrite)).toEqual([true, true, false, false]);
  });

  it('reacts to a comment', async () => {
    await react(gh, repo, 44, 'rocket');
    expect(fake.reactions).toEqual([{ commentId: 44, content: 'rocket' }]);
  });
});

describe('artifacts', () => {
  it('lists the newest result artifact per name and unpacks it safely', async () => {
    fake.runs.push({ id: 11, head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'success', created_at: '2026-01-01T00:00:00Z' }, { id: 12, head_sha: 'a'.repeat(40), status: 'completed', conclusion: 'failure', created_at: '2026-01-02T00:00:00Z' });
    const zip = zipSync({ 'freebsd-14.jsonl': strToU8('{"type":"meta"}\n'), 'sub/compare.json': strToU8('{}'), '../evil': strToU8('x') });
    fake.artifacts.push({ id: 1, runId: 12, name: 'scalewatch-results-freebsd-14', zip }, { id: 2, runId: 12, name: 'other', zip }, { id: 3, runId: 12, name: 'scalewatch-results-old', zip, expired: true });
    const runs = await completedRunsFor(gh, repo, 'a'.repeat(40));
    expect(runs.map((r) => r.id)).toEqual([12, 11]);
    const arts = await listResultArtifacts(gh, repo, 12);
    expect(arts).toEqual([{ id: 1, name: 'scalewatch-results-freebsd-14', runId: 12 }]);
    const files = await downloadArtifact(gh, repo, arts[0]!);
    expect([...files.keys()].sort()).toEqual(['freebsd-14.jsonl', 'sub/compare.json']);
  });

  it.each([
    ['a/b.json', 'a/b.json'],
    ['./a', 'a'],
    ['../x', null],
    ['/etc/passwd', 'etc/passwd'],
    ['a/../../x', null],
    ['C:/x', null],
  ])('safeEntryName(%j) = %j', (name, expected) => {
    expect(safeEntryName(name)).toBe(expected);
  });
});

describe('commitFiles', () => {
  it('commits files on top of the measured head, without a checkout', async () => {
    const head = fake.branch('feature/x', { 'baselines/freebsd-14.json': '{"old":true}\n', 'README.md': 'hi' });
    expect(await readFileAt(gh, repo, 'baselines/freebsd-14.json', head)).toBe('{"old":true}\n');
    expect(await readFileAt(gh, repo, 'baselines/none.json', head)).toBeNull();
    expect(await listDirAt(gh, repo, 'baselines', head)).toEqual(['baselines/freebsd-14.json']);
    const out = await commitFiles(gh, repo, 'feature/x', head, [{ path: 'baselines/freebsd-14.json', content: '{"new":true}\n' }], 'Update baselines');
    expect(fake.refs['heads/feature/x']).toBe(out.sha);
    expect(fake.filesAt('feature/x')).toEqual({ 'baselines/freebsd-14.json': '{"new":true}\n', 'README.md': 'hi' });
  });

  it('refuses when the branch moved since the measured commit', async () => {
    const old = fake.branch('topic', { a: '1' });
    fake.branch('topic', { a: '2' }, old);
    await expect(commitFiles(gh, repo, 'topic', old, [{ path: 'a', content: '3' }], 'x')).rejects.toThrow(/moved to/);
  });
});
