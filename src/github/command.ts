/** The commands scalewatch answers in PR comments: `/scalewatch baseline update [targets…]`. */

export type Command = { kind: 'baseline-update'; targets: string[] } | { kind: 'unknown'; text: string };

const TARGET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const USAGE = '`/scalewatch baseline update [targets…]`, e.g. `/scalewatch baseline update freebsd-14 netbsd-10` (no targets: every target of the run)';

/**
 * The command in a comment body, or null when the comment is not addressed to scalewatch. Only the
 * first line counts, so a command quoted further down a discussion does nothing.
 */
export function parseCommand(body: string): Command | null {
  const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const words = first.split(/[\s,]+/).filter((w) => w !== '');
  if (words[0] !== '/scalewatch') return null;
  if (words[1] === 'baseline' && words[2] === 'update') {
    const targets = words.slice(3);
    const bad = targets.find((t) => !TARGET.test(t));
    if (bad === undefined) return { kind: 'baseline-update', targets: [...new Set(targets)] };
  }
  return { kind: 'unknown', text: first.slice(0, 200) };
}
