/**
 * mode: report — gather every target's artifact of one workflow run and publish one report. Two uses:
 * the last job after a matrix of `mode: run` jobs (this run's artifacts), and the scalewatch-comment
 * workflow that a fork's finished run triggers (that run's artifacts; the PR is taken from the
 * artifact and believed only if GitHub says the PR's head is the commit that run measured). After a
 * matrix, how main moved under the baselines is added as run mode adds it (a fork's comment workflow
 * checks out the default branch, not what was measured, and does not add it).
 */
import type { GitHub } from '../github/client.js';
import { UserError } from '../errors.js';
import { readFolderReport } from '../run/folder.js';
import type { ActionContext } from './context.js';
import { downloadResults } from './download.js';
import type { ActionInputs } from './inputs.js';
import { mainMoved } from './main-moved.js';
import { publish, type StepEnd, type Target } from './publish.js';

function workflowRun(ctx: ActionContext): { id: number; headSha: string } | undefined {
  const run = ctx.payload.workflow_run as { id?: unknown; head_sha?: unknown } | undefined;
  return ctx.eventName === 'workflow_run' && typeof run?.id === 'number' ? { id: run.id, headSha: String(run.head_sha ?? '') } : undefined;
}

async function commentTarget(ctx: ActionContext, gh: GitHub, claimed: { number: number; headSha: string } | undefined, measuredSha: string): Promise<Target> {
  if (!claimed) return { pullRequest: undefined };
  const { data: pr } = await gh.rest.pulls.get({ ...ctx.repo, pull_number: claimed.number });
  if (pr.head.sha !== measuredSha || claimed.headSha !== measuredSha) {
    return { pullRequest: claimed.number, noCommentBecause: `The artifacts name PR #${claimed.number}, but its head is ${pr.head.sha.slice(0, 7)}, not the measured ${measuredSha.slice(0, 7)}: no comment (a newer push will get its own).` };
  }
  return { pullRequest: claimed.number };
}

export async function reportMode(inputs: ActionInputs, ctx: ActionContext, gh: GitHub, log: (m: string) => void): Promise<StepEnd> {
  const triggering = workflowRun(ctx);
  const runId = inputs.runId ?? triggering?.id ?? ctx.runId;
  const artifacts = await downloadResults(gh, ctx.repo, runId, inputs.results);
  if (artifacts.length === 0) throw new UserError(`Workflow run ${runId} has no scalewatch-results-* artifacts: did its mode: run jobs finish?`);
  log(`Downloaded ${artifacts.map((a) => a.name).join(', ')} from run ${runId}`);
  const runUrl = `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/actions/runs/${runId}`;
  const { report, pullRequest } = readFolderReport(inputs.results, { baselinesDir: inputs.baselines, threshold: inputs.threshold, runUrl, log });
  let where: Target;
  if (triggering) {
    where = await commentTarget(ctx, gh, pullRequest, triggering.headSha);
    return publish(report, where, inputs, { ...ctx, runUrl }, gh, log);
  }
  const pr = ctx.pullRequest;
  where = { pullRequest: pr?.number, noCommentBecause: pr?.isFork ? `Pull request #${pr.number} comes from a fork, so this run has a read-only token: the scalewatch-comment workflow posts the comment.` : undefined };
  // The jobs of this run measured this checkout: how main moved under the baselines they were compared with.
  const moved = await mainMoved(report.compare, inputs.baselines, ctx, log);
  return publish(moved && moved.changes.length > 0 ? { ...report, mainMoved: moved } : report, where, inputs, { ...ctx, runUrl }, gh, log);
}
