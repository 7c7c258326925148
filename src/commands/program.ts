import { Command, CommanderError } from 'commander';
import { UserError, EXIT } from '../errors.js';
import { register as registerRun } from './run.js';
import { register as registerAnalyze } from './analyze.js';
import { register as registerCompare } from './compare.js';
import { register as registerBaseline } from './baseline.js';
import { register as registerReport } from './report.js';
import { register as registerAb } from './ab.js';
import { register as registerHistory } from './history.js';
import { register as registerBisect } from './bisect.js';

export function buildProgram(): Command {
  const program = new Command('scalewatch')
    .description('Catch performance and scalability regressions of BSD and Linux in CI.\nRuns a native benchmark suite, finds the scaling order of every curve, and compares it with committed baselines.')
    .version(process.env.npm_package_version ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const register of [registerRun, registerAb, registerAnalyze, registerCompare, registerBaseline, registerReport, registerHistory, registerBisect]) register(program);
  return program;
}

/** Run the CLI and return the exit code; bad input becomes one sentence on stderr. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has already printed its message (or the help/version text).
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UserError) {
      process.stderr.write(`scalewatch: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
