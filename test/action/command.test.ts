/** mode: command — `/scalewatch baseline update` in a PR comment, run as the real bundled Action. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { commentEvent, resultsJsonl } from './fixtures.js';
import { runAction } from './harness.js';
import { updateBaselines } from '../../src/baseline/update.js';

let fake: FakeGitHub;

/** A valid baseline of freebsd-14 made by baseline update from other results: what the branch holds before. */
function oldBaseline(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scalewatch-old-'));
  writeFileSync(join(dir, 'freebsd-14.jsonl'), resultsJsonl('freebsd-14', 700));
  updateBaselines({ cwd: dir, from: 'freebsd-14.jsonl', dir: 'baselines' });
  return readFileSync(join(dir, 'baselines', 'freebsd-14.json'), 'utf8');
}

/** A same-repository PR #5 on branch topic, and a finished run of its head with results of two targets. */
function pullRequestWithRun(headRepo = 'acme/kernel'): string {
  const head = fake.branch('topic', { 'baselines/freebsd-14.json': oldBaseline(), 'src/kern.c': 'int x;\n' });
  fake.pulls.push({ number: 5, headSha: head, headRef: 'topic', headRepo, baseRef: 'main' });
  fake.runs.push({ id: 300, head_sha: head, status: 'completed', conclusion: 'success', created_at: '2026-11-20T10:00:00Z' });
  for (const [i, t] of ['freebsd-14', 'netbsd-10'].entries()) {
    fake.artifacts.push({ id: 50 + i, runId: 300, name: `scalewatch-results-${t}`, zip: zipSync({ [`${t}.jsonl`]: strToU8(resultsJsonl(t)), [`${t}.meta.json`]: strToU8(JSON.stringify({ target: t })) }) });
  }
  return head;
}

const command = (body: string, user: string) => runAction({ apiUrl: fake.url, inputs: { mode: 'command', 'github-token': 'write-token' }, eventName: 'issue_comment', event: commentEvent(5, body, user) });

useFakeGitHub(
  (f) => (fake = f),
  (f) => (f.collaborators = { maya: 'admin', wes: 'write', rita: 'read' }),
);

describe('/scalewatch baseline update', () => {
  it('commits the new baseline of the named target to the PR branch and says what changed', async () => {
    const head = pullRequestWithRun();
    const before = fake.filesAt('topic')['baselines/freebsd-14.json'];
    const run = await command('/scalewatch baseline update freebsd-14', 'wes');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['command-result']).toBe('committed');
    const files = fake.filesAt('topic');
    expect(Object.keys(files).sort()).toEqual(['baselines/freebsd-14.json', 'src/kern.c']);
    expect(files['baselines/freebsd-14.json']).not.toBe(before);
    expect(JSON.parse(files['baselines/freebsd-14.json']!)).toMatchObject({ target: 'freebsd-14' });
    const commit = fake.commits[fake.refs['heads/topic']!]!;
    expect(commit.parents).toEqual([head]);
    expect(commit.message).toMatch(/^Update scalewatch baselines for freebsd-14\n\nFrom the results of https:\/\/github.com\/acme\/kernel\/actions\/runs\/300/);
    expect(fake.comments.map((c) => c.body)).toEqual([expect.stringMatching(/^Updated the baselines for freebsd-14 from \[run 300\]\(.*\) in [0-9a-f]{7}:\n\n- `baselines\/freebsd-14.json`$/)]);
    expect(fake.reactions.map((r) => r.content)).toEqual(['eyes', 'rocket']);
  });

  it('refuses a commenter without write permission, and commits nothing', async () => {
    pullRequestWithRun();
    const refs = { ...fake.refs };
    const run = await command('/scalewatch baseline update', 'rita');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['command-result']).toBe('refused');
    expect(fake.refs).toEqual(refs);
    expect(fake.writes().map((w) => w.operationId)).toEqual(['issues/create-comment', 'reactions/create-for-issue-comment']);
    expect(fake.comments[0]!.body).toMatch(/^@rita baseline updates need write permission on this repository, and you have read permission/);
    expect(fake.reactions).toEqual([{ commentId: 9001, content: '-1' }]);
  });

  it('refuses someone who is not a collaborator at all', async () => {
    pullRequestWithRun();
    const run = await command('/scalewatch baseline update freebsd-14', 'mallory');
    expect(run.outputs['command-result']).toBe('refused');
    expect(fake.comments[0]!.body).toContain('and you have none');
    expect(fake.log.some((l) => l.path.includes('/git/'))).toBe(false);
  });

  it('for a fork, says how instead of pushing', async () => {
    pullRequestWithRun('mallory/kernel');
    const refs = { ...fake.refs };
    const run = await command('/scalewatch baseline update freebsd-14', 'maya');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['command-result']).toBe('instructions');
    expect(fake.refs).toEqual(refs);
    expect(fake.comments[0]!.body).toMatch(/comes from a fork[\s\S]*`npx --yes github:scalewatch\/scalewatch#v1 baseline update --from DIR --targets freebsd-14`[\s\S]*- `baselines\/freebsd-14.json`/);
  });

  it('answers when no finished run has results yet', async () => {
    pullRequestWithRun();
    fake.runs = [];
    const run = await command('/scalewatch baseline update', 'maya');
    expect(run.code).toBe(1);
    expect(fake.comments[0]!.body).toMatch(/^Baseline update failed: No completed run of commit [0-9a-f]{7} has scalewatch results/);
    expect(fake.reactions.map((r) => r.content)).toEqual(['eyes', 'confused']);
  });

  it('fails with the API call that was refused, and says so on the PR', async () => {
    pullRequestWithRun();
    const refs = { ...fake.refs };
    fake.fail('git/create-tree', 403, 5);
    const run = await command('/scalewatch baseline update freebsd-14', 'maya');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::GitHub API POST \S+\/git\/trees failed with 403/);
    expect(fake.refs).toEqual(refs);
    expect(fake.comments.map((c) => c.body)).toEqual([expect.stringMatching(/^Baseline update failed: injected 403/)]);
  });

  it('explains its usage for a command it does not know, and ignores other comments', async () => {
    const unknown = await command('/scalewatch baseline delete', 'maya');
    expect(unknown.outputs['command-result']).toBe('refused');
    expect(fake.comments[0]!.body).toMatch(/^scalewatch did not understand `\/scalewatch baseline delete`/);
    fake.log = [];
    const chatter = await command('Looks good! We could run /scalewatch baseline update later.', 'maya');
    expect(chatter.outputs['command-result']).toBe('ignored');
    expect(fake.log).toEqual([]);
  });
});
