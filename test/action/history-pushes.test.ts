/**
 * History end to end, as a consumer repository lives it: mode: run with history-reference on each of
 * 30 pushes to main, against the fake GitHub (every request checked against GitHub's OpenAPI
 * description), which keeps refs/scalewatch/history; after each push, origin serves that ref as GitHub
 * would to the next push's fetch. The 18th commit makes malloc do four times the work; the target
 * stands in for the machine (TwoSidesDriver): side B is 30% slower when its exported suite holds that
 * change, and every value scatters by 3%. The last push runs twice at once, as a re-run racing its
 * first run would.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/action/context.js';
import { parseInputs } from '../../src/action/inputs.js';
import { runMode } from '../../src/action/run-mode.js';
import { baselineUpdateStage } from '../../src/action/stages.js';
import { createClient } from '../../src/github/client.js';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { bisectRepo } from '../helpers/bisect-repo.js';
import { historyRemote, recordsOnRef } from '../history/fixtures.js';
import { TwoSidesDriver } from '../helpers/two-sides-driver.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

const PUSHES = 30;
const SLOW_AT = 18;

describe('history over 30 pushes of a consumer repository', () => {
  it('keeps a record a push, names the commit that slowed malloc once, and keeps both records of two runs at once', async () => {
    const { repo, good, commits } = bisectRepo(PUSHES, SLOW_AT);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
    git('remote', 'add', 'origin', historyRemote([]));
    const work = mkdtempSync(join(tmpdir(), 'scalewatch-history-pushes-'));
    const client = createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} });
    const logs: string[][] = [];
    const push = async (i: number, runId: number) => {
      const event = join(work, `event-${runId}.json`);
      writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: commits[i], before: i === 0 ? good : commits[i - 1] }));
      const inputs = parseInputs((n) => ({ targets: 'local', benchmarks: 'malloc', results: join(work, `results-${runId}`), baselines: join(work, 'baselines'), 'history-reference': good, rounds: '4', 'max-rounds': '4', 'github-token': 'write-token', 'fail-on': 'never' })[n] ?? '');
      const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: String(runId), GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo });
      const log: string[] = [];
      logs.push(log);
      await runMode(inputs, ctx, client, {
        stages: { updateBaselines: baselineUpdateStage },
        uploader: { upload: async () => {} },
        // Side B 30% slower exactly when the suite exported for it holds the change; each push its own noise, the same in every run of the test.
        driverFor: async (_target, suites) => new TwoSidesDriver({ malloc: { slower: readFileSync(join(suites!.extraSuites!.b!, 'bench_malloc.c'), 'utf8').includes('count *= 4') ? 0.3 : 0, noise: 0.03 } }, false, '6.1', runId),
        signal: new AbortController().signal,
        log: (m) => log.push(m),
        write: () => {},
      });
    };
    for (let i = 0; i < PUSHES; i++) {
      git('checkout', '-q', commits[i]!);
      if (i < PUSHES - 1) await push(i, 100 + i);
      // The last push, run twice at once (a re-run racing its first run): both records are kept.
      else await Promise.all([push(i, 100 + i), push(i, 200 + i)]);
      // origin serves the ref as the fake GitHub now holds it, as GitHub serves the next push's fetch.
      git('remote', 'set-url', 'origin', historyRemote(recordsOnRef(fake)));
    }
    const records = recordsOnRef(fake);
    expect(records).toHaveLength(PUSHES + 1);
    expect(new Set(records.map((r) => r.commit))).toEqual(new Set(commits));
    expect(records.filter((r) => r.commit === commits[PUSHES - 1]).map((r) => r.recordedAt)).toHaveLength(2);
    // One change point, named by the commit that made it, reported once: one push's log, one commit comment.
    const found = logs.map((l) => l.find((m) => m.startsWith('History: 1 new change point on main'))).filter((m) => m !== undefined);
    expect(found, logs.flat().filter((m) => m.startsWith('History:')).join('\n')).toHaveLength(1);
    expect(found[0]).toContain(`local malloc level −2`);
    expect(found[0]).toContain(`between ${commits[SLOW_AT - 2]!.slice(0, 7)} and ${commits[SLOW_AT - 1]!.slice(0, 7)}`);
    expect(logs.flat().filter((m) => /new change points? on main/.test(m) && !m.startsWith('History: no new'))).toHaveLength(1);
    expect(fake.commitComments).toHaveLength(1);
    expect(fake.commitComments[0]!.sha).toBe(commits[SLOW_AT - 1]);
  });
});
