/** mode: report (the matrix's last job, and the fork comment workflow) as a real process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER } from '../../src/report/markdown.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { HEAD, pullRequestEvent, row, targetArtifact } from './fixtures.js';
import { runAction } from './harness.js';

let fake: FakeGitHub;

useFakeGitHub((f) => (fake = f));

function matrixArtifacts(runId: number, rows: ReturnType<typeof row>[][], pr?: { number: number; headSha: string }): void {
  ['freebsd-14', 'netbsd-10'].forEach((t, i) => fake.artifacts.push({ id: 100 + i + runId, runId, name: `scalewatch-results-${t}`, zip: targetArtifact(t, rows[i] ?? [], pr) }));
}

describe('mode: report on a pull request', () => {
  it('creates one comment on the first run and updates it on the second', async () => {
    matrixArtifacts(77, [[row('freebsd-14', 'socket', 'regressed', 0.12), row('freebsd-14', 'fork', 'unchanged', 0.001)], [row('netbsd-10', 'socket', 'unchanged', 0)]]);
    const first = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token', 'fail-on': 'never' }, eventName: 'pull_request', event: pullRequestEvent(5) });
    expect(first.code, first.stdout).toBe(0);
    expect(fake.comments).toHaveLength(1);
    const comment = fake.comments[0]!;
    expect(comment.issue).toBe(5);
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(comment.body).toContain('### ❌ scalewatch: 1 regression on 2 targets');
    expect(first.outputs).toMatchObject({ regressions: '1', 'scaling-regressions': '0', 'comment-url': `https://github.com/acme/kernel/pull/5#issuecomment-${comment.id}` });
    expect(first.summary.trimEnd()).toBe(readFileSync(first.outputs.report!, 'utf8').trimEnd());
    expect(first.outputs.report).toBe(join(first.workspace, 'scalewatch-results', 'report.md'));

    fake.artifacts = [];
    matrixArtifacts(78, [[row('freebsd-14', 'socket', 'unchanged', 0.01)], [row('netbsd-10', 'socket', 'scaling-regressed', 0.5)]]);
    const second = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token', 'fail-on': 'scaling' }, eventName: 'pull_request', event: pullRequestEvent(5), runId: 78 });
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('::error::scalewatch found 1 scaling regression(s).');
    expect(fake.comments.map((c) => c.id)).toEqual([comment.id]);
    expect(fake.comments[0]!.body).toContain('1 scaling regression on 2 targets');
    expect(fake.log.filter((l) => l.operationId === 'issues/update-comment')).toHaveLength(1);
  });

  it('shrinks an oversized report to fit the comment; the job summary keeps more', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row('freebsd-14', `a-rather-long-benchmark-name-number-${i}`, i % 3 === 0 ? 'regressed' : 'improved', 0.2));
    fake.artifacts.push({ id: 1, runId: 77, name: 'scalewatch-results-freebsd-14', zip: targetArtifact('freebsd-14', rows) });
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token', 'fail-on': 'never' }, eventName: 'pull_request', event: pullRequestEvent(5) });
    expect(run.code, run.stdout).toBe(0);
    const body = fake.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/more changed benchmarks: see the \[job summary and the scalewatch-results artifacts\]\(https:\/\/github.com\/acme\/kernel\/actions\/runs\/77\)/);
    expect(run.summary.length).toBeGreaterThan(body.length);
    expect(run.summary).toContain('a\\-rather\\-long\\-benchmark\\-name\\-number\\-2999');
  });

  it('posts nothing for a pull request from a fork (read-only token) and still writes the summary', async () => {
    matrixArtifacts(77, [[row('freebsd-14', 'socket', 'regressed', 0.12)], []]);
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'read-token', 'fail-on': 'never' }, eventName: 'pull_request', event: pullRequestEvent(5, 'mallory/kernel') });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('comes from a fork');
    expect(fake.log.filter((l) => l.method !== 'GET')).toEqual([]);
    expect(fake.comments).toEqual([]);
    expect(run.summary).toContain('1 regression');
    expect(run.outputs['comment-url']).toBe('');
  });

  it('retries a server error of the API and still comments', async () => {
    matrixArtifacts(77, [[row('freebsd-14', 'socket', 'unchanged', 0)], []]);
    fake.fail('issues/list-comments', 502, 1);
    fake.fail('actions/list-workflow-run-artifacts', 503, 1);
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token' }, eventName: 'pull_request', event: pullRequestEvent(5) });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.comments).toHaveLength(1);
    expect(fake.log.filter((l) => l.operationId === 'issues/list-comments').map((l) => l.status)).toEqual([502, 200]);
  });

  it('fails with one clear line when the API refuses', async () => {
    matrixArtifacts(77, [[row('freebsd-14', 'socket', 'unchanged', 0)], []]);
    fake.fail('issues/create-comment', 403, 5);
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token' }, eventName: 'pull_request', event: pullRequestEvent(5) });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::GitHub API POST \S+\/repos\/acme\/kernel\/issues\/5\/comments failed with 403: injected 403 \(the token lacks a permission/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('with comment: on-change, starts no comment for a clean run', async () => {
    matrixArtifacts(77, [[row('freebsd-14', 'socket', 'unchanged', 0)], [row('netbsd-10', 'socket', 'unchanged', 0)]]);
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token', comment: 'on-change' }, eventName: 'pull_request', event: pullRequestEvent(5) });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.comments).toEqual([]);
    expect(run.summary).toContain('✅ scalewatch: no regressions on 2 targets');
  });
});

describe('mode: report from workflow_run (the fork comment workflow)', () => {
  const event = (headSha = HEAD) => ({ action: 'completed', workflow_run: { id: 4242, head_sha: headSha, event: 'pull_request', conclusion: 'success' }, repository: { full_name: 'acme/kernel' } });

  it("comments on the PR named in the fork run's artifacts when its head is the measured commit", async () => {
    fake.pulls.push({ number: 8, headSha: HEAD, headRef: 'patch-1', headRepo: 'mallory/kernel', baseRef: 'main' });
    matrixArtifacts(4242, [[row('freebsd-14', 'socket', 'regressed', 0.3)], []], { number: 8, headSha: HEAD });
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token', 'fail-on': 'never' }, eventName: 'workflow_run', event: event(), runId: 90 });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.comments.map((c) => c.issue)).toEqual([8]);
    expect(fake.comments[0]!.body).toContain('(https://github.com/acme/kernel/actions/runs/4242)');
  });

  it('does not believe an artifact that names another PR', async () => {
    fake.pulls.push({ number: 1, headSha: 'b'.repeat(40), headRef: 'main-work', headRepo: 'acme/kernel', baseRef: 'main' });
    matrixArtifacts(4242, [[row('freebsd-14', 'socket', 'regressed', 0.3)], []], { number: 1, headSha: HEAD });
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', 'github-token': 'write-token', 'fail-on': 'never' }, eventName: 'workflow_run', event: event(), runId: 90 });
    expect(run.code, run.stdout).toBe(0);
    expect(fake.comments).toEqual([]);
    expect(run.stdout).toContain('The artifacts name PR #1, but its head is bbbbbbb');
  });
});

describe('inputs', () => {
  it('stops with one sentence naming a bad input', async () => {
    const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'report', comment: 'sometimes', 'github-token': 'write-token' }, eventName: 'push', event: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::Input "comment" must be one of always, on-change, never, not "sometimes".');
    expect(fake.log).toEqual([]);
  });
});
