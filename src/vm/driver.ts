/**
 * One interface for every place the suite can run: the host itself (`local`), a QEMU guest (`qemu`)
 * or a Vagrant machine (`vagrant`). A driver prepares the target (boot, copy the suite in, build it
 * with the target's own cc), runs a plan of benchmark invocations while streaming the suite's stdout
 * back line by line, and always tears down. Parsing, checking and saving the lines is the recorder's
 * job (src/run/recorder.ts), so every driver gets the same treatment of untrusted guest output.
 */
import { UserError } from '../errors.js';
import type { SuiteName } from '../suite/benches.js';

export type DriverName = 'local' | 'qemu' | 'vagrant';

/** Seconds between the suite's own time limit and the host's kill of an invocation. */
export const KILL_GRACE_SEC = 10;

/** One `swbench run BENCH ...` call. */
export interface Invocation {
  bench: string;
  binary: 'swbench' | 'swbench-static';
  /** Arguments after the binary name, e.g. ['run', 'socket', '-r', '3', '-n', '2000', '-t', '60']. */
  args: string[];
  /** The suite's own (graceful) time limit, seconds; the driver kills the invocation a grace period after it. */
  timeLimitSec: number;
  /** How the runner measures progress: runs and largest n (curves) or repetitions (figures). */
  runs: number;
  maxN?: number;
  /**
   * Which build of the suite runs this invocation: the key of one of the driver's `extraSuites`
   * (e.g. the two git refs of `scalewatch ab`, interleaved in one plan); absent means the driver's
   * main suite. An invocation naming a key the driver has no build for ends as `exited` without
   * running, with 'no suite build named "KEY"' as its stderr tail.
   */
  build?: string;
  /**
   * Run every process of the invocation on one CPU (the benchmark's `oneCpu`): the driver prefixes
   * the target's affinity tool (src/vm/placement.ts) and says how in its info's `oneCpu`; a target
   * without one runs it free and leaves `oneCpu` out.
   */
  oneCpu?: boolean;
}

/** What an extra suite build's key may look like: it names folders on the host and in guests. */
export const BUILD_KEY = /^[a-z][a-z0-9-]{0,30}$/;

/**
 * Check a driver's `extraSuites` option (key -> suite source folder, laid out like suite/) and
 * return its entries in order; throws a UserError with one sentence for a bad key.
 */
export function extraSuiteEntries(extra: Readonly<Record<string, string>> | undefined): [key: string, sourceDir: string][] {
  const entries = Object.entries(extra ?? {});
  for (const [key] of entries) {
    if (!BUILD_KEY.test(key)) {
      throw new UserError(`The suite build key ${JSON.stringify(key)} is not valid: use a lowercase letter, then up to 30 lowercase letters, digits or dashes.`);
    }
  }
  return entries;
}

/** The stderr tail of an invocation that names a suite build the driver does not have. */
export function unknownSuiteMessage(key: string): string {
  return `no suite build named ${JSON.stringify(key)}`;
}

/** A UserError from building the extra suite `key`, reworded to name it; anything else as is. */
export function extraSuiteError(key: string, err: unknown): unknown {
  if (!(err instanceof UserError)) return err;
  const m = err.message;
  return new UserError(/^The suite\b/.test(m) ? m.replace(/^The suite\b/, `The ${JSON.stringify(key)} suite`) : `The ${JSON.stringify(key)} suite did not build: ${m}`);
}

export interface SuitePlan {
  target: string;
  suite: SuiteName;
  invocations: Invocation[];
}

/** How one invocation ended, as far as the driver can tell. */
export type InvocationEnd =
  | { status: 'ok' }
  /** The suite exited non-zero or was killed by a signal on the target. */
  | { status: 'exited'; code: number | null; signal: string | null; stderrTail: string[] }
  /** The hard time limit passed and the driver killed it. */
  | { status: 'timeout'; stderrTail: string[] }
  /** The target itself went away: guest panic, QEMU killed, SSH dropped. Later invocations cannot run. */
  | { status: 'lost'; reason: string; consoleTail: string[] }
  /** The user interrupted the run (Ctrl-C, SIGTERM, the Action's cancellation). */
  | { status: 'interrupted' };

export interface RunSink {
  /** Called before an invocation starts. */
  start(inv: Invocation): void;
  /** One line the suite wrote on stdout, as received (untrusted). */
  line(inv: Invocation, text: string): void;
  /** Called once per invocation, after its last line. */
  end(inv: Invocation, end: InvocationEnd): void;
}

export interface TargetInfo {
  /** Fields the host adds to the meta line: driver, accel (kvm/tcg), box, timings in seconds. */
  [field: string]: string | number | boolean;
}

export interface Driver {
  readonly name: DriverName;
  /**
   * Boot the target, copy the suite in and build it with the target's cc; return the meta line
   * the suite printed there (`swbench meta -T TARGET`) and what the host adds to it.
   * The plan is given here too, for drivers that bake it into the guest at boot (the initramfs fast
   * path runs the whole plan by itself and streams it over a serial port).
   * Throws a UserError with one sentence if the target cannot be prepared.
   */
  prepare(plan: SuitePlan, signal: AbortSignal): Promise<{ metaLine: string; info: TargetInfo }>;
  /** Run the invocations in order, streaming into the sink. Never throws for target faults: they become InvocationEnds. */
  run(plan: SuitePlan, sink: RunSink, signal: AbortSignal): Promise<void>;
  /** Tear down whatever prepare() made. Safe to call more than once and after a failed prepare(). */
  teardown(): Promise<void>;
  /**
   * True when the target runs the plan it was prepared with and nothing else (the qemu initramfs fast
   * path bakes it into the guest at boot): more invocations for the same run need a fresh prepare().
   * Absent or false, run() may be called again with more invocations after the first plan.
   */
  readonly plansAtBoot?: boolean;
}

/** The key of side B's invocations in an A/B plan (side A's are the main suite's). */
export const PAIR_B_KEY = 'b';
