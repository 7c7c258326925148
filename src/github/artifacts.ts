/**
 * Results travel between jobs and workflows as artifacts named `scalewatch-results-<target>`.
 * Reading them goes through the REST API (list a run's artifacts, download the zip), which works for
 * the current run (report mode), another run (the fork workflow, the baseline command) and any
 * token with `actions: read`. Zips are unpacked in memory with size limits and safe names.
 */
import { unzipSync } from 'fflate';
import type { GitHub, Repo } from './client.js';

export const ARTIFACT_PREFIX = 'scalewatch-results-';
const MAX_ZIP = 512 * 1024 * 1024;
const MAX_FILE = 256 * 1024 * 1024;

export interface ArtifactRef {
  id: number;
  name: string;
  runId: number;
}

export async function listResultArtifacts(gh: GitHub, repo: Repo, runId: number): Promise<ArtifactRef[]> {
  const all = await gh.paginate(gh.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, per_page: 100 });
  const newest = new Map<string, ArtifactRef>();
  for (const a of all) {
    if (a.expired || !a.name.startsWith(ARTIFACT_PREFIX)) continue;
    const prev = newest.get(a.name);
    if (prev === undefined || a.id > prev.id) newest.set(a.name, { id: a.id, name: a.name, runId });
  }
  return [...newest.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface RunRef {
  id: number;
  url: string;
  conclusion: string | null;
}

/** Completed runs of any workflow for one commit, newest first. */
export async function completedRunsFor(gh: GitHub, repo: Repo, headSha: string): Promise<RunRef[]> {
  const { data } = await gh.rest.actions.listWorkflowRunsForRepo({ ...repo, head_sha: headSha, status: 'completed', per_page: 50 });
  return data.workflow_runs
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
    .map((r) => ({ id: r.id, url: r.html_url, conclusion: r.conclusion }));
}

/** A path inside a zip that is safe to join under a directory, or null for one that is not. */
export function safeEntryName(name: string): string | null {
  const parts = name.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..' || p.includes('\0')) || /^[A-Za-z]:/.test(parts[0]!)) return null;
  return parts.join('/');
}

/** Download one artifact and return its files by (safe) relative path. */
export async function downloadArtifact(gh: GitHub, repo: Repo, artifact: ArtifactRef): Promise<Map<string, Uint8Array>> {
  const { data } = await gh.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
  const zip = new Uint8Array(data as ArrayBuffer);
  if (zip.byteLength > MAX_ZIP) throw new Error(`Artifact ${artifact.name} is larger than ${MAX_ZIP / 1024 / 1024} MiB.`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (f) => f.originalSize <= MAX_FILE && safeEntryName(f.name) !== null && !f.name.endsWith('/') });
  } catch (err) {
    throw new Error(`Artifact ${artifact.name} is not a readable zip (${(err as Error).message}).`);
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(entries)) files.set(safeEntryName(name)!, bytes);
  return files;
}
