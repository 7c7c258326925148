/**
 * mode: run, end to end but for the machine: a hand-written fake driver stands for the VM (it
 * streams a real suite's lines), a fake uploader for the runner's artifact service; everything else
 * (runner, recorder, analysis, compare, report, GitHub adapter against the fake API) is real.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runMode } from '../../src/action/run-mode.js';
import { failureOf } from '../../src/action/outcome.js';
import { baselineUpdateStage } from '../../src/action/stages.js';
import { createClient } from '../../src/github/client.js';
import type { ArtifactUploader } from '../../src/github/upload.js';
import type { Driver, RunSink, SuitePlan } from '../../src/vm/driver.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { pullRequestEvent, resultsJsonl } from './fixtures.js';
import { cli } from '../helpers/cli.js';

/** Streams the lines of a prepared results stream, as a guest would. */
class ReplayDriver implements Driver {
  readonly name = 'qemu' as const;
  torn = false;
  constructor(private readonly lines: string[]) {}
  async prepare(): Promise<{ metaLine: string; info: Record<string, string> }> {
    return { metaLine: this.lines[0]!, info: { accel: 'tcg' } };
  }
  async run(plan: SuitePlan, sink: RunSink): Promise<void> {
    for (const inv of plan.invocations) {
      sink.start(inv);
      for (const line of this.lines.slice(1)) if (JSON.parse(line).bench === inv.bench) sink.line(inv, line);
      sink.end(inv, { status: 'ok' });
    }
  }
  async teardown(): Promise<void> {
    this.torn = true;
  }
}

class FakeUploader implements ArtifactUploader {
  uploads: { name: string; files: string[] }[] = [];
  async upload(name: string, files: string[]): Promise<void> {
    this.uploads.push({ name, files: files.map((f) => f.split('/').pop()!) });
  }
}

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

describe('runMode', () => {
  it('measures each target, keeps going past a broken one, uploads per target and comments once', async () => {
    const work = mkdtempSync(join(tmpdir(), 'scalewatch-run-'));
    const event = join(work, 'event.json');
    writeFileSync(event, JSON.stringify(pullRequestEvent(5)));
    // freebsd-14 has a baseline of three sessions; its socket curve got 30% slower since.
    const baselines = join(work, 'baselines');
    const old = join(work, 'old');
    mkdirSync(old);
    for (const [i, ns] of [795, 800, 805].entries()) writeFileSync(join(old, `freebsd-14-${i}.jsonl`), resultsJsonl('freebsd-14', ns));
    await baselineUpdateStage({ cwd: work, from: old, targets: [] });
    const inputs = parseInputs((n) => ({ targets: 'freebsd-14 netbsd-10 openbsd-7', benchmarks: 'socket,fork', results: join(work, 'results'), baselines, 'github-token': 'write-token', 'fail-on': 'regression' })[n] ?? '');
    const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: '77', GITHUB_API_URL: fake.url });
    const drivers: Record<string, ReplayDriver> = {
      'freebsd-14': new ReplayDriver(resultsJsonl('freebsd-14', 1040).trim().split('\n')),
      'netbsd-10': new ReplayDriver(resultsJsonl('netbsd-10').trim().split('\n')),
    };
    const uploader = new FakeUploader();
    const logs: string[] = [];
    const outcome = await runMode(inputs, ctx, createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} }), {
      stages: { updateBaselines: baselineUpdateStage },
      uploader,
      driverFor: async (t) => {
        const d = drivers[t];
        if (!d) throw new Error(`the ${t} guest did not boot`);
        return d;
      },
      signal: new AbortController().signal,
      log: (m) => logs.push(m),
      write: () => {},
    });

    // A target that could not be measured fails the step first, naming it and why.
    expect(outcome.failure).toBe('scalewatch could not measure 1 target: openbsd-7 (the openbsd-7 guest did not boot).');
    expect(uploader.uploads).toEqual([
      // The regressed socket was measured a second time (the same replay: it repeats), kept beside the results.
      { name: 'scalewatch-results-freebsd-14', files: ['freebsd-14.jsonl', 'freebsd-14.recheck.jsonl', 'freebsd-14.compare.json', 'freebsd-14.meta.json', 'pull-request.json'] },
      { name: 'scalewatch-results-netbsd-10', files: ['netbsd-10.jsonl', 'netbsd-10.compare.json', 'netbsd-10.meta.json', 'pull-request.json'] },
      { name: 'scalewatch-results-openbsd-7', files: ['openbsd-7.meta.json', 'pull-request.json'] },
    ]);
    expect(Object.values(drivers).every((d) => d.torn)).toBe(true);
    const compare = JSON.parse(readFileSync(join(work, 'results', 'freebsd-14.compare.json'), 'utf8')) as { results: { bench: string; verdict: string; note: string }[] };
    expect(compare.results.find((r) => r.bench === 'socket')).toMatchObject({ verdict: 'regressed', note: expect.stringMatching(/a second measurement repeated it$/) });
    const again = readFileSync(join(work, 'results', 'freebsd-14.recheck.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { bench?: string });
    expect(new Set(again.flatMap((l) => (l.bench ? [l.bench] : [])))).toEqual(new Set(['calib', 'socket']));
    expect(fake.comments).toHaveLength(1);
    const body = fake.comments[0]!.body;
    expect(body).toContain('### ❌ scalewatch: 1 regression, 1 failed target on 3 targets');
    expect(body).toContain('**openbsd\\-7** — 💥 **no results**: the openbsd\\-7 guest did not boot');
    expect(body).toMatch(/netbsd\\-10 \| socket \| 🆕 new/);
    expect(body.replace(/\\/g, '')).toContain('1 alarm measured a second time against the baseline (it names no commit to measure beside), 1 repeated (socket)');
    expect(existsSync(join(work, 'results', 'report.md'))).toBe(true);
    expect(logs).toContain('openbsd-7: the openbsd-7 guest did not boot');

    // The artifacts, read back by `scalewatch report` (as a maintainer who downloads them would), give
    // the Action's report.md, line for line: one reader of a results folder, one way to assemble a report.
    const again2 = await cli('report', '--in', join(work, 'results'), '--out', join(work, 'again'), '--baselines', baselines, '--run-url', ctx.runUrl);
    expect(again2.code, again2.err).toBe(0);
    expect(readFileSync(join(work, 'again', 'report.md'), 'utf8')).toBe(readFileSync(join(work, 'results', 'report.md'), 'utf8'));
  });
});

describe('failureOf', () => {
  const findings = (failed: { target: string; reason: string }[], regressions = 0) => ({ regressions, scalingRegressions: 0, failedTargets: failed.length, failed, changed: true });
  it('fails the step on a target that was not measured unless fail-on is never, and says which and why', () => {
    const f = findings([{ target: 'freebsd-14', reason: 'vagrant is not installed.' }], 2);
    expect(failureOf(f, ['regression'])).toBe('scalewatch could not measure 1 target: freebsd-14 (vagrant is not installed).');
    expect(failureOf(f, ['scaling'])).toMatch(/^scalewatch could not measure 1 target/);
    expect(failureOf(f, [])).toBeUndefined();
    expect(failureOf(findings([], 2), ['regression'])).toBe('scalewatch found 2 regression(s) and 0 scaling regression(s).');
  });
});
