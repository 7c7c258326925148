/**
 * Whether two runs come from the same kind of machine. Scaling orders do not depend on the machine;
 * constant factors do (another CPU, more cores, another hypervisor), so they carry a caution.
 */
import type { Machine } from '../analysis/types.js';

function describe(m: Machine): string {
  return `${m.cpu || 'an unknown CPU'} ×${m.ncpu}${m.driver ? ` (${m.driver})` : ''}`;
}

/** A sentence naming the difference, or null when the machines are of one kind. */
export function machineCaution(base: Machine, cur: Machine): string | null {
  const differs = base.cpu !== cur.cpu || base.ncpu !== cur.ncpu || base.arch !== cur.arch || (base.driver ?? '') !== (cur.driver ?? '');
  if (!differs) return null;
  return `baseline measured on ${describe(base)}, this run on ${describe(cur)}: constant factors may differ by machine`;
}
