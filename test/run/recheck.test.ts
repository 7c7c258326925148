/**
 * The second measurement of what raised an alarm against a stored baseline, with real processes: the
 * suite built and run on this host, a baseline of two real sessions, and a first measurement made with
 * a suite whose malloc does four times the work (its rate falls to a quarter). The second measurement
 * either repeats it (the same slow suite) or does not (a suite whose malloc does half the work).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { baselineName } from '../../src/baseline/io.js';
import { formatBaseline, toBaselineFile } from '../../src/baseline/model.js';
import { addSessions } from '../../src/baseline/sessions.js';
import { ALARMS, applyRecheck } from '../../src/compare/recheck.js';
import { UserError } from '../../src/errors.js';
import { targetFiles } from '../../src/run/files.js';
import { describeRecheck } from '../../src/compare/output.js';
import { measureTarget } from '../../src/run/measure.js';
import { runSuite } from '../../src/run/runner.js';
import { selectBenches } from '../../src/suite/benches.js';
import { parseResults } from '../../src/suite/protocol.js';
import { LocalDriver } from '../../src/vm/local.js';
import { SUITE_DIR } from '../../src/suite/build.js';
import { slowMallocRepo } from '../helpers/slow-malloc-repo.js';

const benches = selectBenches('malloc');
let work: string;
let slowSuite: string;
let fastSuite: string;
let repo: { repo: string; base: string; head: string };
const log = () => {};
const driver = (suiteDir?: string) => new LocalDriver({ target: 'local', cacheDir: join(work, 'cache'), log, ...(suiteDir ? { suiteDir } : {}) });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sw-recheck-'));
  repo = slowMallocRepo();
  slowSuite = join(repo.repo, 'suite');
  // A suite whose malloc does half the work per counted operation: a second measurement that cannot
  // repeat a regression, however this machine moves between the two (under the VM lane's load it moved
  // malloc by more than the threshold, and the shipped suite measured again was regressed too).
  fastSuite = join(work, 'fast-suite');
  cpSync(SUITE_DIR, fastSuite, { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  const mallocC = join(fastSuite, 'bench_malloc.c');
  const text = readFileSync(mallocC, 'utf8');
  if (!text.includes('while (count-- > 0) {')) throw new Error('bench_malloc.c changed: the fast suite no longer knows where to take work away');
  writeFileSync(mallocC, text.replace('while (count-- > 0) {', 'for (count /= 2; count-- > 0;) {'));
  // A baseline of two sessions of the shipped suite that agree: one real session, stored twice. Two
  // sessions measured one after the other here can sit 20–60% apart (after the fork-heavy tests, or
  // beside other work), and even one session's runs dealt into two disagree by the F test a quarter
  // of the time; a baseline whose sessions disagree makes every level noisy, which is not what these
  // tests are about: they are about the second measurement.
  const run = await runSuite({ target: 'local', suite: 'quick', benches, outDir: join(work, 'base'), driver: driver(), signal: new AbortController().signal, write: () => {}, tty: false });
  const sessions = [0, 1].map((i) => ({ results: run.results, file: toBaselineFile(analyzeResults(run.results), `base-${i}.jsonl`) }));
  const values = run.results.values.filter((v) => v.bench === 'malloc').map((v) => Math.round(v.value));
  console.log(`recheck: malloc in the baseline's session: ${values.join(', ')} (in its unit)`);
  const [first, second] = sessions.map((x) => x.file);
  const merged = addSessions(first!, second!);
  mkdirSync(join(work, 'baselines'));
  writeFileSync(join(work, 'baselines', baselineName('local')), formatBaseline(merged));
  // The same numbers, as made from a commit of the repository: its first (the shipped suite's malloc,
  // which these numbers are), or its second (the slow malloc, which they are not: a baseline measured
  // while the machine was faster than it is now, as far as the code's own numbers go).
  for (const [name, commit] of [['baselines-base', repo.base], ['baselines-head', repo.head]] as const) {
    mkdirSync(join(work, name));
    writeFileSync(join(work, name, baselineName('local')), formatBaseline({ ...merged, sessions: (merged.sessions ?? []).map((x) => ({ ...x, commit })) }));
  }
  // A baseline whose two sessions disagree by ×8 (the second: the same session with malloc's rate eight
  // times higher), as a machine that moved between them leaves it: no level can be judged against it.
  // The slow malloc's rate lies far below both, so its estimate is beyond the threshold on any machine
  // (with the second session an eighth instead, the middle of the two fell near the slow malloc's rate
  // on one run, and the level was left as within the threshold).
  const faster = { ...run.results, values: run.results.values.map((v) => (v.bench === 'malloc' ? { ...v, value: v.value * 8 } : v)) };
  const apart = addSessions(first!, toBaselineFile(analyzeResults(faster), 'base-fast.jsonl'));
  for (const [name, commit] of [['spread-base', repo.base], ['spread-head', repo.head], ['spread-none', undefined]] as const) {
    mkdirSync(join(work, name));
    writeFileSync(join(work, name, baselineName('local')), formatBaseline(commit ? { ...apart, sessions: (apart.sessions ?? []).map((x) => ({ ...x, commit })) } : apart));
  }
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const measure = (out: string, recheck?: () => Promise<LocalDriver>, write: (t: string) => void = () => {}) =>
  measureTarget({ target: 'local', suite: 'quick', benches, outDir: join(work, out), driver: driver(slowSuite), signal: new AbortController().signal, write, tty: false, baselines: join(work, 'baselines'), ...(recheck ? { recheck } : {}) });

describe('an alarm against a stored baseline, measured a second time', () => {
  it('stands when the second measurement repeats it, which is kept beside the results', async () => {
    const m = await measure('repeated', async () => driver(slowSuite));
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(r.verdict).toBe('regressed');
    expect(r.change!).toBeLessThan(-0.5);
    expect(r.note).toMatch(/; a second measurement repeated it$/);
    expect(m.report.summary.regressed).toBe(true);
    expect(m.recheck?.outcome.path).toBe(targetFiles(join(work, 'repeated'), 'local').recheck);
    expect(m.recheck).toMatchObject({ benches: ['malloc'], repeated: ['malloc'] });
    expect(describeRecheck(m.recheck!)).toBe('1 alarm measured a second time against the baseline (it names no commit to measure beside), 1 repeated (malloc)');
    const again = parseResults(readFileSync(m.recheck!.outcome.path, 'utf8'));
    expect(new Set(again.values.map((v) => v.bench))).toEqual(new Set(['calib', 'malloc']));
    expect(existsSync(join(work, 'repeated', '.recheck-local'))).toBe(false);
  }, 300_000);

  it('becomes noisy, with both measurements in its note, when the second does not repeat it', async () => {
    const lines: string[] = [];
    const m = await measure('not-repeated', async () => driver(fastSuite), (t) => lines.push(t));
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(lines.join('')).toContain('malloc raised an alarm against the baseline, which names no commit to measure beside; measuring it again');
    expect(r.verdict).toBe('noisy');
    expect(r.note).toMatch(/^not repeated: the first measurement said regressed \(.+\), a second said (unchanged|noisy|improved)/);
    expect(m.report.summary.verdicts).toMatchObject({ regressed: 0, noisy: 1 });
    expect(m.report.summary.regressed).toBe(false);
    expect(m.recheck).toMatchObject({ benches: ['malloc'], repeated: [] });
    expect(describeRecheck(m.recheck!)).toBe('1 alarm measured a second time against the baseline (it names no commit to measure beside), none repeated');
  }, 300_000);

  it('stands on one measurement, saying so, when the second cannot run', async () => {
    const lines: string[] = [];
    const m = await measure('failed', async () => { throw new UserError('The target is gone.'); }, (t) => lines.push(t));
    expect(m.report.results.find((x) => x.bench === 'malloc')!.verdict).toBe('regressed');
    expect(lines.join('')).toContain('the second measurement did not run (The target is gone); the alarms stand on one measurement');
    expect(m.recheck).toBeUndefined();
  }, 300_000);

  it('is not made without a way to make a driver (scalewatch run --no-recheck)', async () => {
    const m = await measure('off');
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(r.verdict).toBe('regressed');
    expect(r.note).not.toMatch(/second measurement/);
    expect(m.recheck).toBeUndefined();
  }, 300_000);
});

/** A run of the slow suite against the baselines in `baselines`, measured again side by side with the baseline's commit (8 rounds first). */
const confirmFrom = (baselines: string, out: string, write: (t: string) => void, budgetSec?: number) =>
  measureTarget({
    target: 'local',
    suite: 'quick',
    benches,
    outDir: join(work, out),
    driver: driver(slowSuite),
    signal: new AbortController().signal,
    write,
    tty: false,
    baselines: join(work, baselines),
    recheck: async () => driver(slowSuite),
    confirm: { from: repo.repo, suitePath: 'suite', rounds: 8, ...(budgetSec !== undefined ? { budgetSec } : {}), make: async (suites) => new LocalDriver({ target: 'local', cacheDir: join(work, 'cache'), log, suiteDir: suites.suiteDir, ...(suites.extraSuites ? { extraSuites: suites.extraSuites } : {}) }) },
  });

describe('an alarm against a baseline that names its commit, measured side by side with that commit', () => {
  it('stands when the code changed since that commit: the slow malloc beside the commit the baseline measured', async () => {
    const lines: string[] = [];
    const m = await confirmFrom('baselines-base', 'beside-base', (t) => lines.push(t));
    expect(lines.join('')).toContain(`measuring it side by side with the baseline's commit ${repo.base.slice(0, 7)} on this machine`);
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(r.verdict, r.note).toBe('regressed');
    // The row is the side-by-side one (the code's change, the machine's taken out), naming both figures.
    expect(r.note).toMatch(new RegExp(`side by side with the baseline's commit ${repo.base.slice(0, 7)} on this machine, confirming against the stored baseline regressed [−+]\\d`));
    expect(r.change!).toBeLessThan(-0.5);
    expect(m.recheck).toMatchObject({ benches: ['malloc'], repeated: ['malloc'], beside: repo.base, interrupted: false });
    expect(m.report.summary.comparedWith[0]!.recheck).toMatchObject({ beside: repo.base, repeated: ['malloc'] });
    expect(describeRecheck(m.recheck!)).toBe(`1 alarm measured again side by side with the baseline's commit ${repo.base.slice(0, 7)} on this machine, 1 repeated (malloc)`);
    // Both sides are kept beside the results, as companions, and the artifacts carry them.
    const files = targetFiles(join(work, 'beside-base'), 'local');
    expect(parseResults(readFileSync(files.recheckReference, 'utf8')).meta).toMatchObject({ abSide: 'a', abCommit: repo.base });
    expect(parseResults(readFileSync(files.recheck, 'utf8')).meta).toMatchObject({ abSide: 'b' });
    expect(existsSync(join(work, 'beside-base', '.confirm-local'))).toBe(false);
  }, 300_000);

  it('is dropped when the code is the one the baseline names: the stored numbers moved, not the code', async () => {
    const m = await confirmFrom('baselines-head', 'beside-head', () => {});
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(['unchanged', 'noisy'], r.note).toContain(r.verdict);
    expect(r.note).toMatch(new RegExp(`^(dropped|not confirmed): against the stored baseline regressed [−+]\\d.*side by side with the baseline's commit ${repo.head.slice(0, 7)} on this machine`));
    expect(m.report.summary.regressed).toBe(false);
    expect(m.recheck).toMatchObject({ repeated: [], beside: repo.head });
  }, 300_000);
});

describe('a level a baseline of disagreeing sessions cannot judge, decided side by side with its commit', () => {
  it('is regressed when the code changed since that commit, with what the stored baseline could not judge in its note', async () => {
    const lines: string[] = [];
    const m = await confirmFrom('spread-base', 'spread-base', (t) => lines.push(t));
    const short = repo.base.slice(0, 7);
    expect(lines.join('')).toContain(`malloc's level could not be judged against it; measuring it side by side with the baseline's commit ${short} on this machine`);
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(r.verdict, r.note).toBe('regressed');
    expect(r.change!).toBeLessThan(-0.5);
    expect(r.note).toMatch(new RegExp(`; side by side with the baseline's commit ${short} on this machine \\(the stored baseline could not judge [−+]\\d+\\.\\d%, its sessions ×[\\d.]+ apart\\)$`));
    expect(m.recheck).toMatchObject({ benches: [], repeated: [], undecided: ['malloc'], decided: ['malloc'], beside: repo.base, interrupted: false });
    expect(describeRecheck(m.recheck!)).toBe(`1 level the baseline could not judge measured side by side with its commit ${short} on this machine, decided`);
    expect(m.report.summary.regressed).toBe(true);
  }, 300_000);

  it('raises no alarm when the code is the one the baseline names', async () => {
    const m = await confirmFrom('spread-head', 'spread-head', () => {});
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(['unchanged', 'noisy'], r.note).toContain(r.verdict);
    expect(m.report.summary.regressed).toBe(false);
    expect(m.recheck).toMatchObject({ benches: [], undecided: ['malloc'], beside: repo.head });
  }, 300_000);

  it('stays undecided, saying so, when measuring it beside the commit would take more than the budget', async () => {
    const lines: string[] = [];
    // Eight rounds of malloc, both sides, cost about eight times what the run spent on it (over 2 s): far beyond a 0.6 s budget.
    const m = await confirmFrom('spread-base', 'spread-budget', (t) => lines.push(t), 0.6);
    const r = m.report.results.find((x) => x.bench === 'malloc')!;
    expect(r).toMatchObject({ verdict: 'noisy', cause: { kind: 'session-spread' } });
    expect(r.note).toMatch(new RegExp(`; not measured beside the baseline's commit ${repo.base.slice(0, 7)}: measuring it would take more than its 1-second budget$`));
    expect(lines.join('')).toContain(`malloc's level could not be judged against the baseline; measuring it side by side with its commit ${repo.base.slice(0, 7)} would take more than the 1-second budget, so it stays undecided`);
    expect(m.recheck).toBeUndefined();
    expect(m.report.summary.comparedWith[0]!.recheck).toMatchObject({ benches: [], undecided: [], unmeasured: ['malloc'], beside: repo.base });
    expect(existsSync(targetFiles(join(work, 'spread-budget'), 'local').recheck)).toBe(false);
  }, 300_000);

  it('is left as the stored comparison said when the baseline names no commit: a second run against it cannot decide a level', async () => {
    const lines: string[] = [];
    const m = await measureTarget({ target: 'local', suite: 'quick', benches, outDir: join(work, 'spread-none-out'), driver: driver(slowSuite), signal: new AbortController().signal, write: (t) => lines.push(t), tty: false, baselines: join(work, 'spread-none'), recheck: async () => driver(slowSuite) });
    expect(m.report.results.find((x) => x.bench === 'malloc')).toMatchObject({ verdict: 'noisy', cause: { kind: 'session-spread' } });
    expect(m.recheck).toBeUndefined();
    expect(lines.join('')).not.toContain('side by side');
  }, 300_000);
});

describe('applyRecheck', () => {
  it('leaves everything that is not an alarm as it was', async () => {
    const m = await measure('pure');
    const after = applyRecheck(m.report, { ...m.report, results: [] });
    expect(after.results).toHaveLength(m.report.results.length);
    m.report.results.forEach((r, i) => {
      if (ALARMS.has(r.verdict)) expect(after.results[i]).toMatchObject({ verdict: 'noisy', note: expect.stringMatching(/a second said nothing \(it did not measure this benchmark\)$/) });
      else expect(after.results[i]).toEqual(r);
    });
    expect(m.report.results.some((r) => ALARMS.has(r.verdict))).toBe(true);
  }, 300_000);
});
