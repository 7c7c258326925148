/**
 * Split a byte stream into lines for the runner. Guest output is untrusted: a line longer than
 * maxLength is cut to maxLength (the runner then counts it as malformed), whether it arrives whole
 * or in pieces; a UTF-8 character split across chunks is decoded whole. When the stream ends, a
 * partial last line is delivered by flush() (the program wrote it and exited) or dropped by
 * discard() (the program was killed while writing it: it is a cut line, not the program's output).
 */
import { StringDecoder } from 'node:string_decoder';

export class LineSplitter {
  private pending = '';
  /** The current line was already delivered cut; drop the rest of it up to its newline. */
  private overflow = false;
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLength = 64 * 1024,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.pending + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      this.emit(text.slice(start, nl));
      start = nl + 1;
    }
    this.pending = text.slice(start);
    if (this.pending.length > this.maxLength) {
      if (!this.overflow) this.onLine(this.pending.slice(0, this.maxLength));
      this.overflow = true;
      this.pending = '';
    }
  }

  /** Deliver what is left after the stream ended. */
  flush(): void {
    const rest = this.pending + this.decoder.end();
    if (rest !== '') this.emit(rest);
    this.pending = '';
    this.overflow = false;
  }

  /** The stream was cut (a killed guest or process): drop an unfinished last line; its length. */
  discard(): number {
    const rest = this.pending + this.decoder.end();
    const cut = this.overflow ? 0 : rest.length;
    this.pending = '';
    this.overflow = false;
    return cut;
  }

  private emit(line: string): void {
    if (this.overflow) {
      this.overflow = false;
      return;
    }
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    this.onLine(text.length > this.maxLength ? text.slice(0, this.maxLength) : text);
  }
}
