/** The `local` driver: the suite built with this host's cc and run on this host's kernel. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SUITE_DIR } from '../suite/build.js';
import { UserError } from '../errors.js';
import { extraSuiteEntries, KILL_GRACE_SEC, type Driver, type RunSink, type SuitePlan, type TargetInfo } from './driver.js';
import { spawnStream } from './process.js';
import { SuiteBuilds } from './suite-builds.js';

const run = promisify(execFile);

export interface LocalDriverOptions {
  target: string;
  tmpDir?: string;
  cacheDir?: string;
  /** The main suite's source folder; default the suite shipped with scalewatch (suite/). */
  suiteDir?: string;
  /** More builds of the suite, by key (an invocation's `build`): key -> source folder laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  /** Environment of the suite's processes (default: this process's), e.g. LD_PRELOAD for an injected regression. */
  env?: NodeJS.ProcessEnv;
  log: (msg: string) => void;
}

export class LocalDriver implements Driver {
  readonly name = 'local' as const;
  private builds: SuiteBuilds | undefined;

  constructor(private readonly opts: LocalDriverOptions) {
    extraSuiteEntries(opts.extraSuites);
  }

  async prepare(_plan: SuitePlan, _signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const started = Date.now();
    this.builds = await SuiteBuilds.build({ suiteDir: this.opts.suiteDir ?? SUITE_DIR, extraSuites: this.opts.extraSuites, cacheDir: this.opts.cacheDir, log: this.opts.log });
    const buildSec = (Date.now() - started) / 1000;
    let metaLine: string;
    try {
      const { stdout } = await run(this.builds.main.swbench, ['meta', '-T', this.opts.target, ...(this.opts.tmpDir ? ['-d', this.opts.tmpDir] : [])], { timeout: 30_000 });
      metaLine = stdout.trim().split('\n')[0] ?? '';
    } catch (err) {
      throw new UserError(`The suite built but "swbench meta" failed: ${(err as Error).message.split('\n')[0]}.`);
    }
    return { metaLine, info: { driver: 'local', buildSec: Math.round(buildSec * 10) / 10, buildCached: this.builds.cached } };
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    const builds = this.builds;
    if (!builds) throw new Error('LocalDriver.run() called before prepare()');
    for (const inv of plan.invocations) {
      // Once interrupted, start nothing more: the runner marks the rest as not run.
      if (signal.aborted) break;
      sink.start(inv);
      const binary = builds.binaryFor(inv);
      if (typeof binary !== 'string') {
        sink.end(inv, { status: 'exited', code: null, signal: null, stderrTail: [binary.error] });
        continue;
      }
      const args = this.opts.tmpDir ? [...inv.args, '-d', this.opts.tmpDir] : inv.args;
      const end = await spawnStream(binary, args, {
        env: this.opts.env,
        hardLimitMs: (inv.timeLimitSec + KILL_GRACE_SEC) * 1000,
        signal,
        onLine: (line) => sink.line(inv, line),
      });
      sink.end(inv, end);
    }
  }

  async teardown(): Promise<void> {
    // Nothing to tear down: the builds stay cached and every invocation cleaned up after itself.
  }
}
