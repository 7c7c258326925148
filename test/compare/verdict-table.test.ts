/**
 * The one table of verdicts (src/compare/verdicts.ts): every verdict has all it needs, the questions
 * the callers ask of it have the answers the report, the recheck and the Action rely on, and the help
 * of the CLI lists every verdict from it. (The rules that give a verdict: verdicts.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { ALARMS } from '../../src/compare/recheck.js';
import { VERDICTS as CONTRACT_VERDICTS } from '../../src/compare/types.js';
import { isAlarm, isLevelVerdict, isRegression, isScalingVerdict, PROBLEMS, REGRESSIONS, regressionCount, VERDICT_INFO, VERDICTS, type Verdict } from '../../src/compare/verdicts.js';
import { cli } from '../helpers/cli.js';

const which = (question: (v: Verdict) => boolean) => VERDICTS.filter(question);

describe('the verdicts', () => {
  it('are these, most serious first, and the compare contract names the same list', () => {
    expect(VERDICTS).toEqual(['failed', 'scaling-regressed', 'regressed', 'noisy', 'missing', 'new', 'scaling-improved', 'improved', 'unchanged']);
    expect(CONTRACT_VERDICTS).toBe(VERDICTS);
  });

  it('each have one row of the table, with every field filled', () => {
    expect(Object.keys(VERDICT_INFO)).toEqual([...VERDICTS]);
    for (const v of VERDICTS) {
      const info = VERDICT_INFO[v];
      expect(Object.keys(info).sort(), v).toEqual(['about', 'alarm', 'cliMark', 'direction', 'explained', 'help', 'label', 'mark', 'name', 'tone', 'words'].sort());
      for (const text of [info.name, info.label, info.words, info.help]) expect(text.trim(), v).not.toBe('');
      expect([...info.cliMark], v).toHaveLength(1);
      expect(info.mark === '', v).toBe(v === 'unchanged');
    }
  });
});

describe('what a verdict means', () => {
  it.each([
    ['failed', 'failure', 'worse'],
    ['scaling-regressed', 'scaling', 'worse'],
    ['regressed', 'level', 'worse'],
    ['noisy', 'level', 'none'],
    ['missing', 'presence', 'none'],
    ['new', 'presence', 'none'],
    ['scaling-improved', 'scaling', 'better'],
    ['improved', 'level', 'better'],
    ['unchanged', 'level', 'none'],
  ] as const)('%s is about %s, direction %s', (v, about, direction) => {
    expect(VERDICT_INFO[v]).toMatchObject({ about, direction });
  });

  it('the alarms are the called changes, and the recheck repeats exactly those', () => {
    expect(which(isAlarm)).toEqual(['scaling-regressed', 'regressed', 'scaling-improved', 'improved']);
    expect([...ALARMS].sort()).toEqual(which(isAlarm).sort());
  });

  it('the regressions are the called changes for the worse: a failure is not one', () => {
    expect(which(isRegression)).toEqual(['scaling-regressed', 'regressed']);
    expect(REGRESSIONS).toEqual(which(isRegression));
  });

  it('level and scaling verdicts are told apart (a caution applies to the first, the second names its orders)', () => {
    expect(which(isLevelVerdict)).toEqual(['regressed', 'noisy', 'improved', 'unchanged']);
    expect(which(isScalingVerdict)).toEqual(['scaling-regressed', 'scaling-improved']);
  });

  it('the report prints the note of what the numbers do not explain', () => {
    expect(which((v) => VERDICT_INFO[v].explained)).toEqual(['failed', 'noisy', 'missing']);
  });

  it('the headline counts every verdict for the worse as a problem, regressions first', () => {
    expect(PROBLEMS.map((p) => p.verdict)).toEqual(['regressed', 'scaling-regressed', 'failed']);
    expect([...PROBLEMS.map((p) => p.verdict)].sort()).toEqual(which((v) => VERDICT_INFO[v].direction === 'worse').sort());
    expect(PROBLEMS.map((p) => p.noun)).toEqual(['regression', 'scaling regression', 'failed benchmark']);
  });

  it('counts level and scaling regressions apart, as the Action outputs them', () => {
    const counts = Object.fromEntries(VERDICTS.map((v, i) => [v, i + 1])) as Record<Verdict, number>;
    expect(regressionCount(counts, 'level')).toBe(counts.regressed);
    expect(regressionCount(counts, 'scaling')).toBe(counts['scaling-regressed']);
  });
});

describe('how a verdict is written', () => {
  it('the label is the mark and the name (unchanged: a white circle, which the overview leaves out)', () => {
    for (const v of VERDICTS) {
      const { label, mark, name } = VERDICT_INFO[v];
      expect(label, v).toBe(`${mark || '⚪'} ${name}`);
    }
  });

  it("the page's words are the name, in capitals when worse; its colour follows the direction", () => {
    for (const v of VERDICTS) {
      const { words, name, direction, tone } = VERDICT_INFO[v];
      expect(words, v).toBe(direction === 'worse' ? name.toUpperCase() : name);
      expect(tone, v).toBe({ worse: 'bad', better: 'good', none: ['noisy', 'missing'].includes(v) ? 'warn' : '' }[direction]);
    }
  });

  it("the CLI's marks: ✗ worse, ✓ better, and one of its own for each other verdict", () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, VERDICT_INFO[v].cliMark]))).toEqual({
      failed: '✗',
      'scaling-regressed': '✗',
      regressed: '✗',
      noisy: '?',
      missing: '−',
      new: '+',
      'scaling-improved': '✓',
      improved: '✓',
      unchanged: ' ',
    });
  });
});

describe('the help of the CLI', () => {
  it('scalewatch compare --help lists every verdict with its line, most serious first', async () => {
    const { code, out } = await cli('compare', '--help');
    expect(code).toBe(0);
    const lines = out.split('\n');
    const at = VERDICTS.map((v) => lines.findIndex((l) => l.trimStart().startsWith(`${v} `) && l.endsWith(VERDICT_INFO[v].help)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it.each(['compare', 'ab'])('scalewatch %s --help names every regression under --fail-on-regression', async (command) => {
    const { out } = await cli(command, '--help');
    const option = out.replace(/\s+/g, ' ').match(/--fail-on-regression (.*?) -h, --help/)?.[1] ?? '';
    const words = option.split(' ');
    expect(words.slice(0, 3)).toEqual(['exit', 'with', '1']);
    for (const v of REGRESSIONS) expect(words).toContain(v);
  });
});
