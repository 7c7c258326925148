import type { Command } from 'commander';
import { readMeta } from '../action/bundle.js';
import { parseThreshold } from './compare.js';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetSummary } from '../analysis/types.js';
import { inputFiles, loadSummaries, readResults } from '../baseline/io.js';
import { isCompanion } from '../run/files.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { UserError } from '../errors.js';
import { buildReport } from '../report/build.js';
import { prepareTarget, type PreparedTarget } from '../report/html/prepare.js';
import { parseCompareReport } from '../compare/report-file.js';
import type { CompareReport } from '../compare/types.js';
import type { TargetMeta } from '../report/input.js';

interface ReportFlags {
  in: string;
  out: string;
  baselines: string;
  threshold: string;
}

const DEFAULT_BASELINES = 'baselines';

function readBaselines(dir: string, explicit: boolean): TargetSummary[] {
  if (!existsSync(dir)) {
    if (explicit) throw new UserError(`--baselines ${dir} does not exist.`);
    return [];
  }
  const hasAny = readdirSync(dir).some((f) => f.endsWith('.json') || f.endsWith('.jsonl'));
  return hasAny ? loadSummaries(dir, '--baselines').map((l) => l.summary) : [];
}

/** Targets whose run left only a meta file saying why there are no results (the Action writes these). */
function failedTargets(dir: string, measured: ReadonlySet<string>): TargetMeta[] {
  const out: TargetMeta[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.meta.json')).sort()) {
    const target = name.slice(0, -'.meta.json'.length);
    if (measured.has(target)) continue;
    const meta = readMeta(join(dir, name), target);
    out.push({ ...meta, failure: meta.failure ?? 'no results' });
  }
  return out;
}

export function register(program: Command): void {
  program
    .command('report')
    .summary('Write the report: an HTML page with a chart of every curve and figure, and the pull-request comment.')
    .description(
      'Analyze the results files in --in (<target>.jsonl), compare them with the baselines, and write --out/index.html (one self-contained page: a chart per curve with every run, the fitted order, steps and the baseline; every target overlaid per benchmark; figures as bars with their range), --out/report.md (the pull-request comment, unshrunk) and --out/report.json. See docs/report.md for how to read it.',
    )
    .requiredOption('--in <dir>', 'directory of results files (<target>.jsonl; <target>.compare.json is used for targets without a baseline)')
    .requiredOption('--out <dir>', 'directory to write index.html, report.md and report.json into')
    .option('--baselines <dir>', 'directory of baselines (a missing default directory means none)', DEFAULT_BASELINES)
    .option('--threshold <fraction>', 'smallest relative change that counts', String(DEFAULT_OPTIONS.threshold))
    .addHelpText('after', '\nExamples:\n  scalewatch report --in results --out report\n  scalewatch report --in results --out report --baselines baselines --threshold 0.1')
    .action(async (flags: ReportFlags, cmd: Command) => {
      const t = parseThreshold(flags.threshold);
      const explicit = cmd.getOptionValueSource('baselines') === 'cli';
      const files = inputFiles(flags.in, '--in', ['.jsonl']).filter((f) => !isCompanion(f));
      const targets: PreparedTarget[] = [];
      for (const f of files) {
        const prepared = prepareTarget(readResults(f));
        if (targets.some((x) => x.summary.target === prepared.summary.target)) throw new UserError(`--in holds two results files for target "${prepared.summary.target}"; keep one.`);
        targets.push(prepared);
      }
      const compareFiles: CompareReport[] = readdirSync(flags.in)
        .filter((n) => n.endsWith('.compare.json'))
        .sort()
        .map((n) => parseCompareReport(readFileSync(join(flags.in, n), 'utf8'), n));
      const measured = new Set(targets.map((x) => x.summary.target));
      const built = await buildReport({
        targets,
        baselines: readBaselines(flags.baselines, explicit),
        threshold: t,
        compareFiles,
        failed: failedTargets(flags.in, measured),
        source: files.join(', '),
      });
      mkdirSync(flags.out, { recursive: true });
      const written = [join(flags.out, 'index.html'), join(flags.out, 'report.md'), join(flags.out, 'report.json')];
      writeFileSync(written[0]!, built.html);
      writeFileSync(written[1]!, built.markdown);
      writeFileSync(written[2]!, `${JSON.stringify(built.input)}\n`);
      const c = built.charts;
      process.stdout.write(`wrote ${written.join(', ')} (${c.curve + c.overlay + c.figure} charts: ${c.curve} curves, ${c.overlay} overlays, ${c.figure} figures)\n`);
    });
}
