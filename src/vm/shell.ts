/**
 * Quoting for the POSIX shells the guests run: the initramfs /init's plan lines and every command
 * sent over SSH. Pure: one word in, one shell word out.
 */

/** Quote one word for a POSIX shell: single quotes, with embedded ones closed and escaped. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_./=:,+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
