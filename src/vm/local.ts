/** The `local` driver: the suite built with this host's cc and run on this host's kernel. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildSuite, SUITE_DIR, type BuiltSuite } from '../suite/build.js';
import { UserError } from '../errors.js';
import {
  extraSuiteEntries,
  extraSuiteError,
  KILL_GRACE_SEC,
  unknownSuiteMessage,
  type Driver,
  type Invocation,
  type RunSink,
  type SuitePlan,
  type TargetInfo,
} from './driver.js';
import { spawnStream } from './process.js';

const run = promisify(execFile);

export interface LocalDriverOptions {
  target: string;
  tmpDir?: string;
  cacheDir?: string;
  /** The main suite's source folder; default the suite shipped with scalewatch (suite/). */
  suiteDir?: string;
  /** More builds of the suite, by key (an invocation's `suite`): key -> source folder laid out like suite/. */
  extraSuites?: Readonly<Record<string, string>>;
  log: (msg: string) => void;
}

export class LocalDriver implements Driver {
  readonly name = 'local' as const;
  private suite: BuiltSuite | undefined;
  private readonly extras = new Map<string, BuiltSuite>();
  private readonly extraSources: [string, string][];

  constructor(private readonly opts: LocalDriverOptions) {
    this.extraSources = extraSuiteEntries(opts.extraSuites);
  }

  async prepare(_plan: SuitePlan, _signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const started = Date.now();
    const { cacheDir, log } = this.opts;
    this.extras.clear();
    this.suite = await buildSuite({ sourceDir: this.opts.suiteDir ?? SUITE_DIR, cacheDir, log });
    let cached = this.suite.cached;
    for (const [key, sourceDir] of this.extraSources) {
      try {
        const built = await buildSuite({ sourceDir, cacheDir, log: (msg) => log(`suite "${key}": ${msg}`) });
        this.extras.set(key, built);
        cached &&= built.cached;
      } catch (err) {
        throw extraSuiteError(key, err);
      }
    }
    const buildSec = (Date.now() - started) / 1000;
    let metaLine: string;
    try {
      const { stdout } = await run(this.suite.swbench, ['meta', '-T', this.opts.target], { timeout: 30_000 });
      metaLine = stdout.trim().split('\n')[0] ?? '';
    } catch (err) {
      throw new UserError(`The suite built but "swbench meta" failed: ${(err as Error).message.split('\n')[0]}.`);
    }
    return { metaLine, info: { driver: 'local', buildSec: Math.round(buildSec * 10) / 10, buildCached: cached } };
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    if (!this.suite) throw new Error('LocalDriver.run() called before prepare()');
    for (const inv of plan.invocations) {
      // Once interrupted, start nothing more: the runner marks the rest as not run.
      if (signal.aborted) break;
      sink.start(inv);
      const binary = this.binaryFor(inv);
      if (typeof binary !== 'string') {
        sink.end(inv, { status: 'exited', code: null, signal: null, stderrTail: [binary.error] });
        continue;
      }
      const args = this.opts.tmpDir ? [...inv.args, '-d', this.opts.tmpDir] : inv.args;
      const end = await spawnStream(binary, args, {
        hardLimitMs: (inv.timeLimitSec + KILL_GRACE_SEC) * 1000,
        signal,
        onLine: (line) => sink.line(inv, line),
      });
      sink.end(inv, end);
    }
  }

  /** The binary of the build the invocation names, or why it cannot run. */
  private binaryFor(inv: Invocation): string | { error: string } {
    const suite = inv.suite === undefined ? this.suite : this.extras.get(inv.suite);
    if (!suite) return { error: unknownSuiteMessage(inv.suite ?? '') };
    if (inv.binary === 'swbench') return suite.swbench;
    return suite.swbenchStatic ?? { error: suite.staticError ?? 'the static suite binary was not built' };
  }

  async teardown(): Promise<void> {
    // Nothing to tear down: the builds stay cached and every invocation cleaned up after itself.
  }
}
