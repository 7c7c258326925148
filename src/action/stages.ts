/**
 * The stage the Action's command mode shares with the CLI, behind an interface so tests can stand in
 * for it: baseline update, the very function `scalewatch baseline update` calls. (Measuring and
 * comparing go through measureTarget and measureAb, which the CLI calls too.)
 */
import { updateBaselines } from '../baseline/update.js';
import { UserError } from '../errors.js';

export interface Stages {
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
