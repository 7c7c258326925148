/**
 * Runs the bundled Action (dist/index.js) as the runner does: a real node process, inputs as INPUT_*
 * variables with action.yml's defaults filled in, the event payload in a file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at the fake GitHub.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

export interface RunOptions {
  apiUrl: string;
  inputs: Record<string, string>;
  eventName: string;
  event: object;
  runId?: number;
  workspace?: string;
}

/** Parse the GITHUB_OUTPUT file (name<<DELIMITER ... DELIMITER blocks, as @actions/core writes them). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const workspace = opts.workspace ?? mkdtempSync(join(tmpdir(), 'scalewatch-ws-'));
  const dir = mkdtempSync(join(tmpdir(), 'scalewatch-runner-'));
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const yml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  for (const [name, spec] of Object.entries(yml.inputs)) {
    const value = opts.inputs[name] ?? (spec.default?.includes('${{') ? '' : (spec.default ?? ''));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'acme/kernel',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: String(opts.runId ?? 77),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_REPOSITORY: 'scalewatch/scalewatch',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_TEMP: dir,
  });
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), workspace };
}
