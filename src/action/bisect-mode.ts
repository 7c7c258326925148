/**
 * mode: bisect — the commit that made a change point on main, found on the runner: `scalewatch
 * bisect` between the inputs good and bad on the one target named, each step a side-by-side session
 * (src/bisect/run.ts). The answer goes to the job summary and bisect.md, and to where the change point
 * was reported: its comment on the bad commit, updated in place (or a new comment there when the
 * change point was reported elsewhere), naming the commit and the pull request it came in by.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { bisect, bisectionLines, type Bisection } from '../bisect/run.js';
import { UserError } from '../errors.js';
import type { GitHub } from '../github/client.js';
import { describeApiError } from '../github/client.js';
import { CHANGE_POINT_MARKER, commentOnCommit, findChangePointComment, pullRequestsOf, updateCommitComment } from '../github/history.js';
import type { ActionContext } from './context.js';
import { abRounds } from '../ab/plan.js';
import type { ActionInputs } from './inputs.js';
import type { StepEnd } from './publish.js';
import type { RunDeps } from './run-mode.js';

/** The answer as Markdown: the commit (and its pull requests), its change, and the steps. */
export function bisectionMarkdown(b: Bisection, target: string, prs: readonly number[], runUrl: string): string {
  const [head, change, ...steps] = bisectionLines(b, target);
  const by = prs.length ? ` (pull request ${prs.map((n) => `#${n}`).join(', ')})` : '';
  return [`**Bisected**: ${head}${by}`, '', change!.trim(), '', '```', ...steps, '```', '', `[Workflow run](${runUrl})`].join('\n');
}

export async function bisectMode(inputs: ActionInputs, ctx: ActionContext, gh: GitHub | undefined, deps: RunDeps): Promise<StepEnd> {
  if (inputs.good === '' || inputs.bad === '') throw new UserError('mode: bisect needs the inputs "good" and "bad": the commits without and with the change.');
  if (inputs.targets === 'all' || inputs.targets.length !== 1) throw new UserError('mode: bisect runs on one target: name exactly one in the input "targets".');
  const target = inputs.targets[0]!;
  const host = deps.prepare ? await deps.prepare([target]) : undefined;
  const unusable = host?.unusable.get(target);
  if (unusable !== undefined) throw new UserError(`${target} cannot be measured here: ${unusable}`);
  let b: Bisection;
  try {
    b = await bisect({
      repo: ctx.workspace,
      good: inputs.good,
      bad: inputs.bad,
      target,
      suite: inputs.suite,
      benches: inputs.benchmarks,
      ...abRounds(inputs),
      threshold: inputs.threshold,
      suitePath: 'suite',
      make: (suites) => deps.driverFor(target, suites),
      signal: deps.signal,
      log: deps.log,
    });
  } finally {
    await host?.finish();
  }
  const prs = gh ? await pullRequestsOf(gh, ctx.repo, b.commit).catch(() => []) : [];
  const md = bisectionMarkdown(b, target, prs, ctx.runUrl);
  mkdirSync(inputs.results, { recursive: true });
  writeFileSync(join(inputs.results, 'bisect.md'), `${md}\n`);
  try {
    await core.summary.addRaw(md, true).write();
  } catch (err) {
    core.warning(`The job summary was not written: ${(err as Error).message.split('\n')[0]}`);
  }
  deps.log(bisectionLines(b, target).join('\n'));
  if (gh) {
    try {
      const bad = b.steps[0]!.commit;
      const existing = await findChangePointComment(gh, ctx.repo, bad);
      const url = existing ? await updateCommitComment(gh, ctx.repo, existing.id, `${existing.body}\n\n${md}`) : await commentOnCommit(gh, ctx.repo, bad, `${CHANGE_POINT_MARKER}\n${md}`);
      deps.log(`Bisection ${existing ? 'added to the change point\'s comment' : 'commented'}: ${url}`);
    } catch (err) {
      deps.log(`warning: the bisection was not commented (${describeApiError(err) ?? (err as Error).message}); it is in the job summary and bisect.md`);
    }
  }
  core.setOutput('bisected', b.commit);
  return { failure: undefined };
}
