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
import { NO_WAIT_ENV } from '../github/fake-github.js';

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

/** Where the runner puts what it hands a step. */
export interface StepFiles {
  eventPath: string;
  outputPath: string;
  summaryPath: string;
  workspace: string;
  /** RUNNER_TEMP. */
  temp: string;
}

/**
 * The environment the runner gives a step of this Action: every input as INPUT_*, action.yml's
 * defaults filled in (`${{ … }}` ones empty), and the GITHUB_* and RUNNER_* variables.
 */
export function runnerEnv(actionYml: string, opts: Pick<RunOptions, 'apiUrl' | 'inputs' | 'eventName' | 'runId'>, files: StepFiles): Record<string, string> {
  const yml = parse(readFileSync(actionYml, 'utf8')) as ActionYml;
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = opts.inputs[name] ?? (spec.default?.includes('${{') ? '' : (spec.default ?? ''));
  }
  return Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_OUTPUT: files.outputPath,
    GITHUB_STEP_SUMMARY: files.summaryPath,
    GITHUB_REPOSITORY: 'acme/kernel',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_RUN_ID: String(opts.runId ?? 77),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_WORKSPACE: files.workspace,
    GITHUB_ACTION_REPOSITORY: 'scalewatch/scalewatch',
    GITHUB_ACTION_REF: 'v1',
    RUNNER_TEMP: files.temp,
  });
}

/** The step's files, made in `temp`: the event payload, and empty output and summary files. */
export function stepFiles(temp: string, workspace: string, event: object): StepFiles {
  const files = { eventPath: join(temp, 'event.json'), outputPath: join(temp, 'output'), summaryPath: join(temp, 'summary.md'), workspace, temp };
  writeFileSync(files.eventPath, JSON.stringify(event));
  writeFileSync(files.outputPath, '');
  writeFileSync(files.summaryPath, '');
  return files;
}

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const workspace = opts.workspace ?? mkdtempSync(join(tmpdir(), 'scalewatch-ws-'));
  const files = stepFiles(mkdtempSync(join(tmpdir(), 'scalewatch-runner-')), workspace, opts.event);
  // The API is always the tests' fake GitHub, which has no rate limits to wait for.
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...NO_WAIT_ENV, ...runnerEnv(join(ROOT, 'action.yml'), opts, files) };
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, outputs: parseOutputs(readFileSync(files.outputPath, 'utf8')), summary: readFileSync(files.summaryPath, 'utf8'), workspace };
}
