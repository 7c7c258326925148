/**
 * The plan of an interleaved A/B run: every round measures every benchmark once on each side, the two
 * sides of a benchmark back to back in an order drawn at random per round and benchmark (seeded, so a
 * run can be repeated exactly). Each invocation does one run (one repetition of a figure), so run index
 * = round index on both sides. Pure.
 */
import { Rng } from '../analysis/random.js';
import type { Bench, SuiteName } from '../suite/benches.js';
import { invocationFor, DEFAULT_TIME_LIMIT_SEC, type EventApi } from '../run/plan.js';
import { PAIR_B_KEY, type Invocation, type SuitePlan } from '../vm/driver.js';

export type Side = 'a' | 'b';

/** Rounds when not told; chosen by the measurements in docs/statistics.md. */
export const DEFAULT_ROUNDS: Record<SuiteName, number> = { quick: 20, full: 10 };

/** Rounds an A/B run may have: pairing needs at least MIN_ROUNDS (src/compare/paired.ts). */
export const MAX_ROUNDS = 1000;
export { MIN_ROUNDS } from '../compare/paired.js';

/** A seed for the side order when the user gives none. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}

export interface Slot {
  side: Side;
  round: number;
}

export interface AbPlan {
  plan: SuitePlan;
  /** Which side and round each invocation of plan.invocations belongs to. */
  slots: Map<Invocation, Slot>;
  rounds: number;
  seed: number;
}

export interface AbPlanOptions {
  target: string;
  suite: SuiteName;
  benches: readonly Bench[];
  rounds: number;
  seed: number;
  timeLimitSec?: number;
  eventApi?: EventApi;
}

export function makeAbPlan(opts: AbPlanOptions): AbPlan {
  const rng = new Rng(opts.seed);
  const limit = opts.timeLimitSec ?? DEFAULT_TIME_LIMIT_SEC[opts.suite];
  const invocations: Invocation[] = [];
  const slots = new Map<Invocation, Slot>();
  for (let round = 0; round < opts.rounds; round++) {
    for (const bench of opts.benches) {
      const order: Side[] = rng.next() < 0.5 ? ['a', 'b'] : ['b', 'a'];
      for (const side of order) {
        const base = invocationFor(bench, opts.suite, limit, opts.eventApi, 1);
        // Side A's build is the driver's main suite, side B's the extra build PAIR_B_KEY.
        const inv: Invocation = side === 'b' ? { ...base, build: PAIR_B_KEY } : base;
        invocations.push(inv);
        slots.set(inv, { side, round });
      }
    }
  }
  return { plan: { target: opts.target, suite: opts.suite, invocations }, slots, rounds: opts.rounds, seed: opts.seed };
}
