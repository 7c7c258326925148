/**
 * The guest's console (first serial port), kept as the last lines in a ring so a failure report
 * can show what the kernel said before it died (a panic, an oops, a hung task). Console output is
 * untrusted: lines are cut at a fixed length and control characters are dropped.
 */
import { LineSplitter } from './lines.js';

/** The first line of a kernel panic on Linux and the BSDs. */
export const PANIC = /Kernel panic|^panic: |\bpanic\(\)|fatal trap/;

export class ConsoleRing {
  private readonly lines: string[] = [];
  private readonly splitter: LineSplitter;
  private total = 0;

  constructor(
    private readonly capacity = 50,
    private readonly maxLineLength = 400,
    private readonly onLine?: (line: string) => void,
  ) {
    this.splitter = new LineSplitter((line) => this.add(line), maxLineLength);
  }

  push(chunk: Buffer | string): void {
    this.splitter.push(chunk);
  }

  flush(): void {
    this.splitter.flush();
  }

  /** The last n lines (all kept ones by default), oldest first. */
  tail(n = this.capacity): string[] {
    return this.lines.slice(-n);
  }

  /**
   * The last n lines for a failure report; when an older kept line matches `key` (a panic's first
   * line, say, scrolled away by its stack trace), it comes first, then '…'.
   */
  report(n: number, key: RegExp = PANIC): string[] {
    const last = this.lines.slice(-n);
    if (last.some((l) => key.test(l))) return last;
    const keyLine = this.lines.slice(0, -n).reverse().find((l) => key.test(l));
    return keyLine === undefined ? last : [keyLine, '…', ...last.slice(2)];
  }

  /** How many lines the console printed in all. */
  get count(): number {
    return this.total;
  }

  /** True when a line of the kept tail matches (e.g. /Kernel panic/). */
  includes(re: RegExp): boolean {
    return this.lines.some((l) => re.test(l));
  }

  private add(raw: string): void {
    // eslint-disable-next-line no-control-regex
    const line = raw.slice(0, this.maxLineLength * 2).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '').slice(0, this.maxLineLength);
    this.total++;
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.shift();
    this.onLine?.(line);
  }
}
