/**
 * The driver of an A/B run. Usually one machine holds both sides' suites (A's as its main suite, B's
 * as the extra build "b"). When the two sides define the target differently (vms/<target>/ changed
 * between them, e.g. a box version bump), each side boots its own version of the target in the same
 * job: two drivers, each with its side's definition and suite, paired in a PairDriver.
 */
import type { Driver } from '../vm/driver.js';
import { PAIR_B_KEY, PairDriver } from '../vm/pair.js';
import { loadTarget, sameTarget, type TargetDef } from '../vm/targets.js';
import { resolveSide, targetAt, type ResolvedSide } from './sides.js';

/** What a driver is made from: a main suite, maybe extra builds, maybe a definition of the target. */
export interface AbSuites {
  suiteDir: string;
  extraSuites?: Record<string, string>;
  targetDef?: TargetDef;
}

export async function abDriver(opts: {
  target: string;
  sides: Record<'a' | 'b', ResolvedSide>;
  repo: string | undefined;
  workDir: string;
  log: (msg: string) => void;
  make: (suites: AbSuites) => Promise<Driver>;
}): Promise<Driver> {
  const { target, sides, make } = opts;
  const single = () => make({ suiteDir: sides.a.suiteDir, extraSuites: { [PAIR_B_KEY]: sides.b.suiteDir } });
  if (target === 'local') return single();
  let installed: TargetDef | undefined;
  try {
    installed = loadTarget(target);
  } catch {
    return single(); // Not a target scalewatch knows: the usual error, from the usual place.
  }
  const defA = (await targetAt(sides.a, opts.repo, target, opts.workDir)) ?? installed;
  const defB = (await targetAt(sides.b, opts.repo, target, opts.workDir)) ?? installed;
  if (sameTarget(defA, defB)) return single();
  opts.log(`vms/${target} differs between the sides: booting one guest per side`);
  const a = await make({ suiteDir: sides.a.suiteDir, targetDef: defA });
  let b: Driver | undefined;
  try {
    b = await make({ suiteDir: sides.b.suiteDir, targetDef: defB });
    return new PairDriver(a, b);
  } catch (err) {
    await a.teardown().catch(() => {});
    await b?.teardown().catch(() => {});
    throw err;
  }
}

/**
 * Everything a side-by-side run needs before its first round, for the CLI (`scalewatch ab`) and the
 * Action (`compare-to: base`) alike: both sides resolved (a ref exported, or a directory as it is),
 * named for people (`labels` overrides the resolved label), and the driver that runs them.
 */
export async function prepareAb(opts: {
  target: string;
  specs: Record<'a' | 'b', string>;
  labels?: Partial<Record<'a' | 'b', string>>;
  repo: string | undefined;
  suitePath: string;
  workDir: string;
  log: (msg: string) => void;
  make: (suites: AbSuites) => Promise<Driver>;
}): Promise<{ sides: Record<'a' | 'b', ResolvedSide>; driver: Driver }> {
  const side = async (name: 'a' | 'b'): Promise<ResolvedSide> => {
    const resolved = await resolveSide({ repo: opts.repo, suitePath: opts.suitePath, workDir: opts.workDir, log: opts.log, spec: opts.specs[name], name });
    const label = opts.labels?.[name];
    return label === undefined ? resolved : { ...resolved, label };
  };
  const sides = { a: await side('a'), b: await side('b') };
  const driver = await abDriver({ target: opts.target, sides, repo: opts.repo, workDir: opts.workDir, log: opts.log, make: opts.make });
  return { sides, driver };
}
