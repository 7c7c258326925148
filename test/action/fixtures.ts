/** Results, compare results and events shaped like real ones, for the Action's tests. */
import { strToU8, zipSync } from 'fflate';
import type { CompareResult } from '../../src/report/input.js';
import { reportOf, row as reportRow } from '../report/fixtures.js';

export const HEAD = 'a'.repeat(40);

/** A results stream of one target: a flat socket curve and a linear fork curve, three runs each. */
export function resultsJsonl(target: string, socketNs = 800): string {
  const lines = [JSON.stringify({ type: 'meta', target, os: 'FreeBSD', release: '14.2-RELEASE', arch: 'amd64', ncpu: 2, cpu: 'QEMU Virtual CPU', cc: 'clang 18', driver: 'qemu' })];
  let seed = 7;
  const noise = () => 1 + 0.05 * ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let run = 0; run < 3; run++) for (let n = 1; n <= 1000; n++) lines.push(JSON.stringify({ type: 'sample', bench: 'socket', run, n, ns: Math.round(socketNs * noise()) }));
  for (let run = 0; run < 3; run++) for (let n = 1; n <= 200; n++) lines.push(JSON.stringify({ type: 'sample', bench: 'fork', run, n, ns: Math.round((50_000 + 40 * n) * noise()) }));
  return `${lines.join('\n')}\n`;
}

export function row(target: string, bench: string, verdict: CompareResult['verdict'], change: number | null = null): CompareResult {
  return reportRow(target, bench, verdict, change, change === null ? null : [change - 0.02, change + 0.02], 'O(1)', verdict === 'scaling-regressed' ? 'O(n)' : 'O(1)');
}

/** The artifact a `mode: run` job uploads for one target. */
export function targetArtifact(target: string, rows: CompareResult[], pr?: { number: number; headSha: string }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    [`${target}.meta.json`]: strToU8(JSON.stringify({ target, os: 'FreeBSD', release: '14.2-RELEASE', arch: 'amd64', ncpu: 2, driver: 'qemu', seconds: 300 })),
    [`${target}.compare.json`]: strToU8(JSON.stringify(reportOf(rows))),
    [`${target}.jsonl`]: strToU8(resultsJsonl(target)),
  };
  if (pr) files['pull-request.json'] = strToU8(JSON.stringify(pr));
  return zipSync(files);
}

export function pullRequestEvent(number: number, headRepo = 'acme/kernel'): object {
  return {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: HEAD, ref: 'topic', repo: { full_name: headRepo } }, base: { ref: 'main', repo: { full_name: 'acme/kernel' } } },
    repository: { full_name: 'acme/kernel', name: 'kernel', owner: { login: 'acme' } },
  };
}

export function commentEvent(issue: number, body: string, user: string, commentId = 9001): object {
  return {
    action: 'created',
    issue: { number: issue, pull_request: { url: `https://api.github.com/repos/acme/kernel/pulls/${issue}` } },
    comment: { id: commentId, body, user: { login: user } },
    repository: { full_name: 'acme/kernel', name: 'kernel', owner: { login: 'acme' } },
  };
}
