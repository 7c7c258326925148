/**
 * mode: command — answer `/scalewatch baseline update [targets…]` in a PR comment. Only people with
 * write permission may use it. The results come from the artifacts of the latest completed run for
 * the PR's head commit; the baselines are read from and committed to the PR's branch through the API.
 * Nothing from the pull request is executed here: results and baselines are data.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { UserError } from '../errors.js';
import type { GitHub, Repo } from '../github/client.js';
import { ARTIFACT_PREFIX } from '../github/artifacts.js';
import { completedRunsFor, listResultArtifacts } from '../github/artifacts.js';
import { USAGE, parseCommand } from '../github/command.js';
import { react, reply } from '../github/comments.js';
import { commitFiles, listDirAt, readFileAt, type FileChange } from '../github/commit.js';
import { canWrite, permissionOf } from '../github/permissions.js';
import type { ActionContext } from './context.js';
import { downloadResults } from './download.js';
import type { ActionInputs } from './inputs.js';
import type { Stages } from './stages.js';

interface CommentEvent {
  issue: number;
  commentId: number;
  body: string;
  user: string;
  isPullRequest: boolean;
}

function commentEvent(ctx: ActionContext): CommentEvent | undefined {
  const p = ctx.payload as { issue?: { number?: number; pull_request?: unknown }; comment?: { id?: number; body?: string; user?: { login?: string } }; action?: string };
  if (ctx.eventName !== 'issue_comment' || p.action !== 'created') return undefined;
  if (typeof p.issue?.number !== 'number' || typeof p.comment?.id !== 'number') return undefined;
  return { issue: p.issue.number, commentId: p.comment.id, body: p.comment.body ?? '', user: p.comment.user?.login ?? '', isPullRequest: p.issue.pull_request !== undefined };
}

export interface CommandReply {
  /** What happened, for the log; the reply on the PR says the same to the commenter. */
  result: 'ignored' | 'refused' | 'unchanged' | 'committed' | 'instructions';
  commitSha?: string;
}

/** The baselines on the PR head, as files in `<dir>/baselines/`. */
async function fetchBaselines(gh: GitHub, repo: Repo, baselines: string, ref: string, dir: string): Promise<Map<string, string>> {
  const local = join(dir, 'baselines');
  mkdirSync(local, { recursive: true });
  const before = new Map<string, string>();
  for (const path of await listDirAt(gh, repo, baselines, ref)) {
    const name = posix.basename(path);
    const text = await readFileAt(gh, repo, path, ref);
    if (text === null) continue;
    writeFileSync(join(local, name), text);
    before.set(name, text);
  }
  return before;
}

function changedFiles(dir: string, before: Map<string, string>, baselines: string): FileChange[] {
  const local = join(dir, 'baselines');
  if (!existsSync(local)) return [];
  return readdirSync(local)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(local, name), 'utf8') }))
    .filter((f) => before.get(f.name) !== f.content)
    .map((f) => ({ path: posix.join(baselines.replace(/\\/g, '/').replace(/\/$/, ''), f.name), content: f.content }));
}

export async function commandMode(inputs: ActionInputs, ctx: ActionContext, gh: GitHub, stages: Stages, log: (m: string) => void): Promise<CommandReply> {
  const ev = commentEvent(ctx);
  const command = ev ? parseCommand(ev.body) : null;
  if (!ev || !command) {
    log('Not a new /scalewatch comment: nothing to do.');
    return { result: 'ignored' };
  }
  const { repo } = ctx;
  const answer = (text: string) => reply(gh, repo, ev.issue, text);
  if (command.kind === 'unknown') {
    await answer(`scalewatch did not understand \`${command.text.replace(/`/g, "'")}\`. Usage: ${USAGE}.`);
    await react(gh, repo, ev.commentId, 'confused');
    return { result: 'refused' };
  }
  const permission = await permissionOf(gh, repo, ev.user);
  if (!canWrite(permission)) {
    log(`${ev.user} has ${permission} permission; baseline updates need write.`);
    await answer(`@${ev.user} baseline updates need write permission on this repository, and you have ${permission === 'none' ? 'none' : `${permission} permission`}. A maintainer can run the command instead.`);
    await react(gh, repo, ev.commentId, '-1');
    return { result: 'refused' };
  }
  if (!ev.isPullRequest) {
    await answer('`/scalewatch baseline update` works in pull request comments only.');
    return { result: 'refused' };
  }
  await react(gh, repo, ev.commentId, 'eyes');
  try {
    return await updateBaselines(inputs, ctx, gh, stages, ev, command.targets, answer, log);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    // Tell the commenter, but never let a failing reply hide the error that matters.
    await answer(`Baseline update failed: ${why}`)
      .then(() => react(gh, repo, ev.commentId, 'confused'))
      .catch((replyErr: unknown) => log(`Could not reply on #${ev.issue}: ${(replyErr as Error).message}`));
    throw err;
  }
}

async function updateBaselines(inputs: ActionInputs, ctx: ActionContext, gh: GitHub, stages: Stages, ev: CommentEvent, targets: string[], answer: (t: string) => Promise<string>, log: (m: string) => void): Promise<CommandReply> {
  const { repo } = ctx;
  const { data: pr } = await gh.rest.pulls.get({ ...repo, pull_number: ev.issue });
  const headSha = pr.head.sha;
  const wanted = (name: string) => targets.length === 0 || targets.some((t) => name === `${ARTIFACT_PREFIX}${t}`);
  let run: { id: number; url: string } | undefined;
  for (const candidate of await completedRunsFor(gh, repo, headSha)) {
    if ((await listResultArtifacts(gh, repo, candidate.id)).some((a) => wanted(a.name))) {
      run = candidate;
      break;
    }
  }
  if (!run) throw new UserError(`No completed run of commit ${headSha.slice(0, 7)} has scalewatch results${targets.length ? ` for ${targets.join(', ')}` : ''}; wait for the benchmarks to finish, then ask again.`);
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-baseline-'));
  const results = join(work, 'results');
  const got = await downloadResults(gh, repo, run.id, results, (a) => wanted(a.name));
  const missing = targets.filter((t) => !got.some((a) => a.name === `${ARTIFACT_PREFIX}${t}`));
  if (missing.length > 0) throw new UserError(`Run ${run.id} has no results for ${missing.join(', ')}.`);
  log(`Updating baselines from ${got.map((a) => a.name).join(', ')} of run ${run.id}`);

  const before = await fetchBaselines(gh, repo, inputs.baselines, headSha, work);
  await stages.updateBaselines({ cwd: work, from: results, targets, dir: inputs.baselines });
  const changes = changedFiles(work, before, inputs.baselines);
  const names = targets.length ? targets.join(', ') : 'every target';
  if (changes.length === 0) {
    await answer(`The baselines already match [run ${run.id}](${run.url}) for ${names}: nothing to commit.`);
    await react(gh, repo, ev.commentId, '+1');
    return { result: 'unchanged' };
  }
  const list = changes.map((c) => `- \`${c.path}\``).join('\n');
  if (pr.head.repo?.full_name !== `${repo.owner}/${repo.repo}`) {
    await answer(`This pull request comes from a fork, so scalewatch cannot push to its branch. To update the baselines, download the scalewatch-results artifacts of [run ${run.id}](${run.url}), run \`${ctx.cliCommand || 'scalewatch'} baseline update --from DIR${targets.length ? ` --targets ${targets.join(',')}` : ''}\` in the PR's checkout and push these files:\n\n${list}`);
    await react(gh, repo, ev.commentId, '+1');
    return { result: 'instructions' };
  }
  const message = `Update scalewatch baselines for ${names}\n\nFrom the results of ${run.url}, as asked by @${ev.user} in #${ev.issue}.`;
  const commit = await commitFiles(gh, repo, pr.head.ref, headSha, changes, message);
  await answer(`Updated the baselines for ${names} from [run ${run.id}](${run.url}) in ${commit.sha.slice(0, 7)}:\n\n${list}`);
  await react(gh, repo, ev.commentId, 'rocket');
  return { result: 'committed', commitSha: commit.sha };
}
