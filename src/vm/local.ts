/** The `local` driver: the suite built with this host's cc and run on this host's kernel. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildSuite, type BuiltSuite } from '../suite/build.js';
import { UserError } from '../errors.js';
import { KILL_GRACE_SEC, type Driver, type Invocation, type RunSink, type SuitePlan, type TargetInfo } from './driver.js';
import { spawnStream } from './process.js';

const run = promisify(execFile);


export class LocalDriver implements Driver {
  readonly name = 'local' as const;
  private suite: BuiltSuite | undefined;

  constructor(private readonly opts: { target: string; tmpDir?: string; cacheDir?: string; log: (msg: string) => void }) {}

  async prepare(_plan: SuitePlan, _signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const started = Date.now();
    this.suite = await buildSuite({ cacheDir: this.opts.cacheDir, log: this.opts.log });
    const buildSec = (Date.now() - started) / 1000;
    let metaLine: string;
    try {
      const { stdout } = await run(this.suite.swbench, ['meta', '-T', this.opts.target], { timeout: 30_000 });
      metaLine = stdout.trim().split('\n')[0] ?? '';
    } catch (err) {
      throw new UserError(`The suite built but "swbench meta" failed: ${(err as Error).message.split('\n')[0]}.`);
    }
    return { metaLine, info: { driver: 'local', buildSec: Math.round(buildSec * 10) / 10, buildCached: this.suite.cached } };
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    const suite = this.suite;
    if (!suite) throw new Error('LocalDriver.run() called before prepare()');
    for (const inv of plan.invocations) {
      // Once interrupted, start nothing more: the runner marks the rest as not run.
      if (signal.aborted) break;
      sink.start(inv);
      const binary = this.binaryFor(inv, suite);
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

  private binaryFor(inv: Invocation, suite: BuiltSuite): string | { error: string } {
    if (inv.binary === 'swbench') return suite.swbench;
    return suite.swbenchStatic ?? { error: suite.staticError ?? 'the static suite binary was not built' };
  }

  async teardown(): Promise<void> {
    // Nothing to tear down: the build stays cached and every invocation cleaned up after itself.
  }
}
