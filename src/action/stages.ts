/**
 * The stages the Action shares with the CLI, behind one interface, so tests can stand in for them:
 * compare (compare-stage.ts) and baseline update, the very functions the CLI's commands call.
 */
import { existsSync, readdirSync } from 'node:fs';
import { updateBaselines } from '../baseline/update.js';
import type { CompareReport } from '../compare/types.js';
import { UserError } from '../errors.js';
import { vmsDir } from '../vm/paths.js';

export interface Stages {
  /** Compare one results file with its target's baseline in `baselines` (all "new" when there is none). */
  compare(opts: { baselines: string; current: string; threshold: number }): Promise<CompareReport>;
  /** `scalewatch baseline update --from DIR [--targets a,b] --dir DIR`, with relative paths taken from `cwd`. */
  updateBaselines(opts: { cwd: string; from: string; targets: readonly string[]; dir?: string }): Promise<void>;
}

/** Baseline update in this process; a failure is one sentence, as the CLI would print it. */
export const baselineUpdateStage: Stages['updateBaselines'] = async ({ cwd, from, targets, dir }) => {
  try {
    updateBaselines({ cwd, from, targets, dir: dir ?? 'baselines' });
  } catch (err) {
    throw new UserError(`scalewatch baseline update failed: ${(err as Error).message}`);
  }
};

/** Every target defined under vms/ (what `targets: all` means). */
export function allTargets(dir = vmsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
