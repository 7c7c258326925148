/**
 * A results folder, written and read in one place. Every measurement (`scalewatch run`, `scalewatch
 * ab`, the Action's run mode) leaves per target the files src/run/files.ts names; the Action's
 * artifact of a target is those files, and its report mode and `scalewatch report` read a folder of
 * them back here. What is read may come from another job or a fork's run: every file is checked, and a
 * file that cannot be read costs what it holds (a target's charts, or its verdicts), never the report.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { baselineName, loadSummary, readResults } from '../baseline/io.js';
import { parseCompareReport } from '../compare/report-file.js';
import type { CompareReport } from '../compare/types.js';
import { assembleReport, type TargetParts } from '../report/assemble.js';
import type { ReportInput, TargetMeta } from '../report/input.js';
import type { HistoryRecord } from '../history/record.js';
import type { ResultSet } from '../suite/protocol.js';
import { PR_FILE, targetFiles, targetOf } from './files.js';

/** Which pull request and commit a run measured (`pull-request.json`), for the workflow that comments on a fork's pull request. */
export interface PullRequestNote {
  number: number;
  headSha: string;
}

/** How a run's results were measured, for the report's list of targets. */
export function measuredMeta(target: string, results: ResultSet, driver: string, seconds: number): TargetMeta {
  const m = results.meta;
  return { target, os: m.os, release: m.release, arch: m.arch, ...(typeof m.fs === 'string' ? { fs: m.fs } : {}), ncpu: m.ncpu, driver, seconds };
}

/** Writes a target's meta file and, when it was compared, its compare report; returns every file of the target that exists. */
export function writeTargetOutcome(dir: string, meta: TargetMeta, compare: CompareReport | null): string[] {
  const files = targetFiles(dir, meta.target);
  writeFileSync(files.meta, `${JSON.stringify(meta, null, 2)}\n`);
  if (compare) writeFileSync(files.compare, `${JSON.stringify(compare, null, 2)}\n`);
  return [files.results, files.reference, files.recheck, files.recheckReference, files.compare, files.meta].filter((f) => existsSync(f));
}

/** A push's history record beside its results (`<target>.history.json`), for the artifacts; returns its path. */
export function writeHistoryRecord(dir: string, record: HistoryRecord): string {
  const path = targetFiles(dir, record.target).history;
  writeFileSync(path, `${JSON.stringify(record)}\n`);
  return path;
}

export function writePullRequestNote(dir: string, note: PullRequestNote): string {
  const path = join(dir, PR_FILE);
  writeFileSync(path, `${JSON.stringify(note)}\n`);
  return path;
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x.slice(0, 500) : undefined;
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** A meta file (`<target>.meta.json`, maybe from an artifact: untrusted): only the known fields with the right types. */
export function readMeta(path: string, target: string): TargetMeta {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    return { target, failure: `${target}.meta.json is not valid JSON` };
  }
  const meta: TargetMeta = { target };
  for (const k of ['os', 'release', 'arch', 'fs', 'driver', 'failure'] as const) {
    const v = str(data[k]);
    if (v !== undefined) meta[k] = v;
  }
  for (const k of ['ncpu', 'seconds'] as const) {
    const v = num(data[k]);
    if (v !== undefined) meta[k] = v;
  }
  return meta;
}

/** One target of a results folder: what it left, checked; its results files are named, not read (they can be large). */
export interface FolderTarget {
  target: string;
  /** Its meta file, when it has one. */
  meta?: TargetMeta;
  /** Its run (`<target>.jsonl`), when there is one. */
  results?: string;
  /** Side A of a side-by-side run (`<target>.base.jsonl`), when it was one. */
  reference?: string;
  /** The comparison made when it was measured (`<target>.compare.json`), when it has a readable one. */
  compare?: CompareReport;
  /** Why its compare file was not used, when it has one that could not be read. */
  unreadable?: string;
}

export interface ResultsFolder {
  /** Every target the folder speaks of, by name. */
  targets: FolderTarget[];
  pullRequest: PullRequestNote | undefined;
}

function readPullRequestNote(dir: string): PullRequestNote | undefined {
  const path = join(dir, PR_FILE);
  if (!existsSync(path)) return undefined;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (Number.isSafeInteger(data.number) && typeof data.headSha === 'string' && /^[0-9a-f]{40}$/.test(data.headSha)) return { number: data.number as number, headSha: data.headSha };
  } catch {
    // An unreadable note names no pull request.
  }
  return undefined;
}

/** Everything a report needs from a folder holding one or more targets' files; a missing folder holds nothing. */
export function readResultsFolder(dir: string): ResultsFolder {
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  const targets = [...new Set(names.map(targetOf).filter((t): t is string => t !== undefined))].sort();
  return {
    targets: targets.map((target) => {
      const files = targetFiles(dir, target);
      const t: FolderTarget = { target };
      if (existsSync(files.meta)) t.meta = readMeta(files.meta, target);
      if (existsSync(files.results)) t.results = files.results;
      if (existsSync(files.reference)) t.reference = files.reference;
      if (existsSync(files.compare)) {
        try {
          t.compare = parseCompareReport(readFileSync(files.compare, 'utf8'), `${target}.compare.json`);
        } catch (err) {
          t.unreadable = (err as Error).message;
        }
      }
      return t;
    }),
    pullRequest: readPullRequestNote(dir),
  };
}

export interface PartsOptions {
  /** A target's stored baseline, if the caller keeps baselines: where it is (or would be), and the baseline when there is one. */
  baseline?: (target: string) => { path: string; summary?: TargetSummary } | undefined;
  /** A results file that cannot be read: throw (the CLI, one sentence) or log it, which costs the target its charts (the Action). */
  onError: (target: string, err: Error) => void;
  /** How a run is analyzed (default analyzeResults; the CLI keeps each curve's points for its page as it goes). */
  analyze?: (results: ResultSet) => TargetSummary;
}

/** What one target of a folder holds, read and analyzed one file at a time, as the report assembles it (src/report/assemble.ts). */
export function loadTargetParts(t: FolderTarget, opts: PartsOptions): TargetParts {
  const analyze = opts.analyze ?? analyzeResults;
  const meta = t.unreadable !== undefined ? { ...(t.meta ?? { target: t.target }), failure: t.meta?.failure ?? t.unreadable } : t.meta;
  const parts: TargetParts = { target: t.target, ...(meta ? { meta } : {}), ...(t.compare ? { compare: t.compare } : {}) };
  const baseline = opts.baseline?.(t.target);
  if (baseline) parts.baseline = baseline;
  try {
    if (t.results) parts.current = analyze(readResults(t.results));
    if (t.reference) parts.reference = analyzeResults(readResults(t.reference));
  } catch (err) {
    opts.onError(t.target, err as Error);
  }
  return parts;
}

/**
 * The report of a results folder, as the Action's report mode publishes it: each target's comparison
 * from its compare file (or made now against `baselinesDir`), its charts from its results.
 */
export function readFolderReport(dir: string, opts: { baselinesDir: string; threshold: number; runUrl?: string; log: (m: string) => void }): { report: ReportInput; pullRequest: PullRequestNote | undefined } {
  const folder = readResultsFolder(dir);
  const baseline = (target: string) => {
    const path = join(opts.baselinesDir, baselineName(target));
    try {
      return { path, ...(existsSync(path) ? { summary: loadSummary(path).summary } : {}) };
    } catch (err) {
      opts.log(`${target}: its baseline ${path} was not read (${(err as Error).message})`);
      return undefined;
    }
  };
  const parts = folder.targets.map((t) => loadTargetParts(t, { baseline, onError: (target, err) => opts.log(`${target}: no charts in the comment (${err.message})`) }));
  return { report: assembleReport(parts, opts), pullRequest: folder.pullRequest };
}
