/**
 * mode: run as the runner starts it: the bundled dist/index.js measures the `local` target with the
 * local driver (the suite built with this host's cc), compares it, and writes outputs and summary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { pullRequestEvent } from './fixtures.js';
import { runAction } from './harness.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

it('measures the local target, publishes the report and comments on the pull request', async () => {
  const run = await runAction({ apiUrl: fake.url, inputs: { mode: 'run', targets: 'local', driver: 'local', benchmarks: 'socket', 'github-token': 'write-token', 'fail-on': 'never' }, eventName: 'pull_request', event: pullRequestEvent(3) });
  expect(run.code, run.stdout).toBe(0);
  const results = join(run.workspace, 'scalewatch-results');
  expect(['local.jsonl', 'local.compare.json', 'local.meta.json', 'pull-request.json', 'report.md'].every((f) => existsSync(join(results, f)))).toBe(true);
  expect(JSON.parse(readFileSync(join(results, 'local.compare.json'), 'utf8')).results[0]).toMatchObject({ target: 'local', bench: 'socket', verdict: 'new' });
  expect(run.outputs).toMatchObject({ regressions: '0', 'scaling-regressions': '0', report: join(results, 'report.md') });
  expect(run.stdout).toContain('Not uploading artifact scalewatch-results-local');
  expect(fake.comments.map((c) => c.issue)).toEqual([3]);
  expect(run.summary).toContain('| local | socket | 🆕 new |');
});
