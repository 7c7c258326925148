/**
 * How main moved under a run compared with stored baselines, for run mode and report mode alike: the
 * change points on main between the commit each target's baseline was made from and the commit the run
 * builds on, read from the history the checkout's origin keeps (docs/history.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstParentOrder } from '../ab/sides.js';
import { existingBaseline } from '../baseline/io.js';
import { referenceCommit } from '../baseline/sessions.js';
import type { CompareReport } from '../compare/types.js';
import type { HistoryRecord } from '../history/record.js';
import { describeChange, historyChanges, movedBetween } from '../history/series.js';
import { fetchHistory, readRecords } from '../history/store.js';
import type { ReportInput } from '../report/input.js';
import type { ActionContext } from './context.js';

/**
 * The change points on main between the commit each target's baseline was made from and the commit
 * the run builds on (the PR's base, or the checked-out commit's parent). Quiet when there is nothing to
 * say: no target compared with a baseline that names its commit, no history, or a checkout that is
 * not the commit measured (a fork's comment workflow checks out the default branch: it is not asked).
 */
export async function mainMoved(compare: CompareReport, baselines: string, ctx: ActionContext, log: (m: string) => void): Promise<ReportInput['mainMoved']> {
  const since = new Map<string, string>();
  for (const w of compare.summary.comparedWith) {
    if (!w.baseline?.found) continue;
    const file = existingBaseline(baselines, w.target);
    const commit = file ? referenceCommit(file) : undefined;
    if (commit) since.set(w.target, commit);
  }
  if (since.size === 0) return undefined;
  const order = await firstParentOrder(ctx.workspace);
  // No checkout (a report job may have none): nothing to order the commits by.
  if (order.length === 0) return undefined;
  const pr = ctx.pullRequest;
  const upTo = pr ? pr.baseSha : order[order.length - 2];
  if (!upTo) return undefined;
  const records = readOriginHistory(ctx.workspace, log, 'How main moved since the baselines is not reported this time.', true);
  if (!records || records.length === 0) return undefined;
  const changes = historyChanges(records, order);
  const moved = [...since].flatMap(([target, commit]) => movedBetween(changes.filter((c) => c.target === target), order, commit, upTo));
  if (moved.length > 0) log(`History: main moved between the baselines and ${pr ? "the PR's base" : "this commit's parent"}: ${moved.map((c) => `${c.target} ${describeChange(c)}`).join('; ')}`);
  return { since: pr ? 'base' : 'parent', changes: moved };
}

/**
 * The history as the checkout's origin holds it (before this push's records are added); [] when it
 * has none, undefined when it cannot be read: a warning saying what is `lost` for a push that records,
 * one plain line for a run that only looks (a repository that keeps no history loses nothing).
 */
export function readOriginHistory(workspace: string, log: (m: string) => void, lost: string, looking = false): HistoryRecord[] | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'scalewatch-history-'));
  try {
    try {
      fetchHistory(workspace, 'origin', dir);
    } catch (err) {
      const message = (err as Error).message;
      // A repository with no history yet (or the first push to record) has nothing to read, and that is no failure.
      if (/it has none yet/.test(message)) return [];
      log(`${looking ? 'History: not read: ' : 'warning: '}${message} ${lost}`);
      return undefined;
    }
    const read = readRecords(dir);
    for (const s of read.skipped) log(`warning: ${s}`);
    return read.records;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
