/**
 * The one way scalewatch talks to GitHub's REST API: an Octokit that retries server errors and waits
 * out rate limits, and a helper that turns any API failure into one line a maintainer can act on.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHub = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GHES server, or a test's fake. */
  apiUrl: string;
  log: (message: string) => void;
}

/**
 * Octokit spaces write requests a second apart (GitHub's advice against its secondary rate limits) and
 * waits 1, 4 and 9 s before retrying a server error. The tests' fake GitHub on loopback has no limits
 * to respect: they set SCALEWATCH_TEST_GITHUB_NO_WAIT=1, which leaves every request and retry as it is
 * and drops only the waiting (the fake never answers that a rate limit was reached).
 */
export function createClient(opts: ClientOptions): GitHub {
  const noWait = process.env.SCALEWATCH_TEST_GITHUB_NO_WAIT === '1';
  return getOctokit(
    opts.token,
    {
      baseUrl: opts.apiUrl,
      retry: { retryAfterBaseValue: noWait ? 0 : 1000 },
      throttle: {
        enabled: !noWait,
        onRateLimit: (after: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          opts.log(`GitHub rate limit hit by ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${after} s` : 'giving up'}`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          opts.log(`GitHub secondary rate limit hit by ${options.method} ${options.url}; ${retryCount < 1 ? `retrying in ${after} s` : 'giving up'}`);
          return retryCount < 1;
        },
      },
    },
    retry,
    throttling,
  );
}

const HINTS: Record<number, string> = {
  401: 'the github-token input is missing or invalid',
  403: 'the token lacks a permission this step needs (see docs/action.md, "Permissions"), or a rate limit was reached',
  404: 'the repository, pull request or run was not found, or the token cannot see it',
  422: 'GitHub refused the request as invalid',
};

/** One line for the log about a failed API call, or undefined if `err` is not one. */
export function describeApiError(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err) || typeof err.status !== 'number') return undefined;
  const status = err.status;
  const request = 'request' in err && typeof err.request === 'object' && err.request !== null ? (err.request as { method?: string; url?: string }) : {};
  const message = err instanceof Error ? err.message.split('\n')[0] : '';
  const hint = HINTS[status] ?? (status >= 500 ? 'GitHub had a server error; retried and gave up' : 'unexpected answer');
  return `GitHub API ${request.method ?? ''} ${request.url ?? ''} failed with ${status}: ${message} (${hint}).`.replace(/\s+/g, ' ');
}
