import type { Command } from 'commander';
import type { TargetSummary } from '../analysis/types.js';
import { renderComparison } from '../compare/output.js';
import { DEFAULT_CALIBRATE, DEFAULT_OPTIONS, fractionOf } from '../compare/types.js';
import { REGRESSIONS, VERDICT_INFO, VERDICTS } from '../compare/verdicts.js';
import { EXIT, UserError } from '../errors.js';

/** --fail-on-regression of compare and ab: the regressions are the ones verdicts.ts names. */
export const FAIL_ON_REGRESSION_HELP = `exit with ${EXIT.regression} when any benchmark is ${REGRESSIONS.join(' or ')}`;

/** Every verdict with when a benchmark gets it, most serious first: the end of `compare --help`. */
export function verdictHelp(): string[] {
  const width = Math.max(...VERDICTS.map((v) => v.length));
  return ['Verdicts, most serious first:', ...VERDICTS.map((v) => `  ${v.padEnd(width)}  ${VERDICT_INFO[v].help}`)];
}

function parseFraction(flag: string, value: string): number {
  const v = fractionOf(value, true);
  if (v === undefined) throw new UserError(`${flag} must be a fraction from 0 to below 1 such as 0.1 (or 10%), not "${value}".`);
  return v;
}

/** --threshold of compare, ab and report. */
export function parseThreshold(value: string): number {
  const v = fractionOf(value);
  if (v === undefined) throw new UserError(`--threshold must be a fraction between 0 and 1 such as 0.05 (or 5%), not "${value}".`);
  return v;
}

export function register(program: Command): void {
  program
    .command('compare')
    .summary('Compare results with baselines: one verdict per benchmark.')
    .description(
      'Compare current results with baselines and give every benchmark one of the verdicts listed below. A verdict follows the interval it shows: regressed or improved when the change is clear (its interval, widened for the whole report\'s false-discovery control, excludes no change) and its estimate lies beyond the threshold, unchanged when the 90% interval lies wholly within the threshold, noisy otherwise, with how wide. A scaling verdict compares the growth both sides measured over their common range of n, not order labels. A baseline of several sessions is judged against the spread between them. See docs/analysis.md.',
    )
    .requiredOption('--baseline <path>', 'a stored baseline (.json), a raw results file (.jsonl), or a directory of either')
    .requiredOption('--current <path>', 'a results file (.jsonl) or baseline, or a directory of either')
    .option('--json', 'print {"summary":{…},"results":[…]} instead of text')
    .option('--threshold <fraction>', 'smallest relative change that counts', String(DEFAULT_OPTIONS.threshold))
    .option('--calibrate', `normalize the current run for machine speed by the calibration figure before comparing levels${DEFAULT_CALIBRATE ? ' (default)' : ''}`)
    .option('--no-calibrate', `compare levels as measured${DEFAULT_CALIBRATE ? '' : ' (default)'}; docs/statistics.md says why`)
    .option('--session-noise <fraction>', "spread of a level between sessions to assume when a baseline holds one session; without it such levels are not judged (a baseline of several sessions shows each benchmark's own: docs/baselines.md)")
    .option('--fail-on-regression', FAIL_ON_REGRESSION_HELP)
    .addHelpText(
      'after',
      [
        '',
        ...verdictHelp(),
        '',
        'Targets are matched by the target name in each file. With a directory as --baseline, only the',
        'targets of --current are compared; a target with no baseline comes out "new".',
        '',
        'Examples:',
        '  scalewatch compare --baseline baselines --current results',
        '  scalewatch compare --baseline old.jsonl --current new.jsonl --threshold 0.1 --fail-on-regression',
      ].join('\n'),
    )
    .action(async (opts: { baseline: string; current: string; json?: boolean; threshold: string; calibrate?: boolean; sessionNoise?: string; failOnRegression?: boolean }) => {
      const options = { ...DEFAULT_OPTIONS, threshold: parseThreshold(opts.threshold), calibrate: opts.calibrate ?? DEFAULT_CALIBRATE, ...(opts.sessionNoise === undefined ? {} : { sessionNoise: parseFraction('--session-noise', opts.sessionNoise) }) };
      const [{ loadSummaries }, { compareTargets }] = await Promise.all([import('../baseline/io.js'), import('../compare/compare.js')]);
      const base = loadSummaries(opts.baseline, '--baseline');
      const cur = loadSummaries(opts.current, '--current');
      let baselines: TargetSummary[] = base.map((b) => b.summary);
      if (base.length === 1 && cur.length === 1 && base[0]!.summary.target !== cur[0]!.summary.target) {
        throw new UserError(`${base[0]!.path} is the baseline of target "${base[0]!.summary.target}" but ${cur[0]!.path} holds target "${cur[0]!.summary.target}".`);
      }
      const wanted = new Set(cur.map((c) => c.summary.target));
      baselines = baselines.filter((b) => wanted.has(b.target));
      const report = compareTargets(baselines, cur.map((c) => c.summary), options);
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : renderComparison(report));
      if (opts.failOnRegression && report.summary.regressed) process.exitCode = EXIT.regression;
    });
}
