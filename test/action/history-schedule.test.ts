/**
 * History on a schedule, as a consumer repository lives it when main stands still: mode: run with
 * history-reference on 16 scheduled runs (`on: schedule`) of one commit, against the fake GitHub. From
 * the 9th run on, the machine reports a new kernel under which the commit's malloc is 30% slower
 * against the pinned reference (a kernel update that slows what the commit took to using); the target
 * stands in for the machine (TwoSidesDriver). The change is the machine's, not the code's: it must be
 * named between two records of the one commit, with both kernels, once, and start no bisection.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
import { TwoSidesDriver } from '../helpers/two-sides-driver.js';
import { historyRemote, recordsOnRef } from '../history/fixtures.js';

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

const RUNS = 16;
const UPDATED_AT = 9;

describe('history of scheduled runs while main stands still', () => {
  it('keeps a record a run of the one commit and names the kernel update between two of its records, once, without bisecting', async () => {
    const { repo, good, commits } = bisectRepo(4, 99);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
    git('remote', 'add', 'origin', historyRemote([]));
    const head = commits[commits.length - 1]!;
    git('checkout', '-q', head);
    const work = mkdtempSync(join(tmpdir(), 'scalewatch-history-schedule-'));
    const client = createClient({ token: 'write-token', apiUrl: fake.url, log: () => {} });
    fake.workflows = ['bisect.yml'];
    const logs: string[][] = [];
    for (let run = 1; run <= RUNS; run++) {
      const event = join(work, `event-${run}.json`);
      writeFileSync(event, JSON.stringify({ schedule: '17 3 * * *' }));
      const inputs = parseInputs((n) => ({ targets: 'local', benchmarks: 'malloc', results: join(work, `results-${run}`), baselines: join(work, 'baselines'), 'history-reference': good, rounds: '4', 'max-rounds': '4', 'github-token': 'write-token', 'fail-on': 'never', 'bisect-workflow': 'bisect.yml' })[n] ?? '');
      const ctx = readContext({ GITHUB_REPOSITORY: 'acme/kernel', GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: event, GITHUB_RUN_ID: String(300 + run), GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: repo, GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' });
      const log: string[] = [];
      logs.push(log);
      const updated = run >= UPDATED_AT;
      await runMode(inputs, ctx, client, {
        stages: { updateBaselines: baselineUpdateStage },
        uploader: { upload: async () => {} },
        driverFor: async () => new TwoSidesDriver({ malloc: { slower: updated ? 0.3 : 0, noise: 0.03 } }, false, updated ? '6.2' : '6.1'),
        signal: new AbortController().signal,
        log: (m) => log.push(m),
        write: () => {},
      });
      git('remote', 'set-url', 'origin', historyRemote(recordsOnRef(fake)));
    }
    const records = recordsOnRef(fake);
    expect(records).toHaveLength(RUNS);
    expect(new Set(records.map((r) => r.commit))).toEqual(new Set([head]));
    expect(new Set(records.map((r) => r.recordedAt)).size).toBe(RUNS);
    expect(records.filter((r) => r.machine.release === '6.2')).toHaveLength(RUNS - UPDATED_AT + 1);
    // One change point, between the records of the last old kernel and the first new one, reported once.
    const found = logs.map((l) => l.find((m) => /^History: 1 new change point on main/.test(m))).filter((m) => m !== undefined);
    expect(found, logs.flat().filter((m) => m.startsWith('History')).join('\n')).toHaveLength(1);
    expect(found[0]).toContain('local malloc');
    expect(found[0]).toContain(`on ${head.slice(0, 7)} between its records of`);
    expect(found[0]).toContain('the code unchanged (Linux 6.1 x86_64 → Linux 6.2 x86_64)');
    expect(logs.flat().filter((m) => /new change points? on main/.test(m) && !m.startsWith('History: no new'))).toHaveLength(1);
    // The machine's change: commented on the commit as such, and no bisection started.
    expect(fake.commitComments).toHaveLength(1);
    expect(fake.commitComments[0]!.sha).toBe(head);
    expect(fake.commitComments[0]!.body).toContain('the code did not change, the machine or its OS did');
    expect(fake.dispatches).toEqual([]);
  });
});
