/**
 * Uploading artifacts needs the runner's own artifact service (ACTIONS_RUNTIME_TOKEN), which only
 * @actions/artifact speaks; behind this interface so that tests can hand in a fake.
 */
import { DefaultArtifactClient } from '@actions/artifact';

export interface ArtifactUploader {
  upload(name: string, files: string[], rootDir: string): Promise<void>;
}

export function actionsArtifactUploader(log: (message: string) => void): ArtifactUploader {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    return {
      async upload(name) {
        log(`Not uploading artifact ${name}: this step does not run on a GitHub Actions runner (no ACTIONS_RUNTIME_TOKEN).`);
      },
    };
  }
  const client = new DefaultArtifactClient();
  return {
    async upload(name, files, rootDir) {
      const { id, size } = await client.uploadArtifact(name, files, rootDir, { retentionDays: 30 });
      log(`Uploaded artifact ${name} (id ${id ?? '?'}, ${size ?? 0} bytes).`);
    },
  };
}
