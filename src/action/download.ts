/** Fetch the scalewatch-results-* artifacts of a workflow run into one results directory. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GitHub, Repo } from '../github/client.js';
import { downloadArtifact, listResultArtifacts, type ArtifactRef } from '../github/artifacts.js';

export async function downloadResults(gh: GitHub, repo: Repo, runId: number, dir: string, only?: (a: ArtifactRef) => boolean): Promise<ArtifactRef[]> {
  const artifacts = (await listResultArtifacts(gh, repo, runId)).filter((a) => only?.(a) ?? true);
  mkdirSync(dir, { recursive: true });
  for (const artifact of artifacts) {
    const files = await downloadArtifact(gh, repo, artifact);
    for (const [name, bytes] of files) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
  return artifacts;
}
