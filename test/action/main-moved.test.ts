/**
 * mode: run on a pull request compared with stored baselines, in a repository whose history (on
 * origin's refs/scalewatch/history) shows malloc falling to a quarter at commit 20 of main: the
 * baseline was made from commit 5 and the pull request builds on commit 30, so its comparison includes
 * that step, and the comment says main moved in between. The first-parent line and the history are
 * real git; the target is TwoSidesDriver, whose numbers match the baseline's. The report job that
 * gathers the run's artifact (mode: report) says the same.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { reportMode } from '../../src/action/report-mode.js';
import { runMode } from '../../src/action/run-mode.js';
import { baselineUpdateStage } from '../../src/action/stages.js';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { formatBaseline, toBaselineFile } from '../../src/baseline/model.js';
import { createClient } from '../../src/github/client.js';
import { recordOf } from '../../src/history/record.js';
import { movedBetween, type HistoryChange } from '../../src/history/series.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { historyRemote, machine, reportAt } from '../history/fixtures.js';
import { TwoSidesDriver } from '../helpers/two-sides-driver.js';
import { pullRequestEvent } from './fixtures.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

/** A repository of 32 empty commits on main (c0 … c31), and their names. */
function mainLine(): { repo: string; c: string[] } {
  const repo = mkdtempSync(join(tmpdir(), 'scalewatch-main-moved-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  const c: string[] = [];
  for (let i = 0; i < 32; i++) {
    git('commit', '-q', '--allow-empty', '-m', `c${i}`);
    c.push(git('rev-parse', 'HEAD'));
  }
  return { repo, c };
}

/**
 * runMode on pull request 9, based on c30, compared with a baseline of target local (made from
 * `baselineFrom`, or naming no commit), in a repository whose origin keeps the history of c1 … c30
 * with malloc at a quarter of the reference's rate from c20 on.
 */
async function pullRequestRun(baselineFrom: (c: string[]) => string | undefined): Promise<{ c: string[]; logs: string[]; results: string; work: string; ctx: ReturnType<typeof readContext> }> {
  const { repo, c } = mainLine();
  const records = Array.from({ length: 30 }, (_, i) =>
    recordOf(reportAt(i, 800, i >= 19 ? 2.5e5 : 1e6), { target: 'local', commit: c[i + 1]!, parent: c[i]!, recordedAt: new Date(Date.UTC(2026, 11, 1, 0, i)).toISOString(), reference: { commit: c[0]!, label: 'c0' }, machine }),
  );
  execFileSync('git', ['-C', repo, 'remote', 'add', 'origin', historyRemote(records)]);
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-main-moved-run-'));
  // The baseline: the rate TwoSidesDriver's side A prints.
  const values = [990, 1000, 1010, 1000, 995].map((value, run) => ({ type: 'value' as const, bench: 'malloc', run, value, unit: 'ops/s', better: 'higher' as const }));
  const summary = analyzeResults({ meta: { type: 'meta', target: 'local', os: 'Linux', release: '6.1', arch: 'x86_64', ncpu: 2, cpu: 'test', cc: 'gcc' }, samples: [], values, errors: [], malformed: [] });
  mkdirSync(join(work, 'baselines'));
  writeFileSync(join(work, 'baselines', 'local.json'), formatBaseline(toBaselineFile(summary, 'base.jsonl', baselineFrom(c))));
  const event = join(work, 'event.json');
  const pr = pullRequestEvent(9) as { pull_request: { base: Record<string, unknown> } };
  pr.pull_request.base.sha = c[30];
  writeFileSync(event, JSON.stringify(pr));
  const results = join(work, 'results');
  const inputs = parseInputs((n) => ({ targets: 'local', benchmarks: 'malloc', results, baselines: join(work, 'baselines'), 'compare-to': 'baselines', 'github-token': 'write-token', 'fail-on': 'never' })[n] ?? '');
  const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: '82', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo });
  const logs: string[] = [];
  await runMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), {
    stages: { updateBaselines: baselineUpdateStage },
    uploader: { upload: async () => {} },
    driverFor: async () => new TwoSidesDriver({ malloc: { slower: 0, noise: 0.01 } }),
    signal: new AbortController().signal,
    log: (m) => logs.push(m),
    write: () => {},
  });
  return { c, logs, results, work, ctx };
}

describe('the change points on main between the baseline and what a run builds on', () => {
  it('are those after the baseline\'s commit and at or before the base, on the first-parent line', () => {
    const order = ['a', 'b', 'c', 'd', 'e'];
    const at = (to: string): HistoryChange => ({ target: 'local', bench: 'malloc', measure: 'ratio', from: 'x', to, fromAt: '2026-12-01T00:00:00.000Z', toAt: '2026-12-02T00:00:00.000Z', change: -0.75, ci: [-0.8, -0.7], p: 1e-9, before: 2, after: 2 });
    const changes = ['b', 'c', 'e', 'z'].map(at);
    expect(movedBetween(changes, order, 'b', 'd').map((c) => c.to)).toEqual(['c']);
    expect(movedBetween(changes, order, 'a', 'e').map((c) => c.to)).toEqual(['b', 'c', 'e']);
    // Either end off the line: nothing can be said.
    expect(movedBetween(changes, order, 'q', 'e')).toEqual([]);
  });

  it('are named in the comment of a pull request compared with stored baselines', async () => {
    // The baseline was made from c5; the pull request builds on c30; malloc fell at c20 in between.
    const { c, logs, results } = await pullRequestRun((c) => c[5]);
    const step = `between ${c[19]!.slice(0, 7)} and ${c[20]!.slice(0, 7)}`;
    expect(logs.find((l) => l.startsWith('History: main moved'))).toMatch(new RegExp(`^History: main moved between the baselines and the PR's base: local malloc level −7\\d\\.\\d% .*${step}`));
    const md = readFileSync(join(results, 'report.md'), 'utf8').replace(/\\/g, '');
    expect(md).toContain("**Main moved between the baseline and this pull request's base** (the history of main; the comparison below includes it, the change under test did not make it):");
    expect(md).toContain(step);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]!.body.replace(/\\/g, '')).toContain(step);
  });

  it('are named by the report job that gathers a matrix\'s artifacts too', async () => {
    const { c, results, work, ctx } = await pullRequestRun((c) => c[5]);
    // The run job's artifact, as it uploads it: the target's files of its results folder.
    const files = Object.fromEntries(readdirSync(results).filter((f) => f.startsWith('local.')).map((f) => [f, new Uint8Array(readFileSync(join(results, f)))]));
    fake.artifacts.push({ id: 1, runId: 82, name: 'scalewatch-results-local', zip: zipSync(files) });
    const gathered = join(work, 'gathered');
    const inputs = parseInputs((n) => ({ mode: 'report', results: gathered, baselines: join(work, 'baselines'), 'github-token': 'write-token', 'fail-on': 'never' })[n] ?? '');
    const logs: string[] = [];
    await reportMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), (m) => logs.push(m));
    const step = `between ${c[19]!.slice(0, 7)} and ${c[20]!.slice(0, 7)}`;
    expect(logs.find((l) => l.startsWith('History: main moved'))).toMatch(new RegExp(`^History: main moved between the baselines and the PR's base: local malloc level −7\\d\\.\\d% .*${step}`));
    const md = readFileSync(join(gathered, 'report.md'), 'utf8').replace(/\\/g, '');
    expect(md).toContain("**Main moved between the baseline and this pull request's base**");
    expect(md).toContain(step);
  });

  it('say nothing when the step came before the baseline was made', async () => {
    const { logs, results } = await pullRequestRun((c) => c[25]);
    expect(logs.filter((l) => l.startsWith('History:'))).toEqual([]);
    expect(readFileSync(join(results, 'report.md'), 'utf8')).not.toContain('Main moved');
  });

  it('say nothing when the baseline names no commit', async () => {
    const { logs, results } = await pullRequestRun(() => undefined);
    expect(logs.filter((l) => l.startsWith('History:'))).toEqual([]);
    expect(readFileSync(join(results, 'report.md'), 'utf8')).not.toContain('Main moved');
  });
});
