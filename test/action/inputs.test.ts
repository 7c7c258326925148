import { describe, expect, it } from 'vitest';
import { parseInputs, splitList } from '../../src/action/inputs.js';
import { parseCommand } from '../../src/github/command.js';

const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('fills in the defaults', () => {
    const inputs = parseInputs(get({}));
    expect({ ...inputs, benchmarks: inputs.benchmarks.length > 0 }).toEqual({
      mode: 'run',
      targets: 'all',
      suite: 'quick',
      benchmarks: true,
      driver: undefined,
      results: 'scalewatch-results',
      baselines: 'baselines',
      threshold: 0.05,
      comment: 'always',
      failOn: ['regression'],
      token: '',
      runId: undefined,
      compareTo: 'auto',
      rounds: undefined,
      maxRounds: undefined,
      budgetSec: undefined,
      historyReference: '',
      bisectWorkflow: '',
      good: '',
      bad: '',
      skipSetup: false,
    });
  });

  it('takes skip-setup as true or false only', () => {
    expect(parseInputs(get({ 'skip-setup': 'true' })).skipSetup).toBe(true);
    expect(() => parseInputs(get({ 'skip-setup': 'yes' }))).toThrow('Input "skip-setup" must be one of true, false, not "yes".');
  });

  it('takes compare-to and rounds, and refuses bad ones in one sentence', () => {
    expect(parseInputs(get({ 'compare-to': 'base', rounds: '7' }))).toMatchObject({ compareTo: 'base', rounds: 7 });
    expect(() => parseInputs(get({ 'compare-to': 'main' }))).toThrow('Input "compare-to" must be one of auto, baselines, base, not "main".');
    expect(() => parseInputs(get({ rounds: '2' }))).toThrow('Input "rounds" must be a whole number from 3 to 1000, not "2".');
  });

  it('takes max-rounds and budget (minutes) for a run that measures undecided benchmarks further', () => {
    expect(parseInputs(get({ rounds: '6', 'max-rounds': '24', budget: '2.5' }))).toMatchObject({ rounds: 6, maxRounds: 24, budgetSec: 150 });
    expect(parseInputs(get({}))).toMatchObject({ maxRounds: undefined, budgetSec: undefined });
    expect(() => parseInputs(get({ rounds: '10', 'max-rounds': '5' }))).toThrow('Input "max-rounds" (5) must be at least "rounds" (10).');
    expect(() => parseInputs(get({ budget: 'soon' }))).toThrow('Input "budget" must be a number of minutes above 0 and up to 1440, not "soon".');
  });

  it('refuses a target that is not defined, before anything runs, naming the ones that are', () => {
    expect(() => parseInputs(get({ targets: 'freebsd-14 nonexistent' }))).toThrow(/^Input "targets" names an unknown target "nonexistent"; the targets are: local, .*freebsd-14.*\.$/);
    expect(parseInputs(get({ targets: 'local debian-12' })).targets).toEqual(['local', 'debian-12']);
  });

  it('parses lists, percentages and choices', () => {
    const inputs = parseInputs(get({ mode: 'report', targets: 'freebsd-14,\nnetbsd-10 freebsd-14', benchmarks: 'socket, fork', threshold: '10%', 'fail-on': 'scaling', comment: 'on-change', 'github-token': 't', 'run-id': '12', driver: 'qemu' }));
    expect(inputs).toMatchObject({ mode: 'report', targets: ['freebsd-14', 'netbsd-10'], threshold: 0.1, failOn: ['scaling'], comment: 'on-change', runId: 12, driver: 'qemu' });
    expect(inputs.benchmarks.map((b) => b.name).sort()).toEqual(['fork', 'socket']);
    expect(parseInputs(get({ 'fail-on': 'never' })).failOn).toEqual([]);
  });

  it.each([
    [{ mode: 'deploy' }, 'Input "mode" must be one of run, report, command, bisect, not "deploy".'],
    [{ threshold: '2' }, 'Input "threshold" must be a fraction between 0 and 1'],
    [{ threshold: 'five' }, 'Input "threshold" must be a fraction'],
    [{ targets: 'freebsd-14 ../etc' }, 'Input "targets" has an invalid target name "../etc"'],
    [{ 'fail-on': 'never,scaling' }, 'Input "fail-on" cannot combine "never"'],
    [{ 'fail-on': 'slowness' }, 'Input "fail-on" must be one of regression, scaling, never'],
    [{ mode: 'command' }, 'Input "github-token" is empty'],
    [{ 'run-id': '-3' }, 'Input "run-id" must be a workflow run id'],
    [{ benchmarks: 'sockets' }, 'Input "benchmarks": Unknown benchmark "sockets"'],
    [{ driver: 'docker' }, 'Input "driver" must be one of local, qemu, vagrant'],
  ])('refuses %j with one sentence', (values, message) => {
    expect(() => parseInputs(get(values))).toThrow(message);
  });

  it('splits lists on commas, spaces and newlines', () => {
    expect(splitList(' a, b\nc  d,,')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('parseCommand', () => {
  it.each([
    ['/scalewatch baseline update', { kind: 'baseline-update', targets: [] }],
    ['  /scalewatch baseline update freebsd-14 netbsd-10\nthanks!', { kind: 'baseline-update', targets: ['freebsd-14', 'netbsd-10'] }],
    ['/scalewatch baseline update a,b a', { kind: 'baseline-update', targets: ['a', 'b'] }],
    ['/scalewatch baseline update ../x', { kind: 'unknown', text: '/scalewatch baseline update ../x' }],
    ['/scalewatch help', { kind: 'unknown', text: '/scalewatch help' }],
    ['please /scalewatch baseline update', null],
    ['> /scalewatch baseline update', null],
    ['/scalewatchbaseline update', null],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected);
  });
});
