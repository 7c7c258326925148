/**
 * applyConfirmation: an alarm against a stored baseline, judged by the same benchmark measured side by
 * side with the baseline's commit on the same machine (src/compare/recheck.ts). The end-to-end path,
 * with real processes and a real repository, is test/run/recheck.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { applyConfirmation } from '../../src/compare/recheck.js';
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
    expect(get('malloc').note).toBe("paired note; side by side with the baseline's commit 1a2b3c4 on this machine, confirming against the stored baseline regressed -60.0% [-70.0%, -50.0%]");
  });

  it('drops an alarm the code does not carry: unchanged side by side', () => {
    expect(get('fork')).toMatchObject({ verdict: 'unchanged', change: 0.01 });
    expect(get('fork').note).toBe("dropped: against the stored baseline regressed +30.0% [+20.0%, +40.0%], but side by side with the baseline's commit 1a2b3c4 on this machine +1.0% [-2.0%, +3.0%]: the machine moved, not the code");
  });

  it('leaves undecided an alarm the two measurements disagree on, or one it did not measure', () => {
    expect(get('socket')).toMatchObject({ verdict: 'noisy', change: 0.15 });
    expect(get('socket').note).toMatch(/^not confirmed: against the stored baseline improved -20\.0% .*side by side with the baseline's commit 1a2b3c4 on this machine regressed \+15\.0%/);
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
