/**
 * The plan of an interleaved A/B run: every round measures every benchmark once on each side, the two
 * sides of a benchmark back to back in an order drawn at random per round and benchmark (seeded, so a
 * run can be repeated exactly). Each invocation does one run (one repetition of a figure), so run index
 * = round index on both sides. Pure.
 */
import { Rng } from '../analysis/random.js';
import { UserError } from '../errors.js';
import type { Bench, SuiteName } from '../suite/benches.js';
import { invocationFor, DEFAULT_TIME_LIMIT_SEC, type EventApi } from '../run/plan.js';
import { PAIR_B_KEY, type Invocation, type SuitePlan } from '../vm/driver.js';

export type Side = 'a' | 'b';

/** Rounds every benchmark gets before the first look, when not told; chosen by the measurements in docs/statistics.md. */
export const DEFAULT_ROUNDS: Record<SuiteName, number> = { quick: 10, full: 10 };

/** Rounds an undecided benchmark may get in all, when not told (src/compare/sequential.ts: looks at 10, 20, 40). */
export const DEFAULT_MAX_ROUNDS: Record<SuiteName, number> = { quick: 40, full: 20 };

/**
 * Seconds a side-by-side run may take before it stops measuring undecided benchmarks further, when not
 * told: the quick suite's first 10 rounds take about 4–5 minutes on a 2-CPU machine, and a job's usual
 * time is a quarter of an hour. The first look's rounds always run.
 */
export const DEFAULT_BUDGET_SEC: Record<SuiteName, number> = { quick: 600, full: 3600 };

/**
 * Seconds a measurement beside a stored baseline's commit may take, when not told (src/run/measure.ts):
 * it follows a whole run of the suite, and the levels it decides are those the stored baseline could
 * not judge, so it gets less than a pull request's side-by-side run. The alarms are always measured;
 * of the undecided levels, the most change per second of measuring first, as many as fit (docs/analysis.md).
 */
export const DEFAULT_CONFIRM_BUDGET_SEC: Record<SuiteName, number> = { quick: 240, full: 1200 };

/** Share of a budget a stage is planned to end within: the last rounds of a run on a busy machine take longer than its average. */
export const BUDGET_SHARE = 0.95;

/** Rounds an A/B run may have: pairing needs at least MIN_ROUNDS (src/compare/paired.ts). */
export const MAX_ROUNDS = 1000;
export { MIN_ROUNDS } from '../compare/paired.js';

/**
 * A time budget as the user writes it, in minutes (`10`, `2.5`); undefined when not given. Throws one
 * sentence naming the flag or input for anything else.
 */
export function parseBudget(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const minutes = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) {
    throw new UserError(`${flag} must be a number of minutes above 0 and up to 1440, not "${text}".`);
  }
  return minutes * 60;
}

/**
 * The rounds of a side-by-side run, given or the defaults for the suite size: an undecided benchmark
 * gets at least the first look's rounds in all. The CLI's flags and the Action's inputs both end here.
 */
export function abRounds(given: { suite: SuiteName; rounds?: number | undefined; maxRounds?: number | undefined; budgetSec?: number | undefined }): { rounds: number; maxRounds: number; budgetSec: number } {
  const rounds = given.rounds ?? DEFAULT_ROUNDS[given.suite];
  return { rounds, maxRounds: Math.max(rounds, given.maxRounds ?? DEFAULT_MAX_ROUNDS[given.suite]), budgetSec: given.budgetSec ?? DEFAULT_BUDGET_SEC[given.suite] };
}

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
  /** The index of the plan's first round (a stage that measures undecided benchmarks further goes on from the rounds before it). */
  firstRound?: number;
  timeLimitSec?: number;
  eventApi?: EventApi;
}

export function makeAbPlan(opts: AbPlanOptions): AbPlan {
  const first = opts.firstRound ?? 0;
  // A later stage draws its side orders from a seed of its own, still fixed by the run's seed.
  const rng = new Rng(first === 0 ? opts.seed : (opts.seed + first * 0x9e3779b1) >>> 0);
  const limit = opts.timeLimitSec ?? DEFAULT_TIME_LIMIT_SEC[opts.suite];
  const invocations: Invocation[] = [];
  const slots = new Map<Invocation, Slot>();
  for (let round = first; round < first + opts.rounds; round++) {
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
