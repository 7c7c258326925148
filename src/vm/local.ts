/** The `local` driver: the suite built with this host's cc and run on this host's kernel. */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { SUITE_DIR } from '../suite/build.js';
import { UserError } from '../errors.js';
import { extraSuiteEntries, KILL_GRACE_SEC, type Driver, type RunSink, type SuitePlan, type TargetInfo } from './driver.js';
import { firstAllowedCpu, hostOs, oneCpuCommand, oneCpuInfo } from './placement.js';
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
  /** The command words that put an invocation on one CPU here, or null: it runs free. */
  private oneCpu: string[] | null = null;

  constructor(private readonly opts: LocalDriverOptions) {
    extraSuiteEntries(opts.extraSuites);
  }

  async prepare(plan: SuitePlan, _signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
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
    this.oneCpu = await hostOneCpu(plan, this.opts.log);
    return { metaLine, info: { driver: 'local', buildSec: Math.round(buildSec * 10) / 10, buildCached: this.builds.cached, ...oneCpuInfo(this.oneCpu) } };
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
      const [file, argv] = inv.oneCpu && this.oneCpu ? [this.oneCpu[0]!, [...this.oneCpu.slice(1), binary, ...args]] : [binary, args];
      const end = await spawnStream(file, argv, {
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

/**
 * How this host puts an invocation on one CPU: the first CPU this process may use, under the system's
 * affinity tool, tried once; null (and a log line naming the benchmarks that then run free) when there
 * is no tool, it fails, or there is one CPU, where every process shares it anyway.
 */
async function hostOneCpu(plan: SuitePlan, log: (msg: string) => void): Promise<string[] | null> {
  const names = plan.invocations.filter((i) => i.oneCpu).map((i) => i.bench);
  const which = [...new Set(names)].join(', ');
  const os = hostOs();
  if (!os) {
    if (which) log(`${which}: no CPU affinity tool is known on ${process.platform}; they run on any CPU`);
    return null;
  }
  let cpu = 0;
  if (os === 'linux') {
    const allowed = firstAllowedCpu(await readFile('/proc/self/status', 'utf8').catch(() => ''));
    if (allowed?.count === 1) return null;
    if (allowed) cpu = allowed.first;
  }
  const command = oneCpuCommand(os, cpu);
  if (!command) {
    if (which) log(`${which}: ${os} has no CPU affinity tool for user processes; they run on any CPU`);
    return null;
  }
  try {
    await run(command[0]!, [...command.slice(1), 'true'], { timeout: 10_000 });
  } catch (err) {
    if (which) log(`${which}: "${command.join(' ')}" did not run (${(err as Error).message.split('\n')[0]}); they run on any CPU`);
    return null;
  }
  if (which) log(`${which}: on CPU ${cpu} (${command.join(' ')})`);
  return command;
}
