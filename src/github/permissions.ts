/** Who may run a command: the collaborator permission API, write or higher (write, maintain, admin). */
import type { GitHub, Repo } from './client.js';

export type Permission = 'admin' | 'write' | 'read' | 'none';

export async function permissionOf(gh: GitHub, repo: Repo, username: string): Promise<Permission> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    const p = data.permission;
    return p === 'admin' || p === 'write' || p === 'read' ? p : 'none';
  } catch (err) {
    // Someone who is not a collaborator at all.
    if (typeof err === 'object' && err !== null && 'status' in err && err.status === 404) return 'none';
    throw err;
  }
}

export function canWrite(p: Permission): boolean {
  return p === 'admin' || p === 'write';
}
