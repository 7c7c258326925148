/**
 * Follow a file QEMU writes a serial port to (`-serial file:PATH`), delivering what is appended in
 * chunks. Polling keeps this simple and portable, and the file stays as a record of the run.
 */
import { open, type FileHandle } from 'node:fs/promises';

export class FileTail {
  private offset = 0;
  private timer: NodeJS.Timeout | undefined;
  private fh: FileHandle | undefined;
  private reading: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly path: string,
    private readonly onChunk: (chunk: Buffer) => void,
    private readonly intervalMs = 100,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.reading = this.reading.then(() => this.readMore());
    }, this.intervalMs);
  }

  /** Read what is left and stop following. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.reading;
    await this.readMore();
    this.stopped = true;
    await this.fh?.close().catch(() => {});
    this.fh = undefined;
  }

  private async readMore(): Promise<void> {
    if (this.stopped) return;
    if (!this.fh) {
      try {
        this.fh = await open(this.path, 'r');
      } catch {
        return; // Not created yet.
      }
    }
    const buf = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      const { bytesRead } = await this.fh.read(buf, 0, buf.length, this.offset);
      if (bytesRead === 0) return;
      this.offset += bytesRead;
      this.onChunk(Buffer.from(buf.subarray(0, bytesRead)));
    }
  }
}
