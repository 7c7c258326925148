/**
 * Serial-console automation: wait for a text, type a line, as a person at the console would. Used by
 * the first boot of a published image (log in, mount the seed disk, run its script; drive an
 * installer's prompts). Each wait is bounded; a wait that runs out says what it waited for and what
 * the console last printed, and a guest that exits while it waits ends the wait at once.
 */
import type { ConsoleStep } from '../../targets.js';
import type { QemuProcess } from '../process.js';

/** Characters typed one at a time with this gap: a console's line discipline can drop a burst (QEMU's tests/vm types the same way). */
const TYPE_GAP_MS = 10;

export class ConsoleSession {
  /** What the console printed since the last match, bounded. */
  private pending = '';
  private wake: (() => void) | undefined;
  private readonly stop: () => void;

  constructor(private readonly qemu: QemuProcess) {
    this.stop = qemu.onOutput((text) => {
      this.pending = (this.pending + text).slice(-65536);
      this.wake?.();
    });
    void qemu.exited.then(() => this.wake?.());
  }

  /** Wait until `text` appears (after the previous match), at most `timeoutMs`. */
  async expect(text: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.pending.indexOf(text);
      if (at >= 0) {
        this.pending = this.pending.slice(at + text.length);
        return;
      }
      if (this.qemu.exit) throw new Error(`the guest exited while the console waited for "${text}" (${this.qemu.describeLoss()})`);
      if (signal?.aborted) throw new Error(`interrupted while the console waited for "${text}"`);
      const left = deadline - Date.now();
      if (left <= 0) {
        const last = this.qemu.console.tail(3).join(' | ');
        throw new Error(`the console did not show "${text}" within ${Math.round(timeoutMs / 1000)} s${last ? `; it last printed: ${last}` : ''}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Type a line (and a carriage return), a character at a time. */
  async sendLine(line: string): Promise<void> {
    for (const ch of `${line}\r`) {
      this.qemu.type(ch);
      await new Promise((r) => setTimeout(r, TYPE_GAP_MS));
    }
  }

  /** Run the steps in order; each waits for its text within its own limit or what is left of `deadline`. */
  async run(steps: readonly ConsoleStep[], deadline: number, signal?: AbortSignal, log?: (msg: string) => void): Promise<void> {
    for (const step of steps) {
      const left = deadline - Date.now();
      await this.expect(step.expect, Math.max(0, Math.min(left, (step.timeoutSec ?? Infinity) * 1000)), signal);
      log?.(`console: saw "${step.expect}", typing "${step.send}"`);
      await this.sendLine(step.send);
    }
  }

  close(): void {
    this.stop();
  }
}
