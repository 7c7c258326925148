/**
 * mode: run — for each target: boot, measure, compare with the baselines; then write the results,
 * upload one artifact per target, and publish the report. A target that fails is reported as failed
 * and the others go on: one broken VM must not hide the rest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from '../run/runner.js';
import type { Driver } from '../vm/driver.js';
import type { GitHub } from '../github/client.js';
import { ARTIFACT_PREFIX } from '../github/artifacts.js';
import type { ArtifactUploader } from '../github/upload.js';
import type { CompareJson, TargetMeta } from '../report/input.js';
import { PR_FILE, readResultsDir, writeTargetOutcome } from './bundle.js';
import { readFacts } from './facts.js';
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { publish, type Outcome } from './publish.js';
import { allTargets, type Stages } from './stages.js';

export interface RunDeps {
  stages: Stages;
  uploader: ArtifactUploader;
  driverFor: (target: string) => Promise<Driver>;
  signal: AbortSignal;
  log: (message: string) => void;
  write: (text: string) => void;
}

async function measure(target: string, inputs: ActionInputs, deps: RunDeps): Promise<{ meta: TargetMeta; compare: CompareJson | null }> {
  const meta: TargetMeta = { target };
  try {
    const driver = await deps.driverFor(target);
    const outcome = await runSuite({ target, suite: inputs.suite, benches: inputs.benchmarks, outDir: inputs.results, driver, signal: deps.signal, write: deps.write, tty: false });
    const m = outcome.results.meta;
    Object.assign(meta, { os: m.os, release: m.release, arch: m.arch, ncpu: m.ncpu, driver: driver.name, seconds: outcome.seconds });
    if (outcome.interrupted) throw new Error('the run was cancelled');
    return { meta, compare: await deps.stages.compare({ baselines: inputs.baselines, current: outcome.path, threshold: inputs.threshold }) };
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
  for (const target of targets) {
    deps.log(`Running the ${inputs.suite} suite on ${target}`);
    const { meta, compare } = await measure(target, inputs, deps);
    const files = writeTargetOutcome(inputs.results, meta, compare);
    await deps.uploader.upload(`${ARTIFACT_PREFIX}${target}`, [...files, ...extra], inputs.results);
  }
  const dir = readResultsDir(inputs.results);
  const report = { compare: dir.compare, targets: dir.targets.filter((t) => targets.includes(t.target)), threshold: inputs.threshold, runUrl: ctx.runUrl, benchmarks: readFacts(inputs.results, inputs.baselines, targets, deps.log) };
  const fork = pr?.isFork ? `Pull request #${pr.number} comes from a fork, so this run has a read-only token: the scalewatch-comment workflow posts the comment from the uploaded artifacts.` : undefined;
  return publish(report, { pullRequest: pr?.number, noCommentBecause: fork }, inputs, ctx, gh, deps.log);
}
