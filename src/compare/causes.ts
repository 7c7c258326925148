/**
 * Why a comparison could not be decided, as data and in words. compare.ts gives an undecided result
 * (`noisy`) its cause with the figure it rests on; the CLI, the comment and the page group results by
 * cause and word them from here, so that twelve levels with one cause make one line, and an interval
 * too wide to be a measurement is never printed as one. Pure.
 */

/**
 * - `session-spread`: the baseline's sessions disagree by more than the threshold (figure: highest ÷
 *   lowest session mean of the level, e.g. 1.6);
 * - `wide-interval`: the interval reaches past the threshold (figure: its half-width, relative);
 * - `few-runs`: too few complete runs (curves) or repetitions (figures) on one side (figure: how many);
 * - `short-range`: too few values of n in common with the baseline (figure: how many);
 * - `one-session`: the baseline holds one session and no spread between sessions was assumed;
 * - `growth-unclear`: the level held, but the growth moved by more than 25% without being clear
 *   (figure: current growth ÷ baseline growth).
 */
export const CAUSES = ['session-spread', 'wide-interval', 'few-runs', 'short-range', 'one-session', 'growth-unclear'] as const;
export type CauseKind = (typeof CAUSES)[number];

export interface Cause {
  kind: CauseKind;
  /** The figure the cause rests on (see CAUSES); null when it has none. */
  figure: number | null;
  /**
   * Side by side, an interval too wide: the rounds in all that would decide the level in one run if
   * its estimate and spread held (src/compare/sequential.ts roundsToDecide); null when not within
   * 1,000 rounds. Absent against stored baselines and in older files.
   */
  rounds?: number | null;
}

/** The widest interval printed as a measurement, relative: beyond ±100% a level is not known at all. */
export const WIDEST_SHOWN = 1;

/**
 * Whether an interval of a relative change is narrow enough to print as a measurement: no wider than
 * ±100% (half its width at most 1). A large change known well (+190% [+142%, +247%]) is one.
 */
export function isMeasured(ci: readonly [number, number] | null): ci is [number, number] {
  return ci !== null && Number.isFinite(ci[0]) && Number.isFinite(ci[1]) && (ci[1] - ci[0]) / 2 <= WIDEST_SHOWN;
}

const pct = (x: number): string => `${Number((x * 100).toFixed(1))}%`;
/** A relative change for people, with its sign and a true minus: +31.0%, −3.8%. */
export const signedPct = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`;
/** A ratio for people: ×1.6, ×12, ×240. */
export const ratio = (x: number): string => `×${x >= 10 ? Math.round(x) : x.toPrecision(2)}`;

/** One benchmark's cause as the end of its note: why this level could not be judged. */
export function causeNote(c: Cause, threshold: number): string {
  const figure = c.figure ?? 0;
  switch (c.kind) {
    case 'session-spread':
      return `this level moved by ${ratio(figure)} between the baseline's sessions, more than the ${pct(threshold)} threshold: judge it side by side or over history`;
    case 'wide-interval':
      return figure > WIDEST_SHOWN ? `its runs scatter too widely for a level to be read from them (an interval wider than ±100%)` : `the ±${(figure * 100).toFixed(1)}% interval reaches past the ${pct(threshold)} threshold`;
    case 'few-runs':
      return `only ${figure} complete run${figure === 1 ? '' : 's'} or repetition${figure === 1 ? '' : 's'} on one side, too few to judge`;
    case 'short-range':
      return `only ${figure} value${figure === 1 ? '' : 's'} of n in common with the baseline`;
    case 'one-session':
      return 'the baseline holds one session, so how much this level moves between sessions is unknown';
    case 'growth-unclear':
      return 'its growth moved by more than 25% without being clear';
  }
}

/** The most rounds a side-by-side level's projection looks as far as (src/compare/sequential.ts roundsToDecide). */
export const MOST_ROUNDS = 1000;
/** MOST_ROUNDS as a sentence writes it: "1,000". */
export const MOST_ROUNDS_WORDS = MOST_ROUNDS.toLocaleString('en-US');

/** What more rounds would do for a level side by side (a cause's `rounds`): "; about 60 rounds would decide it, if its spread holds". */
export function roundsNote(rounds: number | null | undefined): string {
  if (rounds === undefined) return '';
  if (rounds === null) return `; ${MOST_ROUNDS_WORDS} rounds would not decide it at this spread`;
  return `; about ${rounds} rounds would decide it, if its spread holds`;
}

/** The heading of the benchmarks that share a cause: "the baseline's sessions disagree by more than the 5% threshold". */
export function causeHeading(kind: CauseKind, threshold: number): string {
  switch (kind) {
    case 'session-spread':
      return `the baseline's sessions disagree by more than the ${pct(threshold)} threshold`;
    case 'wide-interval':
      return `their runs scatter too much to tell a ${pct(threshold)} change`;
    case 'few-runs':
      return 'too few complete runs or repetitions to judge';
    case 'short-range':
      return 'too few values of n in common with the baseline';
    case 'one-session':
      return 'the baseline holds one session, so how much a level moves between sessions is unknown';
    case 'growth-unclear':
      return 'the level held, but the growth moved by more than 25% without being clear';
  }
}

/** What a benchmark's figure adds after its name in a group: "fork ×1.6", "bind ±31%", or nothing. */
export function causeFigure(c: Cause): string {
  if (c.figure === null) return '';
  switch (c.kind) {
    case 'session-spread':
      return ratio(c.figure);
    case 'wide-interval':
      return c.figure > WIDEST_SHOWN ? 'over ±100%' : `±${Math.round(c.figure * 100)}%`;
    case 'few-runs':
    case 'short-range':
      return String(c.figure);
    default:
      return '';
  }
}

const SIDE_BY_SIDE = 'side by side on this machine (`scalewatch ab`), whose rounds cancel the machine’s moves';

/**
 * How the benchmarks of a cause can be judged: the ways, each a phrase, that the report ends its part on
 * them with. Causes that share a way share the phrase, so a report of several causes names it once.
 */
export function causeRemedy(kind: CauseKind): string[] {
  switch (kind) {
    case 'session-spread':
      return [SIDE_BY_SIDE, 'over history (a baseline of more sessions: `scalewatch baseline update --add-session`)'];
    case 'wide-interval':
    case 'growth-unclear':
      return [SIDE_BY_SIDE];
    case 'few-runs':
    case 'short-range':
      return ['a run that completes as the baseline did (see the failures and the run’s log)'];
    case 'one-session':
      return ['more sessions in the baseline (`scalewatch baseline update --add-session`)', SIDE_BY_SIDE];
  }
}
