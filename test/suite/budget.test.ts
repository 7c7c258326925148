/**
 * The sizes in src/suite/benches.ts hold: every curve runs at its quick size without an error, and all
 * of them together stay well inside the quick suite's time budget. The seconds per benchmark are
 * printed, so this is also the script behind the figures in suite/README.md:
 *
 *   npx vitest run test/suite/budget.test.ts                       quick sizes
 *   SCALEWATCH_FULL=1 npx vitest run test/suite/budget.test.ts     also the full sizes (about half a minute here)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURVES, type SuiteName } from '../../src/suite/benches.js';
import { buildSuite, curveProblems, errors, groupMembers, removeDir, runSwbench, type Built } from './swbench.js';

/** Seconds the eight curves of the quick suite may take together on a 2-CPU machine. */
const QUICK_CURVES_BUDGET_S = 35;

let built: Built;
beforeAll(async () => {
  built = await buildSuite();
});
afterAll(() => removeDir(built?.dir));

async function timeSuite(suite: SuiteName): Promise<number> {
  const rows: string[] = [];
  let total = 0;
  for (const bench of CURVES) {
    const { maxN, runs } = bench[suite];
    const bin = bench.binary === 'swbench-static' ? built.swbenchStatic : built.swbench;
    const r = await runSwbench(bin, ['run', bench.name, '-r', String(runs), '-n', String(maxN)], { timeoutMs: 300_000 });
    expect(r.code, `${bench.name}: ${r.stderr}`).toBe(0);
    expect(errors(r), bench.name).toEqual([]);
    expect(curveProblems(r, bench.name, runs, maxN)).toEqual([]);
    expect(groupMembers(r.pgid)).toEqual([]);
    total += r.ms / 1000;
    rows.push(`| ${bench.name} | ${maxN} | ${runs} | ${(r.ms / 1000).toFixed(2)} |`);
  }
  console.log([`\n${suite} sizes, swbench run per curve:`, '| bench | maxN | runs | s |', '| --- | ---: | ---: | ---: |', ...rows, `| all curves | | | ${total.toFixed(2)} |`].join('\n'));
  return total;
}

describe('the catalogue sizes', () => {
  it(`quick: all curves run clean in well under ${QUICK_CURVES_BUDGET_S} s`, async () => {
    expect(await timeSuite('quick')).toBeLessThan(QUICK_CURVES_BUDGET_S / 2);
  });

  it.runIf(process.env.SCALEWATCH_FULL === '1')('full: all curves run clean (SCALEWATCH_FULL=1)', { timeout: 900_000 }, async () => {
    expect(await timeSuite('full')).toBeGreaterThan(0);
  });
});
