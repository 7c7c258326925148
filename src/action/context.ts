/**
 * What the runner tells the Action about where it runs: GITHUB_* variables and the event payload
 * file, read once into one object (the tests pass their own environment and event file).
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { Repo } from '../github/client.js';

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** The commit the PR is based on, and its branch: side A of `compare-to: base`. */
  baseSha: string;
  baseRef: string;
  /** owner/name of the head repository; differs from the base for a fork. */
  headRepo: string;
  isFork: boolean;
}

export interface ActionContext {
  eventName: string;
  payload: Record<string, unknown>;
  repo: Repo;
  runId: number;
  serverUrl: string;
  apiUrl: string;
  runUrl: string;
  /** The pull request this run is about, if its event has one. */
  pullRequest: PullRequestRef | undefined;
  /** The checkout (GITHUB_WORKSPACE, else the current directory): the repository compare-to: base reads. */
  workspace: string;
  /**
   * How to run this Action's own CLI without installing anything: `npx --yes github:OWNER/REPO#REF`
   * from GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF (npm builds it on install); empty when unknown.
   */
  cliCommand: string;
}

type Env = Record<string, string | undefined>;

function obj(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
}

function pullRequestOf(payload: Record<string, unknown>, repo: Repo): PullRequestRef | undefined {
  const pr = obj(payload.pull_request);
  if (typeof pr.number !== 'number') return undefined;
  const head = obj(pr.head);
  const headRepo = String(obj(head.repo).full_name ?? '');
  const base = obj(pr.base);
  return { number: pr.number, headSha: String(head.sha ?? ''), baseSha: String(base.sha ?? ''), baseRef: String(base.ref ?? ''), headRepo, isFork: headRepo !== `${repo.owner}/${repo.repo}` };
}

export function readContext(env: Env): ActionContext {
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !name) throw new UserError('GITHUB_REPOSITORY is not set: scalewatch runs as a GitHub Action step here (use the CLI elsewhere).');
  const repo = { owner, repo: name };
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')));
    } catch (err) {
      throw new UserError(`The event file ${env.GITHUB_EVENT_PATH} could not be read (${(err as Error).message}).`);
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runId = Number(env.GITHUB_RUN_ID ?? 0);
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo,
    runId,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    runUrl: `${serverUrl}/${owner}/${name}/actions/runs/${runId}`,
    pullRequest: pullRequestOf(payload, repo),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    cliCommand: /^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_ACTION_REPOSITORY ?? '') ? `npx --yes github:${env.GITHUB_ACTION_REPOSITORY}${/^[\w./-]+$/.test(env.GITHUB_ACTION_REF ?? '') ? `#${env.GITHUB_ACTION_REF}` : ''}` : '',
  };
}
