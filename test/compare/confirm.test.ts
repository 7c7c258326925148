/**
 * applyConfirmation: an alarm against a stored baseline, judged by the same benchmark measured side by
 * side with the baseline's commit on the same machine (src/compare/recheck.ts). The end-to-end path,
 * with real processes and a real repository, is test/run/recheck.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { applyConfirmation, confirmationPlan, undecidedBenches } from '../../src/compare/recheck.js';
import { describeRecheck } from '../../src/compare/output.js';
import { reportOf, row } from '../report/fixtures.js';

const commit = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
const stored = reportOf([
  { ...row('local', 'malloc', 'regressed', -0.6, [-0.7, -0.5], null, null, 'stored note'), caution: 'measured on another kind of machine' },
  row('local', 'fork', 'regressed', 0.3, [0.2, 0.4], 'O(n)', 'O(n)'),
  row('local', 'socket', 'improved', -0.2, [-0.3, -0.1], 'O(1)', 'O(1)'),
  row('local', 'pipe', 'unchanged', 0.01, [-0.02, 0.03], null, null),
  row('local', 'bind', 'scaling-regressed', 0.1, [0.05, 0.15], 'O(1)', 'O(n)'),
]);

describe('applyConfirmation', () => {
  const beside = reportOf([
    row('local', 'malloc', 'regressed', -0.74, [-0.76, -0.72], null, null, 'paired note'),
    row('local', 'fork', 'unchanged', 0.01, [-0.02, 0.03], 'O(n)', 'O(n)'),
    row('local', 'socket', 'regressed', 0.15, [0.1, 0.2], 'O(1)', 'O(1)'),
  ]);
  const after = applyConfirmation(stored, beside, commit);
  const get = (bench: string) => after.results.find((r) => r.bench === bench)!;

  it('confirms an alarm the side-by-side measurement repeats, with its numbers and both figures', () => {
    expect(get('malloc')).toMatchObject({ verdict: 'regressed', change: -0.74, ci: [-0.76, -0.72], caution: null });
    expect(get('malloc').note).toBe("paired note; side by side with the baseline's commit 1a2b3c4 on this machine, confirming against the stored baseline regressed −60.0% [−70.0%, −50.0%]");
  });

  it('drops an alarm the code does not carry: unchanged side by side', () => {
    expect(get('fork')).toMatchObject({ verdict: 'unchanged', change: 0.01 });
    expect(get('fork').note).toBe("dropped: against the stored baseline regressed +30.0% [+20.0%, +40.0%], but side by side with the baseline's commit 1a2b3c4 on this machine +1.0% [−2.0%, +3.0%]: the machine moved, not the code");
  });

  it('leaves undecided an alarm the two measurements disagree on, or one it did not measure', () => {
    expect(get('socket')).toMatchObject({ verdict: 'noisy', change: 0.15 });
    expect(get('socket').note).toMatch(/^not confirmed: against the stored baseline improved −20\.0% .*side by side with the baseline's commit 1a2b3c4 on this machine regressed \+15\.0%/);
    expect(get('bind')).toMatchObject({ verdict: 'noisy', change: 0.1 });
    expect(get('bind').note).toMatch(/it was not measured$/);
  });

  it('leaves what raised no alarm as it was, and counts the verdicts again', () => {
    expect(get('pipe')).toEqual(stored.results[3]);
    expect(after.summary.verdicts).toMatchObject({ regressed: 1, unchanged: 2, noisy: 2, improved: 0, 'scaling-regressed': 0 });
    expect(after.summary.regressed).toBe(true);
    expect(applyConfirmation(stored, reportOf([]), commit).summary.regressed).toBe(false);
  });
});

describe('levels the stored baseline could not judge, decided side by side', () => {
  const spread = (bench: string, change: number | null, figure: number) => ({ ...row('local', bench, 'noisy', change, change === null ? null : [change - 2, change + 2], null, null, 'stored note'), cause: { kind: 'session-spread' as const, figure } });
  const first = reportOf([
    spread('socket', 0.31, 1.24),
    spread('fork', 0.2, 1.5),
    spread('connect', null, 2.4),
    { ...row('local', 'mmap', 'noisy', 0.2, [-0.1, 0.5], null, null, 'wide'), cause: { kind: 'wide-interval' as const, figure: 0.3 } },
    { ...row('local', 'touch', 'noisy', 0.2, [0.1, 0.3], null, null, 'one'), cause: { kind: 'one-session' as const, figure: null } },
    // Within the threshold: nothing worth a report can hide there.
    spread('bind', 0.03, 1.3),
    // Side by side does not mend a run that did not complete, nor a growth.
    { ...row('local', 'pipe', 'noisy', 0.4, null, null, null, 'few'), cause: { kind: 'few-runs' as const, figure: 1 } },
    { ...row('local', 'http', 'noisy', 0.2, [0.1, 0.3], null, null, 'growth'), cause: { kind: 'growth-unclear' as const, figure: 1.4 } },
    row('local', 'malloc', 'regressed', 0.3, [0.2, 0.4], null, null),
    { ...spread('socket', 0.31, 1.24), target: 'other' },
  ]);

  it('are those estimated beyond the threshold (or not estimated) whose cause side by side removes', () => {
    expect(undecidedBenches(first, 'local', 0.05)).toEqual(['socket', 'fork', 'connect', 'mmap', 'touch']);
    expect(undecidedBenches(first, 'local', 0.25)).toEqual(['socket', 'connect']);
  });

  const beside = reportOf([
    row('local', 'socket', 'regressed', 0.29, [0.24, 0.34], null, null, '+29.0% [+24.0%, +34.0%]'),
    row('local', 'fork', 'unchanged', 0.01, [-0.02, 0.04], null, null, '+1.0% [−2.0%, +4.0%]'),
    row('local', 'connect', 'noisy', 0.06, [-0.01, 0.13], null, null, 'the interval reaches past the threshold'),
    row('local', 'malloc', 'regressed', 0.28, [0.2, 0.36], null, null, 'paired'),
  ]);
  const after = applyConfirmation(first, beside, commit, { target: 'local', benches: undecidedBenches(first, 'local', 0.05) });
  const get = (bench: string) => after.results.find((r) => r.target === 'local' && r.bench === bench)!;

  it("take side by side's verdict and numbers, saying what the stored baseline could not judge", () => {
    expect(get('socket')).toMatchObject({ verdict: 'regressed', change: 0.29, ci: [0.24, 0.34] });
    expect(get('socket').cause).toBeUndefined();
    // The stored interval (±200%) is no measurement: the note gives the change alone.
    expect(get('socket').note).toBe("+29.0% [+24.0%, +34.0%]; side by side with the baseline's commit 1a2b3c4 on this machine (the stored baseline could not judge +31.0%, its sessions ×1.2 apart)");
    expect(get('fork')).toMatchObject({ verdict: 'unchanged', change: 0.01 });
    expect(get('connect')).toMatchObject({ verdict: 'noisy', change: 0.06 });
    expect(get('connect').note).toMatch(/\(the stored baseline could not judge it, its sessions ×2\.4 apart\)$/);
  });

  it('stay as they were where side by side did not measure them, and count in the verdicts', () => {
    expect(get('mmap')).toEqual(first.results[3]);
    expect(get('bind')).toEqual(first.results[5]);
    expect(after.results.find((r) => r.target === 'other')).toEqual(first.results[9]);
    expect(after.summary.verdicts).toMatchObject({ regressed: 2, unchanged: 1 });
    expect(after.summary.regressed).toBe(true);
  });

  it('are said in the list of targets', () => {
    const facts = { benches: ['malloc'], repeated: ['malloc'], undecided: ['socket', 'fork', 'connect'], decided: ['socket', 'fork'], unmeasured: [], interrupted: false, beside: commit };
    expect(describeRecheck(facts)).toBe("1 alarm measured again side by side with the baseline's commit 1a2b3c4 on this machine, 1 repeated (malloc); 3 levels the baseline could not judge measured with them, 2 decided");
    expect(describeRecheck({ ...facts, benches: [], repeated: [], undecided: ['socket'], decided: ['socket'] })).toBe("1 level the baseline could not judge measured side by side with its commit 1a2b3c4 on this machine, decided");
  });
});

describe('what a measurement beside the baseline\'s commit takes on within its budget', () => {
  const spread = (bench: string, change: number | null) => ({ ...row('local', bench, 'noisy', change, null, null, null, 'stored note'), cause: { kind: 'session-spread' as const, figure: 1.5 } });
  const first = reportOf([
    row('local', 'socket', 'regressed', 0.3, [0.2, 0.4], null, null),
    spread('dir-create', 0.9),
    spread('fork', 0.2),
    spread('pipe', -0.4),
    spread('build', 0.12),
    spread('connect', null),
  ]);
  const undecided = ['dir-create', 'fork', 'pipe', 'build', 'connect'];
  // Seconds this run spent on each: a round of both sides costs about as much.
  const seconds: Record<string, number> = { socket: 0.6, 'dir-create': 12.7, fork: 3.3, pipe: 2.2, build: 3.3 };
  const plan = (budgetSec: number, secondsOf: (b: string) => number | undefined = (b) => seconds[b]) =>
    confirmationPlan(first, 'local', ['socket'], undecided, { rounds: 10, budgetSec, share: 1, secondsOf });

  it('takes every undecided level when the budget holds them all', () => {
    // 10 rounds of socket, dir-create, fork, pipe, build and connect (priced at the mean, 4.42 s) = 265.2 s.
    expect(plan(266)).toEqual({ undecided, left: [] });
  });

  it('takes the most change per second of measuring first, each that still fits, and the one it could not estimate last', () => {
    // Change per second: pipe 0.4/22, dir-create 0.9/127, fork 0.2/33, build 0.12/33; connect unknown.
    // 240 s: socket 6, pipe 22, dir-create 127, fork 33, build 33 = 221; connect (44.2) no longer fits.
    expect(plan(240)).toEqual({ undecided: ['dir-create', 'fork', 'pipe', 'build'], left: ['connect'] });
    // 100 s: socket 6, pipe 22; dir-create (127) does not fit; fork 33, build 33 = 94.
    expect(plan(100)).toEqual({ undecided: ['fork', 'pipe', 'build'], left: ['dir-create', 'connect'] });
    expect(plan(40).undecided).toEqual(['pipe']);
  });

  it('does not let one slow benchmark that moved far crowd out several quick ones', () => {
    // The largest change first would take dir-create alone (6 + 127 of 150 s); per second, the four others fit.
    expect(plan(150)).toEqual({ undecided: ['fork', 'pipe', 'build', 'connect'], left: ['dir-create'] });
  });

  it('always keeps the alarms, even when they alone overrun the budget', () => {
    expect(plan(1)).toEqual({ undecided: [], left: undecided });
  });

  it('prices a benchmark whose seconds are unknown at the mean of the others', () => {
    // Nothing known: every benchmark costs nothing, so everything fits.
    expect(plan(1, () => undefined)).toEqual({ undecided, left: [] });
  });

  it('says a level would take more than the budget when not one fit, and nothing was measured beside', () => {
    const after = applyConfirmation(first, reportOf([]), commit, { target: 'local', benches: [], left: ['dir-create'], budgetSec: 240 });
    expect(after.results.find((r) => r.bench === 'dir-create')!.note).toBe("stored note; not measured beside the baseline's commit 1a2b3c4: measuring it would take more than its 4-minute budget");
  });

  it('leaves what did not fit with its stored verdict and a note naming the budget', () => {
    const beside = reportOf([row('local', 'socket', 'regressed', 0.29, [0.24, 0.34], null, null, 'paired'), row('local', 'fork', 'unchanged', 0.01, [-0.02, 0.03], null, null, 'paired')]);
    const after = applyConfirmation(first, beside, commit, { target: 'local', benches: ['fork'], left: ['dir-create', 'connect'], budgetSec: 240 });
    const dir = after.results.find((r) => r.bench === 'dir-create')!;
    expect(dir).toMatchObject({ verdict: 'noisy', change: 0.9 });
    expect(dir.note).toBe("stored note; not measured beside the baseline's commit 1a2b3c4: its 4-minute budget went to levels that moved more for the time they take");
    expect(after.results.find((r) => r.bench === 'fork')!.verdict).toBe('unchanged');
    expect(describeRecheck({ benches: ['socket'], repeated: ['socket'], undecided: ['fork'], decided: ['fork'], unmeasured: ['dir-create', 'connect'], interrupted: false, beside: commit })).toBe(
      "1 alarm measured again side by side with the baseline's commit 1a2b3c4 on this machine, 1 repeated (socket); 1 level the baseline could not judge measured with them, decided; 2 more levels it could not judge left undecided, beyond the time budget (dir-create, connect)",
    );
  });
});
