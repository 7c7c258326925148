/**
 * mode: bisect on a repository of 2 commits after the suite, one of which makes malloc do four times
 * the work: the Action bisects with the real local driver, and its answer is added to the change
 * point's comment on the bad commit at the fake GitHub (every request checked against GitHub's OpenAPI
 * description), naming the commit and the pull request it came in by.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bisectMode } from '../../src/action/bisect-mode.js';
import { readContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { baselineUpdateStage } from '../../src/action/stages.js';
import { createClient } from '../../src/github/client.js';
import { CHANGE_POINT_MARKER } from '../../src/github/history.js';
import { selectDriver } from '../../src/vm/select.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { bisectRepo } from '../helpers/bisect-repo.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

describe('mode: bisect', () => {
  it('names the commit and its pull request in the change point\'s comment, updated in place', async () => {
    const { repo, good, commits } = bisectRepo(2, 2);
    const bad = commits[1]!;
    fake.commitComments.push({ id: 7, sha: bad, body: `${CHANGE_POINT_MARKER}\n**scalewatch**: a change point on main starts at this commit:` });
    fake.pulls.push({ number: 42, headSha: 'f'.repeat(40), headRef: 'slow-malloc', headRepo: 'acme/kernel', baseRef: 'main', mergeCommit: commits[1]! });
    const results = mkdtempSync(join(tmpdir(), 'scalewatch-bisect-mode-'));
    const inputs = parseInputs((n) => ({ mode: 'bisect', targets: 'local', benchmarks: 'malloc', results, good, bad, rounds: '3', 'max-rounds': '3', 'github-token': 'write-token' })[n] ?? '');
    const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_RUN_ID: '81', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo });
    const logs: string[] = [];
    const end = await bisectMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), {
      stages: { updateBaselines: baselineUpdateStage },
      uploader: { upload: async () => {} },
      driverFor: (target, suites) => selectDriver({ target, log: (m) => logs.push(m), ...suites }),
      signal: new AbortController().signal,
      log: (m) => logs.push(m),
      write: () => {},
    });
    expect(end.failure).toBeUndefined();
    expect(fake.commitComments).toHaveLength(1);
    const body = fake.commitComments[0]!.body;
    expect(body.startsWith(`${CHANGE_POINT_MARKER}\n**scalewatch**: a change point`)).toBe(true);
    expect(body).toContain(`**Bisected**: ${commits[1]!.slice(0, 7)} is the first bad commit: commit 2: malloc does four times the work (pull request #42)`);
    expect(readFileSync(join(results, 'bisect.md'), 'utf8')).toContain(`${commits[1]!.slice(0, 7)} is the first bad commit`);
    expect(logs.some((l) => l.startsWith('Bisection added to the change point\'s comment: '))).toBe(true);
  });

  it('asks in one sentence for good and bad, and for exactly one target', async () => {
    const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_RUN_ID: '82', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: '.' });
    const deps = { stages: { updateBaselines: baselineUpdateStage }, uploader: { upload: async () => {} }, driverFor: () => Promise.reject(new Error('unused')), signal: new AbortController().signal, log: () => {}, write: () => {} };
    await expect(bisectMode(parseInputs((n) => ({ mode: 'bisect', targets: 'local', good: 'v1' })[n] ?? ''), ctx, undefined, deps)).rejects.toThrow('mode: bisect needs the inputs "good" and "bad": the commits without and with the change.');
    await expect(bisectMode(parseInputs((n) => ({ mode: 'bisect', targets: 'local debian-12', good: 'v1', bad: 'v2' })[n] ?? ''), ctx, undefined, deps)).rejects.toThrow('mode: bisect runs on one target: name exactly one in the input "targets".');
  });
});
