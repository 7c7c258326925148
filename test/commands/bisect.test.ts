/**
 * `scalewatch bisect` end to end on this host: a repository of 4 commits after the suite, one of which
 * makes malloc do four times the work, searched with the real local driver, each step a side-by-side
 * session of a commit beside good. And the decisions of the search on their own (src/bisect/plan.ts).
 */
import { describe, expect, it } from 'vitest';
import { advance, answerOf, keyOf, nextIndex, sessionsFor, startSearch } from '../../src/bisect/plan.js';
import type { CompareReport, CompareResult } from '../../src/compare/types.js';
import { bisectRepo } from '../helpers/bisect-repo.js';
import { cli } from '../helpers/cli.js';

const result = (bench: string, verdict: CompareResult['verdict'], change: number | null): CompareResult => ({
  target: 'local', bench, kind: 'figure', verdict, change, ci: change === null ? null : [change - 0.02, change + 0.02], ciLevel: 0.95, baselineOrder: null, currentOrder: null, growth: null, better: 'higher', p: null, q: null, noise: null, caution: null, note: '',
});
const report = (...results: CompareResult[]): CompareReport => ({ summary: {} as CompareReport['summary'], results });

describe('the search', () => {
  it('follows the largest change called between good and bad, and finds none when nothing was called', () => {
    expect(keyOf(report(result('pipe', 'regressed', -0.1), result('malloc', 'regressed', -0.75), result('fork', 'noisy', 0.5)))).toMatchObject({ bench: 'malloc', change: -0.75 });
    expect(keyOf(report(result('pipe', 'unchanged', 0), result('fork', 'noisy', 0.3)))).toBeUndefined();
  });

  it('reads a step as like bad, like good, or undecided leaning to the nearer estimate', () => {
    const key = keyOf(report(result('malloc', 'regressed', -0.75)))!;
    expect(answerOf(report(result('malloc', 'regressed', -0.7)), key).answer).toBe('bad');
    expect(answerOf(report(result('malloc', 'unchanged', 0.01)), key).answer).toBe('good');
    expect(answerOf(report(result('malloc', 'noisy', -0.6)), key)).toMatchObject({ answer: 'undecided', lean: 'bad' });
    expect(answerOf(report(result('malloc', 'noisy', -0.1)), key)).toMatchObject({ answer: 'undecided', lean: 'good' });
    expect(answerOf(report(result('malloc', 'failed', null)), key).answer).toBe('skipped');
  });

  it('halves what is left each step, steps around skipped commits, and names the first bad commit in ⌈log₂ n⌉ steps', () => {
    const commits = Array.from({ length: 16 }, (_, i) => `c${i}`);
    for (let firstBad = 0; firstBad < 16; firstBad++) {
      let s = startSearch(commits);
      let steps = 0;
      for (let i = nextIndex(s); i !== undefined; i = nextIndex(s)) {
        s = advance(s, i, i >= firstBad ? 'bad' : 'good');
        steps++;
      }
      expect(s.bad).toBe(firstBad);
      expect(steps).toBeLessThanOrEqual(4);
    }
    expect(sessionsFor(16)).toBe(5);
    // Skipped: the nearest to the middle that was not.
    let s = advance(startSearch(commits), 7, 'skipped');
    expect([6, 8]).toContain(nextIndex(s));
    s = advance(advance(s, 8, 'bad'), 6, 'good');
    expect(nextIndex(s)).toBeUndefined();
    expect(s.bad).toBe(8);
  });
});

describe('scalewatch bisect --target local', () => {
  it('names the commit that cut the malloc rate to a quarter among 4, in at most 3 sessions', async () => {
    const { repo, good, commits } = bisectRepo(4, 2);
    const r = await cli('bisect', '--repo', repo, '--good', good, '--bad', commits[3]!, '--bench', 'malloc', '--rounds', '3', '--max-rounds', '3', '--json');
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out) as { commit: string; subject: string; key: { bench: string }; change: number; steps: { commit: string; answer: string }[]; sessions: number };
    // When it names another commit, the steps it logged say why (each step's answer, verdict and change).
    expect(out.commit, r.err).toBe(commits[1]);
    expect(out.subject).toBe('commit 2: malloc does four times the work');
    expect(out.key.bench).toBe('malloc');
    expect(out.change).toBeLessThan(-0.5);
    expect(out.sessions).toBeLessThanOrEqual(3);
    expect(out.steps[0]!.answer).toBe('check');
    // Two steps after the check: commit 2 (like bad), then commit 1 (like good, or undecided and leaning good).
    expect(out.steps.slice(1).map((s) => s.commit), r.err).toEqual([commits[1], commits[0]]);
    expect(r.err).toContain('4 commits from');
    expect(r.err).toContain('at most 3 sessions when every step decides');
  });

  it('refuses to bisect good and bad that do not differ, in one sentence, after one session', async () => {
    const { repo, good, commits } = bisectRepo(2, 99);
    // Five rounds of socket (a tenth of malloc's time a round): three rounds of identical code were
    // once called different, at the 3-round interval's two degrees of freedom.
    const r = await cli('bisect', '--repo', repo, '--good', good, '--bad', commits[1]!, '--bench', 'socket', '--rounds', '5', '--max-rounds', '5');
    expect(r.code, r.err).toBe(2);
    expect(r.err.trim().split('\n').pop()).toMatch(/^scalewatch: \S+ \([0-9a-f]{7}\) does not differ from \S+ \([0-9a-f]{7}\) on socket side by side here: nothing to bisect\.$/);
  });

  it('refuses a bad commit that does not follow good, before measuring anything', async () => {
    const { repo, good, commits } = bisectRepo(2, 99);
    const r = await cli('bisect', '--repo', repo, '--good', commits[1]!, '--bad', good);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^scalewatch: --bad \S+ does not follow --good \S+ on a first-parent line: nothing to search\.$/);
  });
});
