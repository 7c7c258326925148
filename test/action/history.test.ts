/**
 * mode: run on a push with history-reference: the checkout (whose head cuts the malloc rate to a
 * quarter) measured side by side with the pinned reference on this host with the real local driver,
 * its record written beside the results, uploaded, and added to refs/scalewatch/history on the fake
 * GitHub (every request checked against GitHub's OpenAPI description); the store reads back as a
 * series whose point names the commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runMode } from '../../src/action/run-mode.js';
import { baselineUpdateStage } from '../../src/action/stages.js';
import { createClient } from '../../src/github/client.js';
import { HISTORY_REF } from '../../src/github/history.js';
import type { ArtifactUploader } from '../../src/github/upload.js';
import { parseRecord } from '../../src/history/record.js';
import { selectDriver } from '../../src/vm/select.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { slowMallocRepo } from '../helpers/slow-malloc-repo.js';
import { commit, historyRemote, recordAt } from '../history/fixtures.js';
import { TwoSidesDriver } from '../helpers/two-sides-driver.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

/**
 * A push recorded after thirty earlier pushes at malloc's usual rate and one at a quarter of it: a
 * segment has two commits at least, so the step shows once this push's record (a quarter too)
 * follows. The target prints exact rates, B's a quarter of A's, so that the ratio this push records
 * is known. `bisectWorkflow` is the input of that name.
 */
async function pushAfterStep(bisectWorkflow: string): Promise<{ logs: string[]; results: string }> {
  const { repo, base, head } = slowMallocRepo();
  const earlier = Array.from({ length: 31 }, (_, i) => recordAt(i, 800, i === 30 ? 2.5e5 : 1e6));
  execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', historyRemote(earlier)]);
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-history-run-'));
  const event = join(work, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: head, before: base }));
  const results = join(work, 'results');
  const inputs = parseInputs((n) => ({ targets: 'local', benchmarks: 'malloc', results, baselines: join(work, 'baselines'), 'history-reference': base, 'bisect-workflow': bisectWorkflow, rounds: '4', 'max-rounds': '4', 'github-token': 'write-token', 'fail-on': 'never' })[n] ?? '');
  const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: '80', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo });
  const logs: string[] = [];
  await runMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), {
    stages: { updateBaselines: baselineUpdateStage },
    uploader: { upload: async () => {} },
    driverFor: async () => new TwoSidesDriver({ malloc: { slower: 3, noise: 0 } }),
    signal: new AbortController().signal,
    log: (m) => logs.push(m),
    write: () => {},
  });
  return { logs, results };
}

describe('runMode on a push with history-reference', () => {
  it('measures the commit beside the pinned reference and adds its record to the history ref', async () => {
    const { repo, base, head } = slowMallocRepo();
    const work = mkdtempSync(join(tmpdir(), 'scalewatch-history-run-'));
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: head, before: base }));
    const results = join(work, 'results');
    const inputs = parseInputs((n) => ({ targets: 'local', benchmarks: 'malloc', results, baselines: join(work, 'baselines'), 'history-reference': base, rounds: '4', 'max-rounds': '4', 'github-token': 'write-token' })[n] ?? '');
    const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: '79', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo });
    const uploads: { name: string; files: string[] }[] = [];
    const uploader: ArtifactUploader = { upload: async (name, files) => void uploads.push({ name, files: files.map((f) => f.split('/').pop()!) }) };
    const logs: string[] = [];
    await runMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), {
      stages: { updateBaselines: baselineUpdateStage },
      uploader,
      driverFor: (target, suites) => selectDriver({ target, log: (m) => logs.push(m), ...suites }),
      signal: new AbortController().signal,
      log: (m) => logs.push(m),
      write: () => {},
    });
    expect(uploads).toEqual([{ name: 'scalewatch-results-local', files: ['local.jsonl', 'local.base.jsonl', 'local.compare.json', 'local.meta.json', 'local.history.json'] }]);
    const local = parseRecord(readFileSync(join(results, 'local.history.json'), 'utf8'), 'local.history.json');
    expect(local).toMatchObject({ target: 'local', commit: head, parent: base, reference: { commit: base, label: `the reference ${base}` }, rounds: 4 });
    const malloc = local.points.find((p) => p.bench === 'malloc')!;
    expect(malloc.ratio).toBeGreaterThan(0.1);
    expect(malloc.ratio).toBeLessThan(0.5);
    // On the ref: one file, the same record, compressed.
    const files = Object.keys(fake.filesAt(HISTORY_REF));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^local/${head}-\\d{17}\\.json\\.gz$`));
    expect(parseRecord(gunzipSync(fake.blobAt(HISTORY_REF, files[0]!)!).toString('utf8'), files[0]!)).toEqual(local);
    expect(logs).toContain(`Running the quick suite on local, side by side with the history's reference ${base}`);
    expect(logs.find((l) => l.startsWith('History: 1 record of '))).toMatch(new RegExp(`^History: 1 record of ${head.slice(0, 7)} stored on refs/scalewatch/history \\([0-9a-f]{7}\\)$`));
  });

  it('names the change point on main this push makes known, in the report and in one comment on its commit, and starts its bisection', async () => {
    const { logs, results } = await pushAfterStep('scalewatch-bisect.yml');
    const step = `between ${commit(30).slice(0, 7)} and ${commit(31).slice(0, 7)}`;
    expect(logs.find((l) => l.startsWith('History: 1 new change point on main'))).toContain(`local malloc level −7`);
    expect(fake.commitComments).toHaveLength(1);
    expect(fake.commitComments[0]!.sha).toBe(commit(31));
    expect(fake.commitComments[0]!.body).toContain(`- local: malloc level −7`);
    expect(fake.commitComments[0]!.body).toContain(step);
    // One bisection of the range, on the pushed branch, with the inputs the bisect workflow declares.
    expect(fake.dispatches).toEqual([{ workflow: 'scalewatch-bisect.yml', ref: 'refs/heads/main', inputs: { good: commit(30), bad: commit(31), targets: 'local', benchmarks: 'malloc' } }]);
    expect(fake.commitComments[0]!.body).toContain('Bisecting local: malloc with scalewatch-bisect.yml: its answer is added here.');
    const md = readFileSync(join(results, 'report.md'), 'utf8').replace(/\\/g, '');
    expect(md).toContain('**A change point on main, new in the history with this push:**');
    expect(md).toContain(step);
  });

  it('says why no bisection started when the workflow cannot be started, and still comments', async () => {
    const { logs } = await pushAfterStep('no-such.yml');
    expect(fake.dispatches).toEqual([]);
    expect(logs.find((l) => l.startsWith('warning: no-such.yml was not started'))).toMatch(/^warning: no-such\.yml was not started to bisect local between [0-9a-f]{7} and [0-9a-f]{7} \(.*404.*; the workflow needs `permissions: actions: write` and workflow_dispatch inputs good, bad, targets and benchmarks\)$/);
    expect(fake.commitComments).toHaveLength(1);
    expect(fake.commitComments[0]!.body).not.toContain('Bisecting');
  });

  it('refuses a bisect workflow that is not a file name or an id, in one sentence', () => {
    expect(() => parseInputs((n) => ({ 'bisect-workflow': '../x.yml' })[n] ?? '')).toThrow('Input "bisect-workflow" must be a workflow\'s file name under .github/workflows (e.g. scalewatch-bisect.yml) or its id, not "../x.yml".');
  });

  it('refuses a reference that is not a ref name, in one sentence', () => {
    expect(() => parseInputs((n) => ({ 'history-reference': 'main; rm -rf /' })[n] ?? '')).toThrow('Input "history-reference" must be a git ref or commit (e.g. v1.0, main~10, a commit), or "baselines", not "main; rm -rf /".');
  });
});
