/**
 * The one home of the verdicts: which there are, what each means (an alarm or not, about a level or
 * about scaling, worse or better) and how each is written (the comment's label and mark, the page's
 * words and colour, the CLI's mark, a line of --help). Everything else asks here instead of keeping
 * a list of its own, so a new verdict is its name and row in this file plus the rule in compare.ts
 * that gives it. Pure: no imports.
 */

/** Every verdict, most serious first: the order every list of results is shown in (CLI, comment, page). */
export const VERDICTS = ['failed', 'scaling-regressed', 'regressed', 'noisy', 'missing', 'new', 'scaling-improved', 'improved', 'unchanged'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictInfo {
  /**
   * What the verdict speaks of: a constant factor (`level`), how latency grows with n (`scaling`),
   * a benchmark that did not run through (`failure`), or one that only one side has (`presence`).
   */
  about: 'level' | 'scaling' | 'failure' | 'presence';
  /** Whether it says the benchmark got worse or better; `none` when it says neither. */
  direction: 'worse' | 'better' | 'none';
  /** A change the statistics called: what a second measurement is asked to repeat (recheck.ts). */
  alarm: boolean;
  /** Whether the report's table prints its note: it says why (what failed, how noisy); for the others the numbers speak. */
  explained: boolean;
  /** In plain words, as a sentence or the HTML page's tally writes it. */
  name: string;
  /** The comment's label, mark and name: its tally, its table of results, a chart's title. */
  label: string;
  /** The mark of an overview cell; none for unchanged, so that what changed stands out. */
  mark: string;
  /** The HTML page's words: capitals for what is worse. */
  words: string;
  /** The HTML page's colour of a cell. */
  tone: '' | 'bad' | 'good' | 'warn';
  /** The one-character mark of a line of `scalewatch compare`. */
  cliMark: string;
  /** One line of `scalewatch compare --help`: when a benchmark gets it. */
  help: string;
}

export const VERDICT_INFO: Readonly<Record<Verdict, VerdictInfo>> = {
  failed: {
    about: 'failure',
    direction: 'worse',
    alarm: false,
    explained: true,
    name: 'failed',
    label: '💥 failed',
    mark: '💥',
    words: 'FAILED',
    tone: 'bad',
    cliMark: '✗',
    help: 'it stopped where the baseline ran through, or it changed kind (curve, figure)',
  },
  'scaling-regressed': {
    about: 'scaling',
    direction: 'worse',
    alarm: true,
    explained: false,
    name: 'scaling regressed',
    label: '📈 scaling regressed',
    mark: '📈',
    words: 'SCALING REGRESSED',
    tone: 'bad',
    cliMark: '✗',
    help: 'its growth with n, over the range both sides measured, clearly rose',
  },
  regressed: {
    about: 'level',
    direction: 'worse',
    alarm: true,
    explained: false,
    name: 'regressed',
    label: '🔴 regressed',
    mark: '🔴',
    words: 'REGRESSED',
    tone: 'bad',
    cliMark: '✗',
    help: 'its level got worse: a clear change (its interval excludes zero) estimated beyond the threshold',
  },
  noisy: {
    about: 'level',
    direction: 'none',
    alarm: false,
    explained: true,
    name: 'noisy',
    label: '〰️ noisy',
    mark: '〰️',
    words: 'noisy',
    tone: 'warn',
    cliMark: '?',
    help: 'the interval reaches past the threshold, too little data, or a recheck disagreed',
  },
  missing: {
    about: 'presence',
    direction: 'none',
    alarm: false,
    explained: true,
    name: 'missing',
    label: '❔ missing',
    mark: '❔',
    words: 'missing',
    tone: 'warn',
    cliMark: '−',
    help: 'in the baseline but not in this run',
  },
  new: {
    about: 'presence',
    direction: 'none',
    alarm: false,
    explained: false,
    name: 'new',
    label: '🆕 new',
    mark: '🆕',
    words: 'new',
    tone: '',
    cliMark: '+',
    help: 'in this run but not measured in the baseline',
  },
  'scaling-improved': {
    about: 'scaling',
    direction: 'better',
    alarm: true,
    explained: false,
    name: 'scaling improved',
    label: '📉 scaling improved',
    mark: '📉',
    words: 'scaling improved',
    tone: 'good',
    cliMark: '✓',
    help: 'its growth with n, over the range both sides measured, clearly fell',
  },
  improved: {
    about: 'level',
    direction: 'better',
    alarm: true,
    explained: false,
    name: 'improved',
    label: '🟢 improved',
    mark: '🟢',
    words: 'improved',
    tone: 'good',
    cliMark: '✓',
    help: 'its level got better: a clear change (its interval excludes zero) estimated beyond the threshold',
  },
  unchanged: {
    about: 'level',
    direction: 'none',
    alarm: false,
    explained: false,
    name: 'unchanged',
    label: '⚪ unchanged',
    mark: '',
    words: 'unchanged',
    tone: '',
    cliMark: ' ',
    help: "its level's 90% interval lies wholly within the threshold (two one-sided tests), and its growth held",
  },
};

/** A change the statistics called: against a stored baseline it is measured a second time before it is reported. */
export function isAlarm(v: Verdict): boolean {
  return VERDICT_INFO[v].alarm;
}

/** A called change for the worse: what `--fail-on-regression` and the Action's `fail-on` act on. */
export function isRegression(v: Verdict): boolean {
  return VERDICT_INFO[v].alarm && VERDICT_INFO[v].direction === 'worse';
}

/** A verdict on a constant factor: the one a machine of another kind can move, so a caution applies to it. */
export function isLevelVerdict(v: Verdict): boolean {
  return VERDICT_INFO[v].about === 'level';
}

/** A verdict on how latency grows with n: its note already names the orders. */
export function isScalingVerdict(v: Verdict): boolean {
  return VERDICT_INFO[v].about === 'scaling';
}

/** The regressions, most serious first: "scaling-regressed or regressed" in the help of `--fail-on-regression`. */
export const REGRESSIONS: readonly Verdict[] = VERDICTS.filter(isRegression);

/** How many of `counts` are regressions about `about`: the Action counts level and scaling regressions apart. */
export function regressionCount(counts: Readonly<Record<Verdict, number>>, about: 'level' | 'scaling'): number {
  return REGRESSIONS.filter((v) => VERDICT_INFO[v].about === about).reduce((n, v) => n + counts[v], 0);
}

/**
 * What a report's headline counts as problems (❌ rather than ✅), in the order it names them (what
 * changed before what broke), each with the noun it is counted by: "2 regressions, 1 failed benchmark".
 */
export const PROBLEMS: readonly { verdict: Verdict; noun: string }[] = [
  { verdict: 'regressed', noun: 'regression' },
  { verdict: 'scaling-regressed', noun: 'scaling regression' },
  { verdict: 'failed', noun: 'failed benchmark' },
];
