import { Option, type Command } from 'commander';
import { renderAnalysis } from '../analysis/output.js';
import { renderComparison } from '../compare/output.js';
import { EXIT, UserError } from '../errors.js';
import { withInterrupt } from './interrupt.js';
import { BENCHES, selectBenches, type SuiteName } from '../suite/benches.js';
import { describeRecheck } from '../compare/output.js';
import type { AbSuites } from '../ab/drivers.js';
import { parseBudget } from '../ab/plan.js';
import { readout } from '../run/readout.js';
import type { EventApi } from '../run/plan.js';
import type { DriverName } from '../vm/driver.js';
import { listTargets } from '../vm/targets.js';

interface RunFlags {
  target: string;
  suite: SuiteName;
  bench?: string;
  out: string;
  driver?: DriverName;
  timeLimit?: string;
  eventApi: EventApi;
  tmpDir?: string;
  baselines: string;
  qemuMode?: 'initramfs' | 'image';
  provider?: 'libvirt' | 'virtualbox';
  recheck: boolean;
  budget?: string;
}

export function parseTimeLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const sec = Number(text);
  if (!Number.isInteger(sec) || sec < 1) throw new UserError(`--time-limit must be a whole number of seconds of at least 1, not "${text}".`);
  return sec;
}

export function register(program: Command): void {
  program
    .command('run')
    .description('Build the benchmark suite on the target, run it, and save the raw results (results/<target>.jsonl).')
    .option('--target <name>', `where to run: "local" (this host) or a target defined under vms/ (${listTargets().join(', ')})`, 'local')
    .addOption(new Option('--suite <size>', 'quick (5 runs, about 45 s here) or full (7 runs, n as in Benchmarking BSD and Linux, about 3 minutes)').choices(['quick', 'full']).default('quick'))
    .option('--bench <list>', `comma-separated benchmarks (default: all): ${BENCHES.map((b) => b.name).join(', ')}`)
    .option('--out <dir>', 'directory for the results file', 'results')
    .addOption(new Option('--driver <name>', 'how to reach the target (default: local for "local", else the target\'s own)').choices(['local', 'qemu', 'vagrant']))
    .option('--time-limit <seconds>', 'per-benchmark time limit (default 120 quick, 1200 full); a curve that hits it keeps what it measured')
    .addOption(new Option('--event-api <api>', 'event API of the suite\'s server for connect and http').choices(['auto', 'epoll', 'kqueue', 'poll']).default('auto'))
    .addOption(new Option('--qemu-mode <mode>', 'qemu driver: initramfs (Linux fast path, no disk image) or image (boot a disk image, SSH in: Debian\'s built here, or a BSD\'s published image, prepared once)').choices(['initramfs', 'image']))
    .addOption(new Option('--provider <name>', 'vagrant driver: the box provider').choices(['libvirt', 'virtualbox']))
    .option('--baselines <dir>', 'compare with <dir>/<target>.json when it exists', 'baselines')
    .option('--no-recheck', 'report an alarm against the baseline on one measurement, without measuring its benchmarks a second time (side by side with the baseline\'s commit when it names one, which also decides the levels the baseline\'s sessions were too far apart to judge)')
    .option('--budget <minutes>', 'minutes the measurement side by side with the baseline\'s commit may take (default 4 quick, 20 full): the alarms always, then the levels the baseline could not judge, most change per second of measuring first, as many as fit')
    .option('--tmp-dir <dir>', 'where benchmarks create their temporary files (default: the system temp dir)')
    .addHelpText('after', '\nExamples:\n  scalewatch run                          # quick suite on this host\n  scalewatch run --suite full --bench socket,fork --out /tmp/r\n  scalewatch run --target freebsd-15      # FreeBSD\'s own image under QEMU, fetched, checked and prepared once\n')
    .action(async (flags: RunFlags) => {
      const benches = selectBenches(flags.bench);
      const timeLimitSec = parseTimeLimit(flags.timeLimit);
      const budgetSec = parseBudget('--budget', flags.budget);
      const write = (text: string) => process.stderr.write(text);
      const log = (msg: string) => write(`scalewatch: ${msg}\n`);
      const { selectDriver } = await import('../vm/select.js');
      const makeDriver = () => selectDriver({ target: flags.target, driver: flags.driver, tmpDir: flags.tmpDir, qemuMode: flags.qemuMode, provider: flags.provider, log });
      const driver = await makeDriver();
      // What measures and analyzes is loaded once the target is known to be one (the analysis brings mathjs).
      const [{ sourceOf }, { measureTarget }] = await Promise.all([import('../ab/sides.js'), import('../run/measure.js')]);
      // The commit measured, for the meta line: a baseline made from this run names it, and an alarm against that baseline is measured beside it.
      const source = await sourceOf(process.cwd());
      await withInterrupt(log, async (signal) => {
        log(`running the ${flags.suite} suite (${benches.length} benchmark${benches.length === 1 ? '' : 's'}) on ${flags.target} with the ${driver.name} driver`);
        const { outcome, current, baseline, baselinePath, report, recheck } = await measureTarget({
          target: flags.target,
          suite: flags.suite,
          benches,
          outDir: flags.out,
          driver,
          timeLimitSec,
          eventApi: flags.eventApi,
          signal,
          write,
          tty: process.stderr.isTTY === true,
          baselines: flags.baselines,
          ...(source ? { source } : {}),
          ...(flags.recheck
            ? {
                recheck: makeDriver,
                confirm: {
                  from: process.cwd(),
                  suitePath: 'suite',
                  make: (suites: AbSuites) => selectDriver({ target: flags.target, driver: flags.driver, tmpDir: flags.tmpDir, qemuMode: flags.qemuMode, provider: flags.provider, log, ...suites }),
                  ...(budgetSec !== undefined ? { budgetSec } : {}),
                },
              }
            : {}),
        });
        process.stdout.write(`${readout(outcome.results)}\n\n`);
        process.stdout.write(renderAnalysis([current]));
        if (baseline) process.stdout.write(`\n${renderComparison(report)}`);
        else log(`no baseline at ${baselinePath}; "scalewatch baseline update --from ${outcome.path}" makes one`);
        if (recheck) log(describeRecheck(recheck));
        log(`results saved to ${outcome.path}${recheck ? ` and, measured again, ${recheck.outcome.path}` : ''} (${outcome.seconds.toFixed(1)} s)`);
        process.exitCode = outcome.interrupted ? EXIT.interrupted : EXIT.ok;
      });
    });
}
