/**
 * mode: run with compare-to: base, on a pull request whose head cuts the malloc rate to a quarter: the Action
 * exports the base commit's suite beside the checkout's, measures both on this host with the real local
 * driver, interleaved, and reports the regression against the base, not against a stored baseline.
 * Comments go to the fake GitHub, which checks each request against GitHub's OpenAPI description.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runMode } from '../../src/action/run-mode.js';
import { baselineUpdateStage } from '../../src/action/stages.js';
import { createClient } from '../../src/github/client.js';
import type { ArtifactUploader } from '../../src/github/upload.js';
import { selectDriver } from '../../src/vm/select.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { slowMallocRepo } from '../helpers/slow-malloc-repo.js';
import { pullRequestEvent } from './fixtures.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

describe('runMode with compare-to: base', () => {
  it('measures the base and the PR side by side and reports the regression against the base', async () => {
    const { repo, base } = slowMallocRepo();
    const work = mkdtempSync(join(tmpdir(), 'scalewatch-run-ab-'));
    const event = join(work, 'event.json');
    const pr = pullRequestEvent(8) as { pull_request: { base: Record<string, unknown> } };
    pr.pull_request.base.sha = base;
    writeFileSync(event, JSON.stringify(pr));
    const results = join(work, 'results');
    const inputs = parseInputs((n) => ({ targets: 'local', benchmarks: 'malloc', results, baselines: join(work, 'baselines'), 'compare-to': 'base', rounds: '4', 'github-token': 'write-token' })[n] ?? '');
    const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: '78', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo });
    const uploads: { name: string; files: string[] }[] = [];
    const uploader: ArtifactUploader = { upload: async (name, files) => void uploads.push({ name, files: files.map((f) => f.split('/').pop()!) }) };
    const logs: string[] = [];
    const outcome = await runMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), {
      stages: { updateBaselines: baselineUpdateStage },
      uploader,
      driverFor: (target, suites) => selectDriver({ target, log: (m) => logs.push(m), ...suites }),
      signal: new AbortController().signal,
      log: (m) => logs.push(m),
      write: () => {},
    });
    expect(outcome.failure).toBe('scalewatch found 1 regression(s) and 0 scaling regression(s).');
    expect(uploads).toEqual([{ name: 'scalewatch-results-local', files: ['local.jsonl', 'local.base.jsonl', 'local.compare.json', 'local.meta.json', 'pull-request.json'] }]);
    const compare = JSON.parse(readFileSync(join(results, 'local.compare.json'), 'utf8')) as { summary: { paired: { a: string; b: string } }; results: { bench: string; verdict: string }[] };
    expect(compare.summary.paired).toMatchObject({ a: `the base main (${base.slice(0, 7)})`, b: 'this pull request' });
    expect(compare.results).toEqual([expect.objectContaining({ bench: 'malloc', verdict: 'regressed' })]);
    const body = fake.comments[0]!.body;
    // Markdown escapes every punctuation mark of the sentence; read it without the backslashes.
    // Decided at the first look: the comment says what the run took and how precisely it read the level.
    expect(body.replaceAll('\\', '')).toMatch(new RegExp(`compared side by side with the base main \\(${base.slice(0, 7)}\\) on the same machine \\(4 rounds in \\d+ s, interleaved\\); levels known to ±\\d+\\.\\d% \\(median of 1\\)`));
    expect(body).toMatch(/local \| malloc \| .*regressed/);
    expect(logs.some((l) => l.includes(`side by side with the PR's base ${base.slice(0, 7)}`))).toBe(true);
  });
});
