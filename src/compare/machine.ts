/**
 * Whether two runs come from the same kind of machine. Scaling orders do not depend on the machine;
 * constant factors do (another CPU, more cores, another hypervisor), so they carry a caution.
 */
import type { Machine } from '../analysis/types.js';

function describe(m: Machine): string {
  return `${m.cpu || 'an unknown CPU'} ×${m.ncpu}${m.driver ? ` (${m.driver})` : ''}`;
}

/**
 * A sentence naming the difference, or null when the machines are of one kind. A driver is compared
 * only when both sides name one: a results file written without it (an older one, or the suite run by
 * hand) says nothing about the hypervisor, which is not a difference.
 */
export function machineCaution(base: Machine, cur: Machine): string | null {
  const drivers = base.driver && cur.driver ? base.driver !== cur.driver : false;
  const differs = base.cpu !== cur.cpu || base.ncpu !== cur.ncpu || base.arch !== cur.arch || drivers;
  if (!differs) return null;
  return `baseline measured on ${describe(base)}, this run on ${describe(cur)}: constant factors may differ by machine`;
}
