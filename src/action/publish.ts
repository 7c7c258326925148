/**
 * One report, published everywhere: report.md and the job summary always; the PR comment when
 * there is a pull request, the `comment` input allows it, and the token can write (a pull request
 * from a fork gets a read-only token: its comment comes from the scalewatch-comment workflow).
 */
import { mkdirSync } from 'node:fs';
import * as core from '@actions/core';
import type { GitHub } from '../github/client.js';
import { upsertComment } from '../github/comments.js';
import { COMMENT_BUDGET, MARKER, renderReport } from '../report/markdown.js';
import type { ReportInput } from '../report/input.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { failureOf, stepOutcomeOf, setOutputs, writeReport } from './outcome.js';

export interface Target {
  /** The PR to comment on, or undefined for none. */
  pullRequest: number | undefined;
  /** Why no comment is posted even though there is a PR (a fork's read-only token). */
  noCommentBecause?: string;
}

export interface StepEnd {
  /** The sentence the step fails with, if it fails on its outcome. */
  failure: string | undefined;
}

export async function publish(report: ReportInput, where: Target, inputs: ActionInputs, ctx: ActionContext, gh: GitHub | undefined, log: (m: string) => void): Promise<StepEnd> {
  mkdirSync(inputs.results, { recursive: true });
  const reportPath = await writeReport(report, inputs.results);
  const outcome = stepOutcomeOf(report);
  // One annotation per target that was not measured, where a maintainer looks first.
  for (const t of outcome.failed) core.error(t.reason, { title: `scalewatch: ${t.target} was not measured` });
  let commentUrl: string | undefined;
  if (where.pullRequest === undefined) {
    log('No pull request in this event: the report is in the job summary and report.md.');
  } else if (where.noCommentBecause) {
    log(where.noCommentBecause);
  } else if (inputs.comment === 'never') {
    log('comment: never, so no PR comment.');
  } else if (!gh) {
    log('No github-token, so no PR comment.');
  } else {
    const body = renderReport(report, { budget: COMMENT_BUDGET, elsewhere: `the [job summary and the scalewatch-results artifacts](${ctx.runUrl})` });
    const posted = await upsertComment(gh, ctx.repo, where.pullRequest, body, MARKER, inputs.comment === 'always' || outcome.changed);
    commentUrl = posted?.url;
    log(posted ? `PR comment ${posted.action}: ${posted.url}` : 'Nothing changed and there is no earlier comment, so no PR comment (comment: on-change).');
  }
  setOutputs(outcome, reportPath, commentUrl);
  return { failure: failureOf(outcome, inputs.failOn) };
}
