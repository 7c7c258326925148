/**
 * Progress on stderr while the suite runs: which benchmark, how far (run and n), time left.
 * On a terminal one line is redrawn in place; otherwise (CI logs) a line is written at most every
 * few seconds and at the end of each benchmark, so logs stay short.
 */
import type { Invocation } from '../vm/driver.js';
import type { BenchTally } from './recorder.js';

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  tty: boolean;
  now?: () => number;
  /** Minimum milliseconds between lines when not on a terminal. */
  interval?: number;
  /**
   * A line at the end of every invocation (the default), or only of one that went wrong: a
   * side-by-side run starts hundreds of short invocations, and its log keeps the rounds instead.
   */
  endLines?: 'all' | 'faults';
  /** How a line names an invocation (default: its benchmark). */
  label?: (inv: Invocation) => string;
}

export function formatSeconds(sec: number): string {
  if (!Number.isFinite(sec) || sec < 0) return '?';
  if (sec < 60) return `${sec.toFixed(sec < 10 ? 1 : 0)} s`;
  const m = Math.floor(sec / 60);
  return `${m} min ${Math.round(sec - m * 60)} s`;
}

export class Progress {
  private index = 0;
  private inv: Invocation | undefined;
  private benchStart = 0;
  private readonly runStart: number;
  private doneSec: number[] = [];
  private last = 0;
  private fraction = 0;
  private run = 0;
  private n: number | undefined;
  private readonly now: () => number;

  constructor(private opts: ProgressOptions) {
    this.now = opts.now ?? Date.now;
    this.runStart = this.now();
  }

  /** More invocations joined the run (a side-by-side run measuring its undecided benchmarks further). */
  extend(count: number): void {
    this.opts = { ...this.opts, total: this.opts.total + count };
  }

  start(inv: Invocation): void {
    this.index++;
    this.inv = inv;
    this.benchStart = this.now();
    this.fraction = 0;
    this.run = 0;
    this.n = undefined;
    this.draw(true);
  }

  update(run: number, n: number | undefined): void {
    const inv = this.inv;
    if (!inv) return;
    this.run = run;
    this.n = n;
    const within = inv.maxN && n !== undefined ? Math.min(n / inv.maxN, 1) : 0;
    this.fraction = Math.min((run + within) / Math.max(inv.runs, 1), 1);
    this.draw(false);
  }

  end(inv: Invocation, tally: BenchTally): void {
    const sec = ((tally.endedAt ?? this.now()) - tally.startedAt) / 1000;
    this.doneSec.push(sec);
    const status = tally.end?.status === 'ok' && tally.errors === 0 ? 'done' : tally.end?.status === 'ok' ? `done, ${tally.errors} error line(s)` : (tally.end?.status ?? 'ended');
    const what = tally.samples ? `${tally.samples} samples` : `${tally.values} values`;
    this.clear();
    this.inv = undefined;
    if (status === 'done' && this.opts.endLines === 'faults') return;
    this.opts.write(`[${this.index}/${this.opts.total}] ${this.name(inv)}: ${status}, ${what} in ${formatSeconds(sec)}\n`);
  }

  /** Estimated seconds left for the whole plan. */
  secondsLeft(): number {
    const elapsedBench = (this.now() - this.benchStart) / 1000;
    const currentLeft = this.fraction > 0.02 ? (elapsedBench / this.fraction) * (1 - this.fraction) : NaN;
    const perBench = this.doneSec.length ? this.doneSec.reduce((a, b) => a + b, 0) / this.doneSec.length : Number.isFinite(currentLeft) ? elapsedBench + currentLeft : NaN;
    const remaining = this.opts.total - this.index;
    return (Number.isFinite(currentLeft) ? currentLeft : perBench) + remaining * perBench;
  }

  private draw(force: boolean): void {
    const inv = this.inv;
    if (!inv) return;
    const t = this.now();
    if (!force && t - this.last < (this.opts.tty ? 200 : (this.opts.interval ?? 5000))) return;
    this.last = t;
    const where = inv.maxN !== undefined ? `run ${this.run + 1}/${inv.runs}${this.n !== undefined ? `  n ${this.n}/${inv.maxN}` : ''}` : `repetition ${this.run + 1}/${inv.runs}`;
    const elapsed = formatSeconds((t - this.runStart) / 1000);
    const line = `[${this.index}/${this.opts.total}] ${this.name(inv)}  ${where}  elapsed ${elapsed}  ~${formatSeconds(this.secondsLeft())} left`;
    if (this.opts.tty) this.opts.write(`\r\x1b[2K${line}`);
    else this.opts.write(`${line}\n`);
  }

  private name(inv: Invocation): string {
    return this.opts.label?.(inv) ?? inv.bench;
  }

  private clear(): void {
    if (this.opts.tty) this.opts.write('\r\x1b[2K');
  }
}
