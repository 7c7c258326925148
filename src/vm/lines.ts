/**
 * Split a byte stream into lines for the runner. Guest output is untrusted: a line longer than
 * maxLength is cut (the runner then counts it as malformed), and a partial last line is delivered
 * on flush() rather than lost.
 */
export class LineSplitter {
  private pending = '';
  private overflow = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLength = 64 * 1024,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.pending + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
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
    if (this.pending !== '') this.emit(this.pending);
    this.pending = '';
    this.overflow = false;
  }

  private emit(line: string): void {
    // The rest of a line already cut at maxLength is dropped: the cut part was delivered.
    if (this.overflow) {
      this.overflow = false;
      return;
    }
    this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
}
