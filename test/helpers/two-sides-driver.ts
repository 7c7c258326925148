/**
 * A target whose two sides of a side-by-side run print one figure per invocation: side B's rate lower
 * than side A's by a known factor, each value scattered by a seeded noise (one stream a side, so the
 * values do not depend on the run's random order of the sides). It stands in for a machine
 * where the tests need to know which benchmark is decided when (test/ab/sequential.test.ts) or the
 * exact ratio a run measures (test/action/history.test.ts); the real local driver takes the same road
 * in the tests beside them.
 */
import { Rng } from '../../src/analysis/random.js';
import { PAIR_B_KEY, type Driver, type Invocation, type RunSink, type SuitePlan } from '../../src/vm/driver.js';

/** Per benchmark: B's level against A's (0.1 = B 10% slower), and each value's noise (relative spread). */
export type Effects = Record<string, { slower: number; noise: number }>;

/** A target whose two sides print one figure per invocation, B's lower by `slower`, each scattered by a seeded noise. */
export class TwoSidesDriver implements Driver {
  readonly name = 'local' as const;
  prepares = 0;
  teardowns = 0;
  readonly ran: Invocation[][] = [];
  /** One stream of noise a side: a side's values do not depend on how the run interleaves the two. */
  private readonly rng: readonly [Rng, Rng];
  constructor(
    private readonly effects: Effects,
    readonly plansAtBoot = false,
    /** The kernel release the machine reports (an OS update changes it). */
    private readonly release = '6.1',
    seed = 11,
  ) {
    this.rng = [new Rng(seed), new Rng(seed + 7919)];
  }
  async prepare(): Promise<{ metaLine: string; info: Record<string, string> }> {
    this.prepares++;
    return { metaLine: JSON.stringify({ type: 'meta', target: 'local', os: 'Linux', release: this.release, arch: 'x86_64', ncpu: 2, cpu: 'test', cc: 'gcc' }), info: { driver: 'local' } };
  }
  async run(plan: SuitePlan, sink: RunSink): Promise<void> {
    this.ran.push(plan.invocations);
    for (const inv of plan.invocations) {
      sink.start(inv);
      const e = this.effects[inv.bench] ?? { slower: 0, noise: 0.01 };
      const b = inv.build === PAIR_B_KEY;
      // A round's machine state is shared by the two sides only in part: the noise is drawn per invocation.
      const value = 1000 * (b ? 1 / (1 + e.slower) : 1) * (1 + e.noise * (this.rng[b ? 1 : 0].next() - 0.5) * 2);
      sink.line(inv, JSON.stringify({ type: 'value', bench: inv.bench, run: 0, value, unit: 'ops/s', better: 'higher' }));
      sink.end(inv, { status: 'ok' });
    }
  }
  async teardown(): Promise<void> {
    this.teardowns++;
  }
}

