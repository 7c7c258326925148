/**
 * The host-built suites of one run: the main build and any extra ones by key (Invocation.build),
 * built with the host's cc (cached by source), and which binary each invocation runs. Shared by the
 * local driver and the qemu driver's initramfs fast path, the two that build on the host.
 */
import { buildSuite, type BuiltSuite } from '../suite/build.js';
import { extraSuiteEntries, extraSuiteError, unknownSuiteMessage, type Invocation } from './driver.js';

export class SuiteBuilds {
  private constructor(
    readonly main: BuiltSuite,
    private readonly extras: ReadonlyMap<string, BuiltSuite>,
  ) {}

  static async build(opts: { suiteDir: string; extraSuites?: Readonly<Record<string, string>>; cacheDir?: string; log: (msg: string) => void }): Promise<SuiteBuilds> {
    const { cacheDir, log } = opts;
    const main = await buildSuite({ sourceDir: opts.suiteDir, cacheDir, log });
    const extras = new Map<string, BuiltSuite>();
    for (const [key, sourceDir] of extraSuiteEntries(opts.extraSuites)) {
      try {
        extras.set(key, await buildSuite({ sourceDir, cacheDir, log: (msg) => log(`suite "${key}": ${msg}`) }));
      } catch (err) {
        throw extraSuiteError(key, err);
      }
    }
    return new SuiteBuilds(main, extras);
  }

  /** True when every build came from the cache. */
  get cached(): boolean {
    return this.main.cached && [...this.extras.values()].every((b) => b.cached);
  }

  /** Build folders of the extra builds, key -> folder. */
  extraDirs(): Record<string, string> {
    return Object.fromEntries([...this.extras].map(([key, b]) => [key, b.dir]));
  }

  /** The binary of the build the invocation names, or why it cannot run. */
  binaryFor(inv: Invocation): string | { error: string } {
    const suite = inv.build === undefined ? this.main : this.extras.get(inv.build);
    if (!suite) return { error: unknownSuiteMessage(inv.build ?? '') };
    if (inv.binary === 'swbench') return suite.swbench;
    return suite.swbenchStatic ?? { error: suite.staticError ?? 'the static suite binary was not built' };
  }
}
