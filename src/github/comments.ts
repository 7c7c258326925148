/**
 * The PR comment: found again by its hidden marker and edited in place, so a pull request carries
 * exactly one scalewatch comment however often the workflow runs. Extra copies (two runs that raced)
 * are deleted.
 */
import type { GitHub, Repo } from './client.js';

export interface Posted {
  url: string;
  id: number;
  action: 'created' | 'updated' | 'unchanged';
}

/**
 * Create or update the comment that starts with `marker`. With `create: false` an existing comment is
 * still kept current, but none is started (null comes back).
 */
export async function upsertComment(gh: GitHub, repo: Repo, issue: number, body: string, marker: string, create = true): Promise<Posted | null> {
  const ours: { id: number; body: string; url: string }[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 })) {
    for (const c of page.data) {
      if (c.body?.startsWith(marker)) ours.push({ id: c.id, body: c.body, url: c.html_url });
    }
  }
  const [first, ...extra] = ours;
  for (const dup of extra) await gh.rest.issues.deleteComment({ ...repo, comment_id: dup.id });
  if (first === undefined) {
    if (!create) return null;
    const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body });
    return { url: data.html_url, id: data.id, action: 'created' };
  }
  if (first.body === body) return { url: first.url, id: first.id, action: 'unchanged' };
  const { data } = await gh.rest.issues.updateComment({ ...repo, comment_id: first.id, body });
  return { url: data.html_url, id: data.id, action: 'updated' };
}

/** A plain new comment, for answers to a command. */
export async function reply(gh: GitHub, repo: Repo, issue: number, body: string): Promise<string> {
  const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issue, body });
  return data.html_url;
}

export type Reaction = '+1' | '-1' | 'eyes' | 'rocket' | 'confused';

export async function react(gh: GitHub, repo: Repo, commentId: number, content: Reaction): Promise<void> {
  await gh.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}
