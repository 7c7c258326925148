import type { Command } from 'commander';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LoadedSummary } from '../baseline/io.js';
import { DEFAULT_OPTIONS } from '../compare/types.js';
import { UserError } from '../errors.js';
import type { Series } from '../history/series.js';
import type { PreparedTarget } from '../report/html/prepare.js';
import { targetOf } from '../run/files.js';
import { parseThreshold } from './compare.js';

interface ReportFlags {
  in: string;
  out: string;
  baselines: string;
  threshold: string;
  runUrl?: string;
  history?: string;
  historyRemote?: string;
}

const DEFAULT_BASELINES = 'baselines';

async function readBaselines(dir: string, explicit: boolean): Promise<LoadedSummary[]> {
  if (!existsSync(dir)) {
    if (explicit) throw new UserError(`--baselines ${dir} does not exist.`);
    return [];
  }
  const hasAny = readdirSync(dir).some((f) => f.endsWith('.json') || f.endsWith('.jsonl'));
  return hasAny ? (await import('../baseline/io.js')).loadSummaries(dir, '--baselines') : [];
}

/** The folder --in names, and the one target to report when it names a results file. */
function inputFolder(path: string): { dir: string; only?: string } {
  let file: boolean;
  try {
    file = !statSync(path).isDirectory();
  } catch {
    throw new UserError(`--in ${path} does not exist.`);
  }
  return file ? { dir: dirname(path), only: targetOf(basename(path)) ?? basename(path) } : { dir: path };
}

export function register(program: Command): void {
  program
    .command('report')
    .summary('Write the report: an HTML page with a chart of every curve and figure, and the pull-request comment.')
    .description(
      'Read a results folder as scalewatch run, scalewatch ab and the Action leave it (<target>.jsonl, and beside it <target>.compare.json, <target>.base.jsonl, <target>.meta.json): a target measured with its comparison keeps it (so the report of an Action run\'s artifacts is the report the Action wrote), any other is compared now with the baselines. Write --out/index.html (one self-contained page: a chart per curve with every run, the fitted order, steps and the baseline; every target overlaid per benchmark; figures as bars with their range), --out/report.md (the pull-request comment, unshrunk) and --out/report.json. See docs/report.md for how to read it.',
    )
    .requiredOption('--in <dir>', 'a results folder (or one <target>.jsonl in it)')
    .requiredOption('--out <dir>', 'directory to write index.html, report.md and report.json into')
    .option('--baselines <dir>', 'directory of baselines (a missing default directory means none)', DEFAULT_BASELINES)
    .option('--threshold <fraction>', 'smallest relative change that counts', String(DEFAULT_OPTIONS.threshold))
    .option('--run-url <url>', 'the workflow run the results came from, linked at the foot of the report (as the Action links it)')
    .option('--history <dir>', 'add the trend charts of the history of main for the benchmarks reported: a history store folder (as `history record` writes it)')
    .option('--history-remote <name>', 'the same from the history a remote of this repository keeps (refs/scalewatch/history, as the Action writes it)')
    .addHelpText('after', '\nExamples:\n  scalewatch report --in results --out report\n  scalewatch report --in results --out report --baselines baselines --threshold 0.1\n  scalewatch report --in results --out report --history-remote origin   # with the trend charts of main')
    .action(async (flags: ReportFlags, cmd: Command) => {
      const t = parseThreshold(flags.threshold);
      const explicit = cmd.getOptionValueSource('baselines') === 'cli';
      const { dir, only } = inputFolder(flags.in);
      const [{ baselineName }, { buildReport }, { prepareTarget }, { loadTargetParts, readResultsFolder }] = await Promise.all([
        import('../baseline/io.js'),
        import('../report/build.js'),
        import('../report/html/prepare.js'),
        import('../run/folder.js'),
      ]);
      const folder = readResultsFolder(dir);
      const listed = folder.targets.filter((x) => only === undefined || x.target === only);
      if (listed.length === 0) throw new UserError(`--in ${flags.in} holds no results (<target>.jsonl) and no meta files (<target>.meta.json).`);
      const baselines = await readBaselines(flags.baselines, explicit);
      const targets: PreparedTarget[] = [];
      const parts = listed.map((x) =>
        loadTargetParts(x, {
          baseline: (target) => {
            const b = baselines.find((l) => l.summary.target === target);
            return b ? { path: b.path, summary: b.summary } : existsSync(flags.baselines) ? { path: join(flags.baselines, baselineName(target)) } : undefined;
          },
          onError: (_target, err) => {
            throw err;
          },
          analyze: (results) => {
            const prepared = prepareTarget(results);
            if (prepared.summary.target !== x.target) throw new UserError(`${x.results} holds the results of target "${prepared.summary.target}": a target's results are named <target>.jsonl.`);
            targets.push(prepared);
            return prepared.summary;
          },
        }),
      );
      // The history of main, when asked: its series, ordered by this repository's first-parent line.
      let history: Series[] | undefined;
      if (flags.history !== undefined || flags.historyRemote !== undefined) {
        const [{ loadHistory }, { ordered, seriesOf }] = await Promise.all([import('./history.js'), import('../history/series.js')]);
        const loaded = await loadHistory({ store: flags.history, remote: flags.historyRemote, repo: '.', targets: listed.map((x) => x.target) }, '--history DIR', '--history-remote NAME');
        history = [...ordered(loaded.records, loaded.order)].flatMap(([target, list]) => seriesOf(target, list));
      }
      const built = await buildReport({
        parts,
        targets,
        baselines: baselines.map((b) => b.summary),
        threshold: t,
        source: listed.flatMap((x) => (x.results ? [x.results] : [])).join(', '),
        ...(flags.runUrl ? { runUrl: flags.runUrl } : {}),
        ...(history ? { history } : {}),
      });
      mkdirSync(flags.out, { recursive: true });
      const written = [join(flags.out, 'index.html'), join(flags.out, 'report.md'), join(flags.out, 'report.json')];
      writeFileSync(written[0]!, built.html);
      writeFileSync(written[1]!, built.markdown);
      writeFileSync(written[2]!, `${JSON.stringify(built.input)}\n`);
      const c = built.charts;
      process.stdout.write(`wrote ${written.join(', ')} (${c.curve + c.overlay + c.figure + c.trend} charts: ${c.curve} curves, ${c.overlay} overlays, ${c.figure} figures${history ? `, ${c.trend} trends` : ''})\n`);
    });
}
