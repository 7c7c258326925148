/**
 * The files one target leaves in the results directory, and in its artifact
 * `scalewatch-results-<target>`: the raw results (`<target>.jsonl`; `<target>.recheck.jsonl` when
 * alarming benchmarks were measured again), the compare result
 * (`<target>.compare.json`), how it was measured (`<target>.meta.json`) and, on pull requests,
 * which PR and commit it was for (`pull-request.json`, for the workflow that comments on forks).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeReports, parseCompareReport } from '../compare/report-file.js';
import type { CompareReport } from '../compare/types.js';
import type { TargetMeta } from '../report/input.js';
import { targetFiles } from '../run/files.js';

export interface PullRequestNote {
  number: number;
  headSha: string;
}

export const PR_FILE = 'pull-request.json';

export function writeTargetOutcome(dir: string, meta: TargetMeta, compare: CompareReport | null): string[] {
  const files = targetFiles(dir, meta.target);
  writeFileSync(files.meta, `${JSON.stringify(meta, null, 2)}\n`);
  if (compare) writeFileSync(files.compare, `${JSON.stringify(compare, null, 2)}\n`);
  return [files.results, files.reference, files.recheck, files.compare, files.meta].filter((f) => existsSync(f));
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x.slice(0, 500) : undefined;
}

function num(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** A meta file (`<target>.meta.json`, from an artifact: untrusted): keep only the known fields with the right types. */
export function readMeta(path: string, target: string): TargetMeta {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>;
  } catch {
    return { target, failure: `${target}.meta.json is not valid JSON` };
  }
  const meta: TargetMeta = { target };
  for (const k of ['os', 'release', 'arch', 'fs', 'driver', 'failure', 'comparedWith'] as const) {
    const v = str(data[k]);
    if (v !== undefined) meta[k] = v;
  }
  for (const k of ['ncpu', 'seconds'] as const) {
    const v = num(data[k]);
    if (v !== undefined) meta[k] = v;
  }
  return meta;
}

export interface ResultsDir {
  compare: CompareReport;
  targets: TargetMeta[];
  pullRequest: PullRequestNote | undefined;
}

/** Everything the report needs from a results directory holding one or more targets' files. */
export function readResultsDir(dir: string): ResultsDir {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const targets: TargetMeta[] = [];
  const compares: CompareReport[] = [];
  for (const name of names.filter((n) => n.endsWith('.meta.json')).sort()) {
    const target = name.slice(0, -'.meta.json'.length);
    const meta = readMeta(join(dir, name), target);
    const comparePath = targetFiles(dir, target).compare;
    if (existsSync(comparePath)) {
      try {
        compares.push(parseCompareReport(readFileSync(comparePath, 'utf8'), `${target}.compare.json`));
      } catch (err) {
        meta.failure ??= (err as Error).message;
      }
    } else {
      meta.failure ??= 'no compare result';
    }
    targets.push(meta);
  }
  let pullRequest: PullRequestNote | undefined;
  const prPath = join(dir, PR_FILE);
  if (existsSync(prPath)) {
    try {
      const data = JSON.parse(readFileSync(prPath, 'utf8')) as Record<string, unknown>;
      if (Number.isSafeInteger(data.number) && typeof data.headSha === 'string' && /^[0-9a-f]{40}$/.test(data.headSha)) pullRequest = { number: data.number as number, headSha: data.headSha };
    } catch {
      pullRequest = undefined;
    }
  }
  return { compare: mergeReports(compares), targets, pullRequest };
}
