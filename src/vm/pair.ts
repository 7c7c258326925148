/**
 * Two machines as one driver: for `scalewatch ab` when the two sides define the target differently
 * (a pull request that bumps a box version or a guest's memory in vms/<target>/), each side boots
 * its own version of the target in the same job. Driver `a` runs the plan's invocations with no
 * `suite` key (side A), driver `b` those with `suite === 'b'` (side B), handed to it without the key
 * since B's suite is the main one in its own machine. The plan is walked in order, one invocation at
 * a time, so the interleaving and the pairing by round stay as with one machine.
 */
import { UserError } from '../errors.js';
import { PAIR_B_KEY, unknownSuiteMessage, type Driver, type Invocation, type InvocationEnd, type RunSink, type SuitePlan, type TargetInfo } from './driver.js';
import { QemuDriver } from './qemu/driver.js';

export { PAIR_B_KEY } from './driver.js';

type Which = 'a' | 'b';

export class PairDriver implements Driver {
  readonly name: Driver['name'];
  /** Why each side's machine was lost, once it was: its later invocations do not run. */
  private readonly lost: Partial<Record<Which, string>> = {};

  constructor(
    private readonly a: Driver,
    private readonly b: Driver,
  ) {
    for (const d of [a, b]) {
      if (d instanceof QemuDriver && d.mode === 'initramfs') {
        throw new UserError('Two versions of a target (one guest per side) run invocation by invocation, which the qemu initramfs fast path cannot (its guest runs a plan baked in at boot): use --qemu-mode image or the vagrant driver.');
      }
    }
    this.name = a.name;
  }

  /** Which driver runs the invocation, and the invocation as that driver sees it. */
  private route(inv: Invocation): { which: Which; driver: Driver; own: Invocation } | undefined {
    if (inv.build === undefined) return { which: 'a', driver: this.a, own: inv };
    if (inv.build === PAIR_B_KEY) {
      const own: Invocation = { ...inv };
      delete own.build;
      return { which: 'b', driver: this.b, own };
    }
    return undefined;
  }

  private plansFor(plan: SuitePlan): Record<Which, SuitePlan> {
    const a: Invocation[] = [];
    const b: Invocation[] = [];
    for (const inv of plan.invocations) {
      const r = this.route(inv);
      if (r) (r.which === 'a' ? a : b).push(r.own);
    }
    return { a: { ...plan, invocations: a }, b: { ...plan, invocations: b } };
  }

  /** Prepare a, then b: two boots at once starve each other. Returns a's meta line. */
  async prepare(plan: SuitePlan, signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }> {
    const plans = this.plansFor(plan);
    const a = await this.a.prepare(plans.a, signal);
    const b = await this.b.prepare(plans.b, signal);
    const info: TargetInfo = { ...a.info, pair: true };
    // b's fields beside a's, prefixed: bootSec -> bBootSec.
    for (const [field, value] of Object.entries(b.info)) {
      if (field !== 'driver') info[`b${field.charAt(0).toUpperCase()}${field.slice(1)}`] = value;
    }
    return { metaLine: a.metaLine, info };
  }

  async run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void> {
    for (const inv of plan.invocations) {
      if (signal.aborted) break;
      const r = this.route(inv);
      if (!r) {
        sink.start(inv);
        sink.end(inv, { status: 'exited', code: null, signal: null, stderrTail: [unknownSuiteMessage(inv.build ?? '')] });
        continue;
      }
      const gone = this.lost[r.which];
      if (gone !== undefined) {
        sink.start(inv);
        sink.end(inv, { status: 'lost', reason: `not run: ${gone}`, consoleTail: [] });
        continue;
      }
      let started = false;
      let ended = false;
      const own = r.own;
      const passOn: RunSink = {
        start: () => {
          started = true;
          sink.start(inv);
        },
        line: (_i, text) => sink.line(inv, text),
        end: (_i, end: InvocationEnd) => {
          ended = true;
          if (end.status === 'lost') this.lost[r.which] = `the side ${r.which.toUpperCase()} machine was lost earlier (${end.reason})`;
          sink.end(inv, end);
        },
      };
      try {
        await r.driver.run({ ...plan, invocations: [own] }, passOn, signal);
      } catch (err) {
        // A driver that throws for its own machine loses that side, not the other.
        const reason = (err as Error).message;
        this.lost[r.which] = `the side ${r.which.toUpperCase()} machine failed earlier (${reason})`;
        if (!ended) {
          if (!started) sink.start(inv);
          sink.end(inv, { status: 'lost', reason, consoleTail: [] });
        }
      }
    }
  }

  /** Tear both down, b even when a's teardown throws; the first error is rethrown after. */
  async teardown(): Promise<void> {
    const results = await Promise.allSettled([this.a.teardown(), this.b.teardown()]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
