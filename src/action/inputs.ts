/**
 * Every input of action.yml, parsed and checked once into one typed object. Nothing else reads
 * INPUT_* variables; a bad value stops the Action with one sentence naming the input.
 */
import { MAX_ROUNDS, MIN_ROUNDS, parseBudget } from '../ab/plan.js';
import { DEFAULT_OPTIONS, fractionOf } from '../compare/types.js';
import { UserError } from '../errors.js';
import { selectBenches, type Bench, type SuiteName } from '../suite/benches.js';
import type { DriverName } from '../vm/driver.js';
import { listTargets } from '../vm/targets.js';

export type Mode = 'run' | 'report' | 'command' | 'bisect';
export type CommentWhen = 'always' | 'on-change' | 'never';
export type FailOn = 'regression' | 'scaling';
export type CompareTo = 'auto' | 'baselines' | 'base';

export interface ActionInputs {
  mode: Mode;
  /** Target names, or 'all' for every target under vms/. */
  targets: string[] | 'all';
  suite: SuiteName;
  benchmarks: Bench[];
  driver: DriverName | undefined;
  results: string;
  baselines: string;
  threshold: number;
  comment: CommentWhen;
  /** Empty: never fail on findings. */
  failOn: FailOn[];
  token: string;
  /** Report mode: the workflow run whose artifacts to report (default: this run, or the triggering one). */
  runId: number | undefined;
  /** Run mode: compare with the committed baselines, or measure the PR's base side by side (scalewatch ab). */
  compareTo: CompareTo;
  /** compare-to: base, and side by side with a baseline's commit: rounds of every benchmark before the first look (default: the CLI's). */
  rounds: number | undefined;
  /** The same two runs: rounds an undecided benchmark may get in all, and the minutes after which no further rounds start (defaults: the CLI's for the suite size). */
  maxRounds: number | undefined;
  budgetSec: number | undefined;
  /**
   * On a push: the reference each target is measured beside for the history (a git ref or commit, or
   * `baselines` for the commit the baseline was made from); empty: no history is recorded.
   */
  historyReference: string;
  /**
   * On a push that makes change points on main known: the workflow (a file name under
   * .github/workflows, or its id) started once per change point's range and target, with the inputs
   * good, bad, targets and benchmarks, to bisect it (mode: bisect); empty: none is started.
   */
  bisectWorkflow: string;
  /** mode: bisect: the commits without and with the change (a change point's range). */
  good: string;
  bad: string;
  /** Run mode: leave the host as it is (a self-hosted runner prepared by its owner) instead of running scripts/setup.sh. */
  skipSetup: boolean;
}

/** Reads one input as the runner passes it ('' when unset); core.getInput in the Action. */
export type InputGetter = (name: string) => string;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`Input "${name}" must be one of ${allowed.join(', ')}, not "${value}".`);
}

/** Split a list input: commas, spaces or newlines (YAML block lists) all separate items. */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((s) => s !== '');
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function parseTargets(value: string): string[] | 'all' {
  const list = splitList(value);
  if (list.length === 0 || (list.length === 1 && list[0] === 'all')) return 'all';
  const bad = list.find((t) => !NAME.test(t));
  if (bad !== undefined) throw new UserError(`Input "targets" has an invalid target name "${bad}" (letters, digits, ".", "_" and "-" only).`);
  const known = ['local', ...listTargets()];
  const unknown = list.find((t) => !known.includes(t));
  if (unknown !== undefined) throw new UserError(`Input "targets" names an unknown target "${unknown}"; the targets are: ${known.join(', ')}.`);
  return [...new Set(list)];
}

function parseThreshold(value: string): number {
  if (value === '') return DEFAULT_OPTIONS.threshold;
  const x = fractionOf(value);
  if (x === undefined) throw new UserError(`Input "threshold" must be a fraction between 0 and 1 (e.g. 0.05) or a percentage (e.g. 5%), not "${value}".`);
  return x;
}

function parseFailOn(value: string): FailOn[] {
  const list = splitList(value === '' ? 'regression' : value);
  if (list.length === 1 && list[0] === 'never') return [];
  for (const v of list) oneOf('fail-on', v, ['regression', 'scaling', 'never'] as const, 'never');
  if (list.includes('never')) throw new UserError('Input "fail-on" cannot combine "never" with other values.');
  return [...new Set(list)] as FailOn[];
}

function parseRunId(value: string): number | undefined {
  if (value === '') return undefined;
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new UserError(`Input "run-id" must be a workflow run id (a positive whole number), not "${value}".`);
  return id;
}

function parseRounds(name: string, value: string): number | undefined {
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < MIN_ROUNDS || n > MAX_ROUNDS) throw new UserError(`Input "${name}" must be a whole number from ${MIN_ROUNDS} to ${MAX_ROUNDS}, not "${value}".`);
  return n;
}

const REF = /^[A-Za-z0-9][A-Za-z0-9._/~^-]{0,199}$/;

/** A git ref or commit as a workflow names one, or `baselines`; empty for none. */
function parseHistoryReference(value: string): string {
  if (value === '' || REF.test(value)) return value;
  throw new UserError(`Input "history-reference" must be a git ref or commit (e.g. v1.0, main~10, a commit), or "baselines", not "${value}".`);
}

const WORKFLOW = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ya?ml|[1-9][0-9]{0,15})$/;

/** A workflow as the REST API names one: its file name under .github/workflows, or its id; empty for none. */
function parseWorkflow(value: string): string {
  if (value === '' || WORKFLOW.test(value)) return value;
  throw new UserError(`Input "bisect-workflow" must be a workflow's file name under .github/workflows (e.g. scalewatch-bisect.yml) or its id, not "${value}".`);
}

/** A git ref or commit (mode: bisect's good and bad); empty when not given. */
function parseRef(name: string, value: string): string {
  if (value === '' || REF.test(value)) return value;
  throw new UserError(`Input "${name}" must be a git ref or commit (e.g. v1.0, main~10, a commit), not "${value}".`);
}

function parseBenchmarks(value: string): Bench[] {
  try {
    return selectBenches(splitList(value).join(','));
  } catch (err) {
    throw new UserError(`Input "benchmarks": ${(err as Error).message}`);
  }
}

export function parseInputs(get: InputGetter): ActionInputs {
  const input = (name: string) => get(name).trim();
  const mode = oneOf('mode', input('mode'), ['run', 'report', 'command', 'bisect'] as const, 'run');
  const token = input('github-token');
  if (token === '' && (mode === 'report' || mode === 'command')) throw new UserError(`Input "github-token" is empty; mode "${mode}" needs it to read artifacts and write comments.`);
  const driver = input('driver');
  const rounds = parseRounds('rounds', input('rounds'));
  const maxRounds = parseRounds('max-rounds', input('max-rounds'));
  if (rounds !== undefined && maxRounds !== undefined && maxRounds < rounds) throw new UserError(`Input "max-rounds" (${maxRounds}) must be at least "rounds" (${rounds}).`);
  return {
    mode,
    targets: parseTargets(input('targets')),
    suite: oneOf('suite', input('suite'), ['quick', 'full'] as const, 'quick'),
    benchmarks: parseBenchmarks(input('benchmarks')),
    driver: driver === '' ? undefined : oneOf('driver', driver, ['local', 'qemu', 'vagrant'] as const, 'qemu'),
    results: input('results') || 'scalewatch-results',
    baselines: input('baselines') || 'baselines',
    threshold: parseThreshold(input('threshold')),
    comment: oneOf('comment', input('comment'), ['always', 'on-change', 'never'] as const, 'always'),
    failOn: parseFailOn(input('fail-on')),
    token,
    runId: parseRunId(input('run-id')),
    compareTo: oneOf('compare-to', input('compare-to'), ['auto', 'baselines', 'base'] as const, 'auto'),
    rounds,
    maxRounds,
    historyReference: parseHistoryReference(input('history-reference')),
    bisectWorkflow: parseWorkflow(input('bisect-workflow')),
    good: parseRef('good', input('good')),
    bad: parseRef('bad', input('bad')),
    budgetSec: input('budget') === '' ? undefined : parseBudget('Input "budget"', input('budget')),
    skipSetup: oneOf('skip-setup', input('skip-setup'), ['true', 'false'] as const, 'false') === 'true',
  };
}
