/**
 * Commit files to a branch through the Git data API: no checkout, no PR code on disk. The ref update
 * is not forced, so a push that landed in between makes it fail instead of being overwritten.
 */
import { UserError } from '../errors.js';
import type { GitHub, Repo } from './client.js';

export interface FileChange {
  path: string;
  content: string;
}

/** The text of a file on a ref, or null when it does not exist there. */
export async function readFileAt(gh: GitHub, repo: Repo, path: string, ref: string): Promise<string | null> {
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'status' in err && err.status === 404) return null;
    throw err;
  }
}

/** The files of a directory on a ref (not recursive); empty when it does not exist. */
export async function listDirAt(gh: GitHub, repo: Repo, path: string, ref: string): Promise<string[]> {
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path, ref });
    return Array.isArray(data) ? data.filter((e) => e.type === 'file').map((e) => e.path) : [];
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'status' in err && err.status === 404) return [];
    throw err;
  }
}

/** Commit `files` on top of `expectedHead` on `branch`; returns the new commit's sha and URL. */
export async function commitFiles(gh: GitHub, repo: Repo, branch: string, expectedHead: string, files: readonly FileChange[], message: string): Promise<{ sha: string; url: string }> {
  const { data: ref } = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  if (ref.object.sha !== expectedHead) {
    throw new UserError(`The branch ${branch} moved to ${ref.object.sha.slice(0, 7)} since ${expectedHead.slice(0, 7)} was measured; run the benchmarks on the new head first.`);
  }
  const { data: parent } = await gh.rest.git.getCommit({ ...repo, commit_sha: expectedHead });
  const { data: tree } = await gh.rest.git.createTree({
    ...repo,
    base_tree: parent.tree.sha,
    tree: files.map((f) => ({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content })),
  });
  const { data: commit } = await gh.rest.git.createCommit({ ...repo, message, tree: tree.sha, parents: [expectedHead] });
  await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha, force: false });
  return { sha: commit.sha, url: commit.html_url };
}
