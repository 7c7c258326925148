/**
 * The history store in the repository itself: a ref outside refs/heads and refs/tags
 * (`refs/scalewatch/history`), which plain clones do not fetch, whose tree holds the same
 * `TARGET/COMMIT-TIME.json.gz` files as a store folder (src/history/store.ts). Records are added
 * through the Git data API, as baseline commits are: a blob per record, a tree on top of the ref's,
 * a commit, and a ref update that is never forced. When another run moved the ref in between, the
 * update is refused and this one builds again on the new head, so two runs recording at once both
 * keep their records; nothing is ever rewritten.
 */
import { gzipSync } from 'node:zlib';
import { HISTORY_GIT_REF, recordName } from '../history/store.js';
import type { HistoryRecord } from '../history/record.js';
import type { GitHub, Repo } from './client.js';

/** The ref the records live on, as the Git data API names it (without `refs/`). */
export const HISTORY_REF = HISTORY_GIT_REF.replace(/^refs\//, '');

/** Attempts at adding records when other runs keep moving the ref. */
const ATTEMPTS = 5;

const status = (err: unknown): number | undefined => (typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' ? err.status : undefined);

/** The ref's head commit and its tree, or null when the ref does not exist yet. */
async function head(gh: GitHub, repo: Repo): Promise<{ commit: string; tree: string } | null> {
  try {
    const { data: ref } = await gh.rest.git.getRef({ ...repo, ref: HISTORY_REF });
    const { data: commit } = await gh.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    return { commit: ref.object.sha, tree: commit.tree.sha };
  } catch (err) {
    if (status(err) === 404) return null;
    throw err;
  }
}

/**
 * Add records to the history ref, creating it with the first; returns the commit that holds them and
 * how many attempts it took. Throws when the ref kept moving for every attempt.
 */
export async function appendRecords(gh: GitHub, repo: Repo, records: readonly HistoryRecord[], message: string): Promise<{ sha: string; attempts: number }> {
  // Blobs first: they do not depend on the ref, and a retry reuses them.
  const blobs = await Promise.all(
    records.map(async (r) => {
      const { data } = await gh.rest.git.createBlob({ ...repo, content: gzipSync(JSON.stringify(r), { level: 9 }).toString('base64'), encoding: 'base64' });
      return { path: recordName(r), sha: data.sha };
    }),
  );
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const at = await head(gh, repo);
    const { data: tree } = await gh.rest.git.createTree({
      ...repo,
      ...(at ? { base_tree: at.tree } : {}),
      tree: blobs.map((b) => ({ path: b.path, mode: '100644' as const, type: 'blob' as const, sha: b.sha })),
    });
    const { data: commit } = await gh.rest.git.createCommit({ ...repo, message, tree: tree.sha, parents: at ? [at.commit] : [] });
    try {
      if (at) await gh.rest.git.updateRef({ ...repo, ref: HISTORY_REF, sha: commit.sha, force: false });
      else await gh.rest.git.createRef({ ...repo, ref: `refs/${HISTORY_REF}`, sha: commit.sha });
      return { sha: commit.sha, attempts: attempt };
    } catch (err) {
      // 422: another run moved (or created) the ref first; build again on what it wrote.
      if (status(err) !== 422 || attempt === ATTEMPTS) throw err;
    }
  }
  throw new Error('appendRecords: no attempt left');
}

/** A comment on a commit (the one a change point on main names), once per change point that shows it. */
export async function commentOnCommit(gh: GitHub, repo: Repo, sha: string, body: string): Promise<string> {
  const { data } = await gh.rest.repos.createCommitComment({ ...repo, commit_sha: sha, body });
  return data.html_url;
}

/** The mark a change point's commit comment carries, so that a bisection finds it and adds its answer. */
export const CHANGE_POINT_MARKER = '<!-- scalewatch:change-point -->';

/** The comment this Action made on a commit for a change point, if there is one. */
export async function findChangePointComment(gh: GitHub, repo: Repo, sha: string): Promise<{ id: number; body: string } | undefined> {
  const comments = await gh.paginate(gh.rest.repos.listCommentsForCommit, { ...repo, commit_sha: sha, per_page: 100 });
  const c = comments.find((x) => (x.body ?? '').includes(CHANGE_POINT_MARKER));
  return c ? { id: c.id, body: c.body ?? '' } : undefined;
}

export async function updateCommitComment(gh: GitHub, repo: Repo, id: number, body: string): Promise<string> {
  const { data } = await gh.rest.repos.updateCommitComment({ ...repo, comment_id: id, body });
  return data.html_url;
}

/** The inputs a bisection workflow is started with (its workflow_dispatch inputs; docs/history.md). */
export interface BisectionInputs {
  good: string;
  bad: string;
  targets: string;
  benchmarks: string;
}

/** Start a workflow of the repository on `ref` with a change point's range to bisect (workflow_dispatch). */
export async function startBisection(gh: GitHub, repo: Repo, workflow: string, ref: string, inputs: BisectionInputs): Promise<void> {
  await gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, ref, inputs: { ...inputs } });
}

/** The pull requests a commit came in by (merged or open), by number. */
export async function pullRequestsOf(gh: GitHub, repo: Repo, sha: string): Promise<number[]> {
  const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
  return data.map((p) => p.number);
}
