/**
 * mode: run — for each target: boot, measure, compare with the baselines; then write the results,
 * upload one artifact per target, and publish the report. A target that fails is reported as failed
 * and the others go on: one broken VM must not hide the rest.
 */
import { mkdirSync } from 'node:fs';
import type { AbSuites } from '../ab/drivers.js';
import { abRounds, randomSeed } from '../ab/plan.js';
import { firstParentOrder, parentOf, sourceOf } from '../ab/sides.js';
import type { TargetSummary } from '../analysis/types.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../compare/types.js';
import { measureAb, measureTarget } from '../run/measure.js';
import type { ResultSet } from '../suite/protocol.js';
import type { Driver } from '../vm/driver.js';
import type { GitHub } from '../github/client.js';
import { ARTIFACT_PREFIX } from '../github/artifacts.js';
import type { ArtifactUploader } from '../github/upload.js';
import type { TargetMeta } from '../report/input.js';
import { measuredMeta, writePullRequestNote, writeTargetOutcome } from '../run/folder.js';
import { assembleReport } from '../report/assemble.js';
import type { PreparedRunner } from './host.js';
import type { ActionContext, PullRequestRef } from './context.js';
import type { ActionInputs } from './inputs.js';
import { publish, type StepEnd } from './publish.js';
import type { Stages } from './stages.js';
import { listTargets } from '../vm/targets.js';
import type { Machine } from '../analysis/types.js';
import { machineOf } from '../analysis/analyze.js';
import { existingBaseline } from '../baseline/io.js';
import { referenceCommit } from '../baseline/sessions.js';
import { describeApiError } from '../github/client.js';
import { appendRecords, CHANGE_POINT_MARKER, commentOnCommit, HISTORY_REF, startBisection } from '../github/history.js';
import { describeChange, newChanges, onOneCommit, type HistoryChange } from '../history/series.js';
import { mainMoved, readOriginHistory } from './main-moved.js';
import { recordOf, type HistoryRecord } from '../history/record.js';
import { writeHistoryRecord } from '../run/folder.js';

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
function noteMeasurement(meta: TargetMeta, results: ResultSet, driver: string, seconds: number, interrupted: boolean): void {
  Object.assign(meta, measuredMeta(meta.target, results, driver, seconds));
  if (interrupted) throw new Error('the run was cancelled');
}

/** One target's outcome, held in memory until the report: nothing is read back from the files written. */
interface Measured {
  meta: TargetMeta;
  /** Null exactly when the target was not measured; `meta.failure` then says why. */
  compare: CompareReport | null;
  /** The analyses behind the comment's charts: this run's, and what it was compared with. */
  current?: TargetSummary;
  /** A push recorded in the history: the record of this commit on the target. */
  record?: HistoryRecord;
  reference?: TargetSummary;
}

/** compare-to: base — the PR's base and this checkout, side by side on this machine (as scalewatch ab). */
async function measureSides(target: string, pr: PullRequestRef, workspace: string, inputs: ActionInputs, deps: RunDeps, meta: TargetMeta): Promise<Measured> {
  const labels = { a: `the base ${pr.baseRef ? `${pr.baseRef} ` : ''}(${pr.baseSha.slice(0, 7)})`, b: 'this pull request' };
  return measureBeside(target, { a: pr.baseSha, b: workspace }, labels, workspace, inputs, deps, meta);
}

/** A push recorded in the history: this checkout side by side with the pinned reference, and its record (docs/history.md). */
async function measureForHistory(target: string, ctx: ActionContext, inputs: ActionInputs, deps: RunDeps, meta: TargetMeta): Promise<Measured> {
  const named = inputs.historyReference;
  const reference = named === 'baselines' ? baselineCommit(inputs.baselines, target) : named;
  const m = await measureBeside(target, { a: reference, b: ctx.workspace }, { a: `the reference ${named === 'baselines' ? `${reference.slice(0, 7)} (the baseline's commit)` : named}`, b: 'this commit' }, ctx.workspace, inputs, deps, meta);
  const source = await sourceOf(ctx.workspace);
  if (!source) throw new Error(`history-reference is set but ${ctx.workspace} is not a git checkout: the record needs the commit it measured.`);
  const record = recordOf(m.compare!, {
    target,
    commit: source.commit,
    parent: await parentOf(ctx.workspace, source.commit),
    recordedAt: new Date().toISOString(),
    reference: { commit: m.referenceCommit ?? null, label: m.referenceLabel },
    machine: m.machine,
  });
  return { ...m, record };
}

/** The commit target's baseline was made from; one sentence when it names none. */
function baselineCommit(dir: string, target: string): string {
  const file = existingBaseline(dir, target);
  const commit = file ? referenceCommit(file) : undefined;
  if (!commit) throw new Error(`history-reference: baselines, but ${dir}/${target}.json ${file ? 'names no commit it was made from' : 'does not exist'}; pin a ref or commit instead.`);
  return commit;
}

/** Two sides measured side by side on this machine, as scalewatch ab does, into this run's results. */
async function measureBeside(target: string, specs: { a: string; b: string }, labels: { a: string; b: string }, workspace: string, inputs: ActionInputs, deps: RunDeps, meta: TargetMeta): Promise<Measured & { referenceCommit: string | undefined; referenceLabel: string; machine: Machine }> {
  const m = await measureAb({
    target,
    suite: inputs.suite,
    benches: inputs.benchmarks,
    ...abRounds(inputs),
    seed: randomSeed(),
    specs,
    labels,
    from: workspace,
    suitePath: 'suite',
    make: (suites) => deps.driverFor(target, suites),
    outDir: inputs.results,
    compare: { ...DEFAULT_OPTIONS, threshold: inputs.threshold },
    signal: deps.signal,
    write: deps.write,
    tty: false,
  });
  noteMeasurement(meta, m.results.b, m.driver, m.seconds, m.interrupted);
  return { meta, compare: m.report, current: m.summaries.b, reference: m.summaries.a, referenceCommit: m.sides.a.commit, referenceLabel: m.sides.a.label, machine: machineOf(m.results.b.meta) };
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
    if (pr && sideBySide(inputs, pr)) return await measureSides(target, pr, ctx.workspace, inputs, deps, meta);
    if (!pr && inputs.historyReference !== '') return await measureForHistory(target, ctx, inputs, deps, meta);
    const driver = await deps.driverFor(target);
    const source = await sourceOf(ctx.workspace);
    const m = await measureTarget({
      target,
      suite: inputs.suite,
      benches: inputs.benchmarks,
      outDir: inputs.results,
      driver,
      signal: deps.signal,
      write: deps.write,
      tty: false,
      baselines: inputs.baselines,
      threshold: inputs.threshold,
      ...(source ? { source } : {}),
      recheck: () => deps.driverFor(target),
      // Side by side with the baseline's commit, within the same rounds and budget as side by side with a base.
      confirm: { from: ctx.workspace, suitePath: 'suite', make: (suites) => deps.driverFor(target, suites), rounds: inputs.rounds, maxRounds: inputs.maxRounds, budgetSec: inputs.budgetSec },
    });
    noteMeasurement(meta, m.outcome.results, driver.name, m.outcome.seconds, m.outcome.interrupted);
    return { meta, compare: m.report, current: m.current, reference: m.baseline };
  } catch (err) {
    meta.failure = (err as Error).message;
    deps.log(`${target}: ${meta.failure}`);
    return { meta, compare: null };
  }
}

/** The records of this push added to the history ref; a failure is logged as a warning and leaves the records in the artifacts. */
async function storeHistory(records: readonly HistoryRecord[], ctx: ActionContext, gh: GitHub | undefined, log: (m: string) => void): Promise<void> {
  if (records.length === 0) return;
  const at = records[0]!.commit.slice(0, 7);
  if (!gh) {
    log(`warning: the history records of ${at} were not stored (no github-token); they are in the artifacts`);
    return;
  }
  try {
    const stored = await appendRecords(gh, ctx.repo, records, `scalewatch: history of ${at} on ${records.map((r) => r.target).join(', ')}`);
    log(`History: ${records.length} record${records.length === 1 ? '' : 's'} of ${at} stored on refs/${HISTORY_REF} (${stored.sha.slice(0, 7)}${stored.attempts > 1 ? `, after ${stored.attempts} attempts` : ''})`);
  } catch (err) {
    log(`warning: the history records of ${at} were not stored (${describeApiError(err) ?? (err as Error).message}); they are in the artifacts`);
  }
}

/**
 * A push's records: stored on the history ref, and the change points on main they make known, found
 * in the history fetched from the checkout's origin with them; each such change point is named in the
 * report and commented once on the commit it starts at, and, with bisect-workflow, a bisection of its
 * range is started (one per range and target, over the benchmarks that changed there). Whatever fails
 * here is a warning: the run's own measurement stands.
 */
async function reportHistory(records: readonly HistoryRecord[], ctx: ActionContext, gh: GitHub | undefined, bisectWorkflow: string, log: (m: string) => void): Promise<HistoryChange[]> {
  const before = readOriginHistory(ctx.workspace, log, 'New change points on main are not reported this time.');
  await storeHistory(records, ctx, gh, log);
  if (!before) return [];
  const order = await firstParentOrder(ctx.workspace);
  const changes = newChanges(before, records, order);
  log(changes.length === 0 ? 'History: no new change point on main' : `History: ${changes.length} new change point${changes.length === 1 ? '' : 's'} on main: ${changes.map((c) => `${c.target} ${describeChange(c)}`).join('; ')}`);
  if (gh) {
    for (const [sha, all] of groupBy(changes, (c) => c.to)) {
      // A change between two records of this commit (a scheduled run) is the machine's: nothing to bisect.
      const list = all.filter((c) => !onOneCommit(c));
      const machine = all.filter(onOneCommit);
      const started = bisectWorkflow === '' || list.length === 0 ? [] : await startBisections(list, bisectWorkflow, ctx, gh, log);
      const body = [
        CHANGE_POINT_MARKER,
        ...(list.length ? [`**scalewatch**: ${list.length === 1 ? 'a change point' : `${list.length} change points`} on main start at this commit:`, '', ...list.map((c) => `- ${c.target}: ${describeChange(c)}`), ''] : []),
        ...(machine.length
          ? [`**scalewatch**: ${machine.length === 1 ? 'a change point' : `${machine.length} change points`} between records of this commit made at different times: the code did not change, the machine or its OS did.`, '', ...machine.map((c) => `- ${c.target}: ${describeChange(c)}`), '']
          : []),
        ...(started.length ? [`Bisecting ${started.join('; ')} with ${bisectWorkflow}: its answer is added here.`, ''] : []),
        `[Workflow run](${ctx.runUrl})`,
      ].join('\n');
      try {
        log(`History: commented on ${sha.slice(0, 7)}: ${await commentOnCommit(gh, ctx.repo, sha, body)}`);
      } catch (err) {
        log(`warning: no comment on ${sha.slice(0, 7)} (${describeApiError(err) ?? (err as Error).message})`);
      }
    }
  }
  return changes;
}

/**
 * Start bisect-workflow once per target and range among change points that start at one commit, over
 * the benchmarks that changed there; returns what was started ("local: malloc, fork"), each failure a
 * warning.
 */
async function startBisections(list: readonly HistoryChange[], workflow: string, ctx: ActionContext, gh: GitHub, log: (m: string) => void): Promise<string[]> {
  const ref = typeof ctx.payload.ref === 'string' ? ctx.payload.ref : '';
  if (ref === '') {
    log(`warning: no bisection started with ${workflow}: the event names no branch to run it on`);
    return [];
  }
  const started: string[] = [];
  for (const [, group] of groupBy(list, (c) => `${c.target} ${c.from} ${c.to}`)) {
    const { target, from, to } = group[0]!;
    const benches = [...new Set(group.map((c) => c.bench))];
    try {
      await startBisection(gh, ctx.repo, workflow, ref, { good: from, bad: to, targets: target, benchmarks: benches.join(',') });
      log(`History: started ${workflow} on ${ref} to bisect ${target} (${benches.join(', ')}) between ${from.slice(0, 7)} and ${to.slice(0, 7)}`);
      started.push(`${target}: ${benches.join(', ')}`);
    } catch (err) {
      log(`warning: ${workflow} was not started to bisect ${target} between ${from.slice(0, 7)} and ${to.slice(0, 7)} (${describeApiError(err) ?? (err as Error).message}; the workflow needs \`permissions: actions: write\` and workflow_dispatch inputs good, bad, targets and benchmarks)`);
    }
  }
  return started;
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}

export async function runMode(inputs: ActionInputs, ctx: ActionContext, gh: GitHub | undefined, deps: RunDeps): Promise<StepEnd> {
  const targets = inputs.targets === 'all' ? listTargets() : inputs.targets;
  if (targets.length === 0) throw new Error('No targets to run: none are defined under vms/ and the targets input is empty.');
  mkdirSync(inputs.results, { recursive: true });
  const pr = ctx.pullRequest;
  const extra: string[] = [];
  if (pr) extra.push(writePullRequestNote(inputs.results, { number: pr.number, headSha: pr.headSha }));
  if (inputs.compareTo === 'base' && !pr?.baseSha) deps.log('compare-to: base needs a pull_request event (it measures the PR\'s base beside it); comparing with the baselines instead');
  const host = deps.prepare ? await deps.prepare(targets) : undefined;
  const measured: Measured[] = [];
  for (const target of targets) {
    const unusable = host?.unusable.get(target);
    if (unusable !== undefined) deps.log(`${target}: not measured: ${unusable}`);
    else deps.log(`Running the ${inputs.suite} suite on ${target}${sideBySide(inputs, pr) ? `, side by side with the PR's base ${pr!.baseSha!.slice(0, 7)}` : !pr && inputs.historyReference ? `, side by side with the history's reference ${inputs.historyReference}` : ''}`);
    const m: Measured = unusable !== undefined ? { meta: { target, failure: unusable }, compare: null } : await measure(target, inputs, ctx, deps);
    const files = writeTargetOutcome(inputs.results, m.meta, m.compare);
    if (m.record) files.push(writeHistoryRecord(inputs.results, m.record));
    await deps.uploader.upload(`${ARTIFACT_PREFIX}${target}`, [...files, ...extra], inputs.results);
    measured.push(m);
  }
  await host?.finish();
  const records = measured.flatMap((m) => (m.record ? [m.record] : []));
  const history = records.length > 0 ? await reportHistory(records, ctx, gh, inputs.bisectWorkflow, deps.log) : undefined;
  // The report from what is in memory, assembled as report mode and `scalewatch report` assemble it
  // from the files just written (in the order of their names, as a folder lists them).
  const parts = measured
    .map((m) => ({ target: m.meta.target, meta: m.meta, ...(m.compare ? { compare: m.compare } : {}), ...(m.current ? { current: m.current } : {}), ...(m.reference ? { reference: m.reference } : {}) }))
    .sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
  const assembled = assembleReport(parts, { threshold: inputs.threshold, runUrl: ctx.runUrl });
  const moved = records.length === 0 ? await mainMoved(assembled.compare, inputs.baselines, ctx, deps.log) : undefined;
  const report = { ...assembled, ...(history && history.length > 0 ? { history } : {}), ...(moved && moved.changes.length > 0 ? { mainMoved: moved } : {}) };
  const fork = pr?.isFork ? `Pull request #${pr.number} comes from a fork, so this run has a read-only token: the scalewatch-comment workflow posts the comment from the uploaded artifacts.` : undefined;
  return publish(report, { pullRequest: pr?.number, noCommentBecause: fork }, inputs, ctx, gh, deps.log);
}
