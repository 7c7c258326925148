/**
 * mode: run — for each target: boot, measure, compare with the baselines; then write the results,
 * upload one artifact per target, and publish the report. A target that fails is reported as failed
 * and the others go on: one broken VM must not hide the rest.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareAb, type AbSuites } from '../ab/drivers.js';
import { DEFAULT_ROUNDS, randomSeed } from '../ab/plan.js';
import { runAb } from '../ab/run.js';
import { repoRoot } from '../ab/sides.js';
import type { TargetSummary } from '../analysis/types.js';
import { describeReference } from '../compare/output.js';
import { mergeReports } from '../compare/report-file.js';
import { benchFacts } from '../report/facts.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../compare/types.js';
import { describeRecheck, measureTarget } from '../run/measure.js';
import type { ResultSet } from '../suite/protocol.js';
import type { Driver } from '../vm/driver.js';
import type { GitHub } from '../github/client.js';
import { ARTIFACT_PREFIX } from '../github/artifacts.js';
import type { ArtifactUploader } from '../github/upload.js';
import type { TargetMeta } from '../report/input.js';
import { PR_FILE, writeTargetOutcome } from './bundle.js';
import { targetFiles } from '../run/files.js';
import type { PreparedRunner } from './host.js';
import type { ActionContext, PullRequestRef } from './context.js';
import type { ActionInputs } from './inputs.js';
import { publish, type Outcome } from './publish.js';
import { allTargets, type Stages } from './stages.js';

export interface RunDeps {
  stages: Stages;
  uploader: ArtifactUploader;
  /**
   * `suites`: the builds an A/B run needs (side A as the main suite, side B as extra build "b"), or,
   * when the sides define the target differently, one side's suite and its definition of the target.
   */
  driverFor: (target: string, suites?: AbSuites) => Promise<Driver>;
  signal: AbortSignal;
  log: (message: string) => void;
  write: (text: string) => void;
  /** Prepares the host for these targets before the first (src/action/host.ts); none in tests that bring their own host. */
  prepare?: (targets: readonly string[]) => Promise<PreparedRunner>;
}

/** What the target's meta file says about the measurement; a cancelled run stops here. */
function noteMeasurement(meta: TargetMeta, results: ResultSet, driver: Driver, seconds: number, interrupted: boolean): void {
  const m = results.meta;
  Object.assign(meta, { os: m.os, release: m.release, arch: m.arch, ...(typeof m.fs === 'string' ? { fs: m.fs } : {}), ncpu: m.ncpu, driver: driver.name, seconds });
  if (interrupted) throw new Error('the run was cancelled');
}

/** One target's outcome, held in memory until the report: nothing is read back from the files written. */
interface Measured {
  meta: TargetMeta;
  /** Null exactly when the target was not measured; `meta.failure` then says why. */
  compare: CompareReport | null;
  /** The analyses behind the comment's charts: this run's, and what it was compared with. */
  current?: TargetSummary;
  reference?: TargetSummary;
}

/** compare-to: base — the PR's base and this checkout, side by side on this machine (scalewatch ab). */
async function measureAb(target: string, pr: PullRequestRef, workspace: string, inputs: ActionInputs, deps: RunDeps, meta: TargetMeta): Promise<Measured> {
  const work = mkdtempSync(join(tmpdir(), 'scalewatch-ab-'));
  try {
    const repo = await repoRoot(workspace);
    const { sides, driver } = await prepareAb({
      target,
      specs: { a: pr.baseSha, b: repo ?? workspace },
      labels: { a: `the base ${pr.baseRef ? `${pr.baseRef} ` : ''}(${pr.baseSha.slice(0, 7)})`, b: 'this pull request' },
      repo,
      suitePath: 'suite',
      workDir: work,
      log: deps.log,
      make: (suites) => deps.driverFor(target, suites),
    });
    const rounds = inputs.rounds ?? DEFAULT_ROUNDS[inputs.suite];
    const outDir = join(inputs.results, 'ab');
    const outcome = await runAb({ target, suite: inputs.suite, benches: inputs.benchmarks, rounds, seed: randomSeed(), sides, outDir, driver, compare: { ...DEFAULT_OPTIONS, threshold: inputs.threshold }, signal: deps.signal, write: deps.write });
    const files = targetFiles(inputs.results, target);
    copyFileSync(outcome.paths.b, files.results);
    copyFileSync(outcome.paths.a, files.reference);
    rmSync(outDir, { recursive: true, force: true });
    noteMeasurement(meta, outcome.results.b, driver, outcome.seconds, outcome.interrupted);
    meta.comparedWith = describeReference(outcome.report, target, '');
    return { meta, compare: outcome.report, current: outcome.summaries.b, reference: outcome.summaries.a };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Whether this run measures the PR's base beside the checkout: compare-to base, or auto (the default)
 * on a pull request. Side by side is what holds for constant factors on a shared runner; a push has no
 * base to measure and compares with the baselines (docs/statistics.md).
 */
function sideBySide(inputs: ActionInputs, pr: ActionContext['pullRequest']): boolean {
  return inputs.compareTo !== 'baselines' && !!pr?.baseSha;
}

async function measure(target: string, inputs: ActionInputs, ctx: ActionContext, deps: RunDeps): Promise<Measured> {
  const meta: TargetMeta = { target };
  try {
    const pr = ctx.pullRequest;
    if (pr && sideBySide(inputs, pr)) return await measureAb(target, pr, ctx.workspace, inputs, deps, meta);
    const driver = await deps.driverFor(target);
    const m = await measureTarget({ target, suite: inputs.suite, benches: inputs.benchmarks, outDir: inputs.results, driver, signal: deps.signal, write: deps.write, tty: false, baselines: inputs.baselines, threshold: inputs.threshold, recheck: () => deps.driverFor(target) });
    noteMeasurement(meta, m.outcome.results, driver, m.outcome.seconds, m.outcome.interrupted);
    meta.comparedWith = m.baseline ? describeReference(m.report, target, m.baselinePath) : `no baseline at ${m.baselinePath} yet`;
    if (m.recheck) meta.comparedWith += `; ${describeRecheck(m.recheck)}`;
    return { meta, compare: m.report, current: m.current, reference: m.baseline };
  } catch (err) {
    meta.failure = (err as Error).message;
    deps.log(`${target}: ${meta.failure}`);
    return { meta, compare: null };
  }
}

export async function runMode(inputs: ActionInputs, ctx: ActionContext, gh: GitHub | undefined, deps: RunDeps): Promise<Outcome> {
  const targets = inputs.targets === 'all' ? allTargets() : inputs.targets;
  if (targets.length === 0) throw new Error('No targets to run: none are defined under vms/ and the targets input is empty.');
  mkdirSync(inputs.results, { recursive: true });
  const pr = ctx.pullRequest;
  const extra: string[] = [];
  if (pr) {
    writeFileSync(join(inputs.results, PR_FILE), `${JSON.stringify({ number: pr.number, headSha: pr.headSha })}\n`);
    extra.push(join(inputs.results, PR_FILE));
  }
  if (inputs.compareTo === 'base' && !pr?.baseSha) deps.log('compare-to: base needs a pull_request event (it measures the PR\'s base beside it); comparing with the baselines instead');
  const host = deps.prepare ? await deps.prepare(targets) : undefined;
  const measured: Measured[] = [];
  for (const target of targets) {
    const unusable = host?.unusable.get(target);
    if (unusable !== undefined) deps.log(`${target}: not measured: ${unusable}`);
    else deps.log(`Running the ${inputs.suite} suite on ${target}${sideBySide(inputs, pr) ? `, side by side with the PR's base ${pr!.baseSha!.slice(0, 7)}` : ''}`);
    const m: Measured = unusable !== undefined ? { meta: { target, failure: unusable }, compare: null } : await measure(target, inputs, ctx, deps);
    const files = writeTargetOutcome(inputs.results, m.meta, m.compare);
    await deps.uploader.upload(`${ARTIFACT_PREFIX}${target}`, [...files, ...extra], inputs.results);
    measured.push(m);
  }
  await host?.finish();
  // The report from what is in memory: the files just written are for the artifacts and report mode.
  const report = {
    compare: mergeReports(measured.flatMap((m) => (m.compare ? [m.compare] : []))),
    targets: measured.map((m) => m.meta),
    threshold: inputs.threshold,
    runUrl: ctx.runUrl,
    benchmarks: benchFacts(measured.flatMap((m) => (m.current ? [m.current] : [])), measured.flatMap((m) => (m.reference ? [m.reference] : []))),
  };
  const fork = pr?.isFork ? `Pull request #${pr.number} comes from a fork, so this run has a read-only token: the scalewatch-comment workflow posts the comment from the uploaded artifacts.` : undefined;
  return publish(report, { pullRequest: pr?.number, noCommentBecause: fork }, inputs, ctx, gh, deps.log);
}
