/**
 * Whether two runs come from the same kind of machine. Scaling orders do not depend on the machine;
 * constant factors do (another CPU, more cores, another hypervisor), so they carry a caution.
 */
import type { Machine } from '../analysis/types.js';
import { ONE_CPU_BENCHES } from '../suite/benches.js';

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

const where = (m: Machine) => (m.oneCpu !== undefined ? `on one CPU (${m.oneCpu})` : 'on any CPU');

/**
 * A sentence when the benchmarks a driver holds to one CPU were held in one of the two and not in the
 * other (a baseline made before scalewatch placed them, or a host that lost its affinity tool): their
 * levels then differ by where the scheduler woke a process, not by the code. Null when placed alike.
 * It concerns those benchmarks only (compareTargets gives it to their rows).
 */
export function placementCaution(base: Machine, cur: Machine): string | null {
  if ((base.oneCpu === undefined) === (cur.oneCpu === undefined)) return null;
  return `${ONE_CPU_BENCHES.join(', ')} ran ${where(cur)} in this run and ${where(base)} in the baseline's sessions: their levels are not comparable until the baseline is made again`;
}
