/**
 * The stages the Action shares with the CLI, behind one interface. Baseline update runs the CLI itself
 * (`scalewatch baseline update`, bundled beside the Action as dist/cli.js), so the Action writes
 * baselines with exactly the code a maintainer runs; compare runs in process (compare-stage.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { CompareReport } from '../compare/types.js';
import { vmsDir } from '../vm/paths.js';

export interface Stages {
  /** Compare one results file with its target's baseline in `baselines` (all "new" when there is none). */
  compare(opts: { baselines: string; current: string; threshold: number }): Promise<CompareReport>;
  /** `scalewatch baseline update --from DIR [--targets a,b]`, writing `baselines/` under `cwd`. */
  updateBaselines(opts: { cwd: string; from: string; targets: readonly string[] }): Promise<void>;
}

/** The CLI beside the running entry point: dist/cli.js next to dist/index.js, lib/cli.js next to lib/action.js. */
export function defaultCliPath(): string {
  return join(dirname(process.argv[1] ?? '.'), 'cli.js');
}

function runCli(cli: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!existsSync(cli)) return reject(new Error(`The scalewatch CLI was not found at ${cli}.`));
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const sentence = stderr.split('\n').filter((l) => l.trim() !== '').pop() ?? `exit code ${code}`;
      reject(new UserError(`scalewatch ${args[0] ?? ''}${args[1] === 'update' ? ' update' : ''} failed: ${sentence.replace(/^scalewatch: /, '')}`));
    });
  });
}

export function cliBaselineUpdate(cli = defaultCliPath()): Stages['updateBaselines'] {
  return async ({ cwd, from, targets }) => {
    await runCli(cli, ['baseline', 'update', '--from', from, ...(targets.length > 0 ? ['--targets', targets.join(',')] : [])], cwd);
  };
}

/** Every target defined under vms/ (what `targets: all` means). */
export function allTargets(dir = vmsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
