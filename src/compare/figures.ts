/**
 * Change of a figure: the log values of its repetitions on both sides, compared as a session
 * against a stored baseline's sessions (src/compare/estimate.ts). A t test on log values can reach
 * significance with a few repetitions a side, which a rank test cannot (3 against 3 never goes below
 * p = 0.1), and the repetitions of a figure are close to log-normal on every host measured.
 */
import type { FigureSummary } from '../analysis/types.js';
import { ONE_SESSION_REASON, sessionEstimate } from './estimate.js';
import { levelOf, type LevelOutcome } from './levels.js';

/** `oneSessionSpread`: as curveLevelChange. */
export function figureChange(base: Pick<FigureSummary, 'values' | 'sessions'>, cur: Pick<FigureSummary, 'values'>, oneSessionSpread?: number): LevelOutcome {
  const kept = base.values.map((v, i) => ({ v, s: base.sessions?.[i] ?? 0 })).filter((x) => Number.isFinite(x.v) && x.v > 0);
  const c = cur.values.filter((v) => Number.isFinite(v) && v > 0);
  if (kept.length < 3 || c.length < 3) {
    const few = Math.min(kept.length, c.length);
    return { ok: false, reason: `only ${few} usable repetition${few === 1 ? '' : 's'} on one side, too few to judge`, cause: { kind: 'few-runs', figure: few } };
  }
  const est = sessionEstimate(
    kept.map((x) => Math.log(x.v)),
    base.sessions ? kept.map((x) => x.s) : undefined,
    c.map((v) => Math.log(v)),
    oneSessionSpread,
  );
  if (!est) return { ok: false, reason: ONE_SESSION_REASON, cause: { kind: 'one-session', figure: null } };
  return { ok: true, level: levelOf(est, Math.min(kept.length, c.length)) };
}
