/**
 * `scalewatch history`: record what a side-by-side run measured of a commit, and read the records
 * back as series over commits with their change points (docs/history.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { HistoryRecord } from '../history/record.js';
import type { HistoryChange, Series } from '../history/series.js';
import type { PageSection } from '../report/html/page.js';
import { HISTORY_GIT_REF } from '../history/store.js';

const HEX = /^[0-9a-f]{40}$/;

/** git in `repo`, or undefined when it fails (no repository, no such commit). */
function git(repo: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 << 20 }).trim();
  } catch {
    return undefined;
  }
}

interface RecordFlags {
  from: string;
  store: string;
  commit?: string;
  repo: string;
}

interface ShowFlags {
  html?: string;
  store?: string;
  remote?: string;
  target?: string;
  bench?: string;
  json?: boolean;
  repo: string;
}

async function recordCommand(flags: RecordFlags): Promise<void> {
  const [{ machineOf }, { recordOf }, { writeRecord }, { readResultsFolder }, { parseResults }] = await Promise.all([
    import('../analysis/analyze.js'),
    import('../history/record.js'),
    import('../history/store.js'),
    import('../run/folder.js'),
    import('../suite/protocol.js'),
  ]);
  const folder = readResultsFolder(flags.from);
  const paired = folder.targets.filter((t) => t.compare?.summary.paired && t.results && t.reference);
  if (paired.length === 0) throw new UserError(`${flags.from} holds no side-by-side run to record (scalewatch ab writes <target>.jsonl, <target>.base.jsonl and <target>.compare.json).`);
  for (const t of paired) {
    const b = parseResults(readFileSync(t.results!, 'utf8'), t.results!).meta;
    const a = parseResults(readFileSync(t.reference!, 'utf8'), t.reference!).meta;
    const named = flags.commit ?? (typeof b.abCommit === 'string' ? b.abCommit : git(flags.repo, ['rev-parse', 'HEAD']));
    const commit = named && (HEX.test(named) ? named : git(flags.repo, ['rev-parse', '--verify', '--quiet', `${named}^{commit}`]));
    if (!commit || !HEX.test(commit)) throw new UserError(`The commit measured is not known: name it with --commit (a commit of ${flags.repo}).`);
    const parent = git(flags.repo, ['rev-parse', '--verify', '--quiet', `${commit}^`]);
    const record: HistoryRecord = recordOf(t.compare!, {
      target: t.target,
      commit,
      parent: parent && HEX.test(parent) ? parent : null,
      recordedAt: new Date().toISOString(),
      reference: { commit: typeof a.abCommit === 'string' && HEX.test(a.abCommit) ? a.abCommit : null, label: typeof a.abLabel === 'string' ? a.abLabel : 'side A' },
      machine: machineOf(b),
    });
    const written = writeRecord(flags.store, record);
    process.stderr.write(`scalewatch: recorded ${t.target} at ${commit.slice(0, 7)} (${record.points.length} benchmarks) in ${written.path}, ${written.bytes} bytes\n`);
  }
}

/** The trend charts of these series as one page, a section per target. */
async function writeTrendPage(path: string, series: readonly Series[], where: string): Promise<void> {
  const [{ ChartRenderer }, { trendChart, withHoverTitles }, { renderTrendPage }] = await Promise.all([import('../report/html/render.js'), import('../report/html/trend.js'), import('../report/html/page.js')]);
  const renderer = new ChartRenderer();
  const sections: PageSection[] = [];
  try {
    for (const target of [...new Set(series.map((s) => s.target))]) {
      const charts: PageSection['charts'] = [];
      for (const s of series.filter((x) => x.target === target)) {
        const { chart, alt } = trendChart(s);
        charts.push({ id: `${target}-${s.bench}-${s.measure}`.replace(/[^A-Za-z0-9_-]/g, '_'), alt, svg: withHoverTitles(await renderer.render(chart)) });
      }
      sections.push({ id: `t-${target}`.replace(/[^A-Za-z0-9_-]/g, '_'), title: target, what: `${charts.length} series along the commits of main`, charts });
    }
  } finally {
    renderer.finalize();
  }
  writeFileSync(path, renderTrendPage(`History of ${where}`, `${series.length} series; levels are ratios to the reference measured beside each commit (docs/history.md).`, sections));
  process.stderr.write(`scalewatch: wrote ${path} (${series.length} trend chart${series.length === 1 ? '' : 's'})\n`);
}

/**
 * The records of a store folder (`store`) or of the history a repository's remote keeps (`remote`),
 * and the first-parent order of `repo`'s HEAD that orders their commits ([] without a repository:
 * then they go by when they were recorded). `history show` and `report --history` read it so.
 */
export async function loadHistory(flags: { store?: string | undefined; remote?: string | undefined; repo: string; targets?: string[] | undefined }, option = '--store DIR', remoteOption = '--remote NAME'): Promise<{ records: HistoryRecord[]; order: string[]; where: string; skipped: string[] }> {
  const { fetchHistory, readRecords } = await import('../history/store.js');
  if ((flags.store === undefined) === (flags.remote === undefined)) throw new UserError(`History is read from either a store folder (${option}) or the history a repository keeps (${remoteOption}), one of the two.`);
  let folder = flags.store;
  if (flags.remote !== undefined) {
    folder = mkdtempSync(join(tmpdir(), 'scalewatch-history-'));
    try {
      fetchHistory(flags.repo, flags.remote, folder);
    } catch (err) {
      throw new UserError((err as Error).message);
    }
  }
  const where = flags.store ?? `the history of ${flags.remote}`;
  const store = readRecords(folder!, flags.targets);
  for (const s of store.skipped) process.stderr.write(`warning: ${s}\n`);
  if (store.records.length === 0) throw new UserError(`${where} holds no history records${flags.targets ? ` of ${flags.targets.join(', ')}` : ''}.`);
  // The default branch's history, oldest first, orders the commits; without a repository, when they were recorded.
  const order = git(flags.repo, ['rev-list', '--first-parent', '--reverse', 'HEAD'])?.split('\n') ?? [];
  return { records: store.records, order, where, skipped: store.skipped };
}

async function showCommand(flags: ShowFlags): Promise<void> {
  const { describeChange, historyChanges, ordered, seriesOf } = await import('../history/series.js');
  const targets = flags.target?.split(',').map((t) => t.trim()).filter(Boolean);
  const benches = flags.bench?.split(',').map((t) => t.trim()).filter(Boolean);
  const { records, order, where, skipped } = await loadHistory({ store: flags.store, remote: flags.remote, repo: flags.repo, targets });
  const store = { records, skipped };
  const keep = (c: HistoryChange) => !benches || benches.includes(c.bench);
  const changes = historyChanges(store.records, order).filter(keep);
  if (flags.html) await writeTrendPage(flags.html, [...ordered(store.records, order)].flatMap(([target, list]) => seriesOf(target, list)).filter((s) => !benches || benches.includes(s.bench)), where);
  if (flags.json) {
    const series = [...ordered(store.records, order)].flatMap(([target, list]) => seriesOf(target, list)).filter((s) => !benches || benches.includes(s.bench));
    process.stdout.write(`${JSON.stringify({ records: store.records.length, skipped: store.skipped, series, changes })}\n`);
    return;
  }
  const lines: string[] = [];
  for (const [target, list] of ordered(store.records, order)) {
    const mine = changes.filter((c) => c.target === target);
    const commits = new Set(list.map((r) => r.commit)).size;
    const counted = `${commits} commit${commits === 1 ? '' : 's'} recorded${list.length > commits ? ` (${list.length} records)` : ''}`;
    lines.push(`${target}: ${counted}, ${list[0]!.commit.slice(0, 7)} … ${list[list.length - 1]!.commit.slice(0, 7)}; ${mine.length === 0 ? 'no change point' : `${mine.length} change point${mine.length === 1 ? '' : 's'}:`}`);
    for (const c of mine) lines.push(`  ${describeChange(c)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function register(program: Command): void {
  const history = program
    .command('history')
    .summary('Record side-by-side runs of commits, and find where each benchmark changed over the commits.')
    .description(
      'History across commits: each commit measured side by side with a pinned reference (scalewatch ab --a REF --b COMMIT), its levels kept as ratios to the reference, which hold across sessions where raw levels do not, and its growth. `history show` finds the change points of every series and names the commits on either side of each. See docs/history.md.',
    );
  history
    .command('record')
    .description('Add a record per target of a side-by-side run to a history store: one compressed file per commit and target, never rewritten.')
    .requiredOption('--from <dir>', 'the folder scalewatch ab wrote (--out)')
    .requiredOption('--store <dir>', 'the history store, a folder of <target>/<commit>-<time>.json.gz')
    .option('--commit <sha>', "the commit measured (default: side B's commit, or HEAD of --repo)")
    .option('--repo <dir>', 'the git repository the commits belong to', '.')
    .action((flags: RecordFlags) => recordCommand(flags));
  history
    .command('show')
    .description('Read a history store (a folder, or the ref a repository keeps) and list, per target, the change points of every benchmark: the commits either side, the size with its 95% interval.')
    .option('--store <dir>', 'a history store folder')
    .option('--remote <name>', `the history a repository keeps on ${HISTORY_GIT_REF}, fetched from this remote of --repo (e.g. origin)`)
    .option('--target <list>', 'comma-separated targets (default: all in the store)')
    .option('--bench <list>', 'comma-separated benchmarks (default: all)')
    .option('--json', 'print {"records", "skipped", "series", "changes"} as JSON')
    .option('--html <file>', 'also write a page of trend charts: one per benchmark and measure, the change points marked, each commit on hover')
    .option('--repo <dir>', "the git repository whose first-parent history orders the commits (without one, the order they were recorded in)", '.')
    .action((flags: ShowFlags) => showCommand(flags));
}
