/**
 * The Action: parse the inputs and the runner's context once, run the chosen mode, and turn every
 * failure into one line and a failed step. GitHub API failures say which call failed and why.
 */
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { createClient, describeApiError } from '../github/client.js';
import { actionsArtifactUploader } from '../github/upload.js';
import { selectDriver } from '../vm/select.js';
import { commandMode } from './command-mode.js';
import { prepareRunner } from './host.js';
import { readContext } from './context.js';
import { parseInputs } from './inputs.js';
import { reportMode } from './report-mode.js';
import { runMode } from './run-mode.js';
import { bisectMode } from './bisect-mode.js';
import type { AbSuites } from '../ab/drivers.js';
import { baselineUpdateStage, type Stages } from './stages.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = (m: string) => core.info(m);
  const controller = new AbortController();
  const onSignal = () => {
    core.warning('Cancelled: stopping the benchmarks and cleaning up.');
    controller.abort();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const ctx = readContext(env);
    const gh = inputs.token ? createClient({ token: inputs.token, apiUrl: ctx.apiUrl, log: (m) => core.warning(m) }) : undefined;
    const stages: Stages = { updateBaselines: baselineUpdateStage };
    if (inputs.mode === 'command') {
      const outcome = await commandMode(inputs, ctx, gh!, stages, log);
      core.setOutput('command-result', outcome.result);
      return;
    }
    const deps = {
      stages,
      uploader: actionsArtifactUploader(log),
      driverFor: (target: string, suites?: AbSuites) => selectDriver({ target, driver: inputs.driver, log, ...suites }),
      signal: controller.signal,
      prepare: (targets: readonly string[]) => prepareRunner(targets, inputs, log),
      log,
      write: (text: string) => void process.stdout.write(text),
    };
    const outcome = inputs.mode === 'report' ? await reportMode(inputs, ctx, gh!, log) : inputs.mode === 'bisect' ? await bisectMode(inputs, ctx, gh, deps) : await runMode(inputs, ctx, gh, deps);
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (err) {
    const api = describeApiError(err);
    if (api !== undefined) core.setFailed(api);
    else if (err instanceof UserError) core.setFailed(err.message);
    else core.setFailed(err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
