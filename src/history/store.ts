/**
 * History on disk: a folder of records, `<target>/<commit>-<recorded>.json.gz`, one gzip-compressed
 * file per record, written once and never rewritten (the file is created exclusively). Two runs that
 * record at once write two files, and both are kept; of two records of one commit the reader keeps
 * the later (src/history/series.ts). A record that cannot be read is skipped with one sentence and
 * never blocks the others. The I/O edge of src/history/.
 *
 * The same files live on the ref refs/scalewatch/history of a repository (src/github/history.ts
 * writes it); `fetchHistory` fetches that ref and lays its tree out as a store folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseRecord, type HistoryRecord } from './record.js';

/** A record's name in a store: `TARGET/COMMIT-TIME.json.gz` (a folder's, or the history ref's tree). */
export function recordName(r: HistoryRecord): string {
  return `${r.target}/${r.commit}-${r.recordedAt.replace(/[^0-9]/g, '').slice(0, 17)}.json.gz`;
}

/** Where a record is kept in a store folder. */
export function recordPath(store: string, r: HistoryRecord): string {
  return join(store, ...recordName(r).split('/'));
}

/** Write one record; refuses (throws) to replace a file that is already there. Returns its path and size in bytes. */
export function writeRecord(store: string, r: HistoryRecord): { path: string; bytes: number } {
  const path = recordPath(store, r);
  mkdirSync(join(store, r.target), { recursive: true });
  const data = gzipSync(JSON.stringify(r), { level: 9 });
  writeFileSync(path, data, { flag: 'wx' });
  return { path, bytes: data.length };
}

export interface ReadStore {
  records: HistoryRecord[];
  /** One sentence per file that was skipped. */
  skipped: string[];
}

/** Every record of a store folder (every target, or those named); a missing folder holds none. */
export function readRecords(store: string, targets?: readonly string[]): ReadStore {
  const records: HistoryRecord[] = [];
  const skipped: string[] = [];
  if (!existsSync(store)) return { records, skipped };
  for (const target of readdirSync(store).sort()) {
    if (targets && !targets.includes(target)) continue;
    const dir = join(store, target);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.json.gz')).sort()) {
      const where = `${target}/${name}`;
      try {
        const r = parseRecord(gunzipSync(readFileSync(join(dir, name))).toString('utf8'), where);
        if (r.target !== target) throw new Error(`${where} is a record of target ${r.target}, not of ${target}.`);
        records.push(r);
      } catch (err) {
        skipped.push(err instanceof Error && err.message.startsWith(where) ? err.message : `${where} could not be read (${(err as Error).message}).`);
      }
    }
  }
  return { records, skipped };
}

/** The ref a repository keeps its history on (src/github/history.ts writes it). */
export const HISTORY_GIT_REF = 'refs/scalewatch/history';

/**
 * Fetch the history ref of `remote` into the repository at `repo` and write its tree into the folder
 * `into` (made if missing), which is then a store folder. Throws one sentence when the remote has no
 * history or git fails.
 */
export function fetchHistory(repo: string, remote: string, into: string): void {
  const git = (args: string[], input?: Buffer) => execFileSync('git', ['-C', repo, ...args], { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], input, maxBuffer: 1 << 30 });
  try {
    git(['fetch', '--quiet', '--no-tags', remote, `+${HISTORY_GIT_REF}:${HISTORY_GIT_REF}`]);
  } catch (err) {
    const why = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n').pop() ?? '';
    throw new Error(`The history could not be fetched from ${remote}${/couldn't find remote ref/i.test(why) ? ': it has none yet (the Action writes it on a push with history-reference)' : why ? ` (${why})` : ''}.`);
  }
  mkdirSync(into, { recursive: true });
  const tar = git(['archive', '--format=tar', HISTORY_GIT_REF]);
  execFileSync('tar', ['-x', '-C', into], { input: tar });
}
