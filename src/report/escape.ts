/**
 * Text from results (target and benchmark names, error messages, CPU strings) comes from a guest and,
 * on pull requests, from code under review. Before it goes into Markdown it must not be able to add
 * formatting, HTML, links, @mentions or #references, nor break a table row.
 */

const ZWSP = '\u200B';
const MAX = 120;

/** Escape `text` for a Markdown table cell or line of prose; long text is cut with an ellipsis. */
export function escapeText(text: string, max = MAX): string {
  // eslint-disable-next-line no-control-regex
  let s = text.replace(/[\u0000-\u001F\u007F\u2028\u2029]+/g, ' ').trim();
  const chars = [...s];
  if (chars.length > max) s = `${chars.slice(0, max - 1).join('')}…`;
  return s
    .replace(/[!-/:-@[-`{-~]/g, (c) => (c === '@' || c === ' ' ? c : `\\${c}`))
    .replace(/@/g, `@${ZWSP}`)
    .replace(/\\#/g, `\\#${ZWSP}`)
    .replace(/\\:\\\/\\\//g, `\\:${ZWSP}\\/\\/`)
    .replace(/www\\\./gi, (m) => `${m.slice(0, 3)}${ZWSP}\\.`);
}
