/**
 * The file edge of analysis, compare and baselines: read results and baselines from a file or a
 * directory, and write baselines atomically.
 *
 * Writing a baseline: the new text goes to a temporary file in the same directory, is flushed, and
 * renamed over the old one, so a crash leaves either the old file or the new one, never half of one.
 * A previous valid baseline of the same target is kept as NAME.json.bak. A file that is not a valid
 * baseline of that target (corrupt, foreign, another target, a newer version) is never replaced
 * unless forced, and then it too is kept as NAME.json.bak.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzeResults } from '../analysis/analyze.js';
import type { TargetSummary } from '../analysis/types.js';
import { UserError } from '../errors.js';
import { isBesideRun } from '../run/files.js';
import { parseResults, type ResultSet } from '../suite/protocol.js';
import { checkBaseline, formatBaseline, fromBaselineFile, parseBaseline, type BaselineFile } from './model.js';

/**
 * The files a FILE|DIR argument names: the file itself, or the files in the directory with those
 * endings, but for what a measurement leaves beside a run (src/run/files.ts: the second measurement,
 * side A, the compare report, the meta file).
 */
export function inputFiles(path: string, option: string, endings: readonly string[] = ['.json', '.jsonl']): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError(`${option} ${path} does not exist.`);
  }
  if (!stat.isDirectory()) return [path];
  const files = readdirSync(path)
    .filter((f) => !f.startsWith('.') && endings.some((e) => f.endsWith(e)) && !isBesideRun(f))
    .sort()
    .map((f) => join(path, f));
  if (files.length === 0) throw new UserError(`${option} ${path} is a directory with no ${endings.join(' or ')} files in it.`);
  return files;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
}

/** A results stream starts with a protocol record; anything else is read as a baseline. */
function looksLikeResults(text: string): boolean {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    const obj = JSON.parse(first) as { type?: unknown };
    return typeof obj.type === 'string';
  } catch {
    return false;
  }
}

export function readResults(path: string): ResultSet {
  return resultsOf(readText(path), path);
}

/** A results file's text, parsed; refused with one sentence. */
function resultsOf(text: string, path: string): ResultSet {
  try {
    return parseResults(text, path);
  } catch (err) {
    throw new UserError((err as Error).message.replace(/\.$/, '') + '.');
  }
}

export interface LoadedSummary {
  summary: TargetSummary;
  path: string;
}

/** Load one file as a target summary: a stored baseline as is, a raw results file analyzed. */
export function loadSummary(path: string): LoadedSummary {
  const text = readText(path);
  // Read once: the text already in hand is parsed, not the file read again.
  if (looksLikeResults(text)) return { summary: analyzeResults(resultsOf(text, path)), path };
  return { summary: fromBaselineFile(parseBaseline(text, path)), path };
}

/** Load every file a FILE|DIR argument names; two files for one target are refused. */
export function loadSummaries(path: string, option: string): LoadedSummary[] {
  const loaded = inputFiles(path, option).map(loadSummary);
  const seen = new Map<string, string>();
  for (const l of loaded) {
    const other = seen.get(l.summary.target);
    if (other) throw new UserError(`${option} holds two files for target "${l.summary.target}" (${other} and ${l.path}); keep one.`);
    seen.set(l.summary.target, l.path);
  }
  return loaded;
}

/** File name of a target's baseline: the target name with anything unusual replaced. */
export function baselineName(target: string): string {
  return `${target.replace(/[^A-Za-z0-9._-]/g, '_')}.json`;
}

export interface BaselineWrite {
  path: string;
  /** Where the previous file was kept, if there was one. */
  backup: string | null;
  /** The file already held exactly this baseline: nothing was written. */
  unchanged: boolean;
}

/**
 * Check that a baseline may be written: the file in the way, if any, is a valid baseline of the same
 * target (or force is given). Returns the path and the previous text; throws one sentence otherwise.
 */
export function checkWritable(dir: string, file: BaselineFile, force = false): { path: string; previous: string | null } {
  const path = join(dir, baselineName(file.target));
  if (!existsSync(path)) return { path, previous: null };
  const previous = readText(path);
  if (!force) {
    const check = checkBaseline(previous);
    if (!check.ok) throw new UserError(`${path} ${check.reason}; refusing to overwrite it (run again with --force to replace it and keep it as ${basename(path)}.bak).`);
    if (check.file.target !== file.target) {
      throw new UserError(`${path} holds the baseline of target "${check.file.target}", not "${file.target}"; refusing to overwrite it (use --force to replace it).`);
    }
  }
  return { path, previous };
}

/** The valid baseline of `target` in dir, null when there is none; a file in the way that is not one is refused. */
export function existingBaseline(dir: string, target: string): BaselineFile | null {
  const path = join(dir, baselineName(target));
  if (!existsSync(path)) return null;
  return parseBaseline(readText(path), path);
}

export function writeBaseline(dir: string, file: BaselineFile, force = false): BaselineWrite {
  const text = formatBaseline(file);
  mkdirSync(dir, { recursive: true });
  const { path, previous } = checkWritable(dir, file, force);
  if (previous === text) return { path, backup: null, unchanged: true };
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    let backup: string | null = null;
    if (previous !== null) {
      backup = `${path}.bak`;
      copyFileSync(path, backup);
    }
    renameSync(tmp, path);
    return { path, backup, unchanged: false };
  } catch (err) {
    if (existsSync(tmp)) unlinkSync(tmp);
    if (err instanceof UserError) throw err;
    throw new UserError(`Cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
}
