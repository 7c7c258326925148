/**
 * The runner's sink: checks every line a driver streams back, saves the valid ones to the results
 * file as they arrive (so a crash of anything, the host included, keeps what was measured), counts
 * the malformed ones, and turns a driver's InvocationEnd into the `error` line the analysis reads as
 * `failed`. Records the host writes itself carry "source":"host". It also keeps what it saved, so the
 * run hands on its ResultSet without reading the file back: a results file is parsed once, line by
 * line, as it arrives.
 */
import { openSync, writeSync, closeSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { parseLine, type ErrorRecord, type MetaRecord, type ResultSet } from '../suite/protocol.js';
import type { Invocation, InvocationEnd, RunSink } from '../vm/driver.js';

export interface BenchTally {
  bench: string;
  samples: number;
  values: number;
  /** Highest run index seen, -1 before any. */
  lastRun: number;
  /** Last n of the last run, for failure reports. */
  lastN: number | undefined;
  errors: number;
  end: InvocationEnd | undefined;
  startedAt: number;
  endedAt: number | undefined;
}

export interface RecorderEvents {
  onStart?(inv: Invocation): void;
  onProgress?(inv: Invocation, run: number, n: number | undefined): void;
  onEnd?(inv: Invocation, tally: BenchTally): void;
}

const MAX_MESSAGE = 1900;
const FLUSH_BYTES = 1 << 16;
/** At most this long between writes to disk, so a host that dies mid-benchmark loses at most this much. */
const FLUSH_MS = 500;

export class Recorder implements RunSink {
  readonly tallies = new Map<string, BenchTally>();
  malformed = 0;
  malformedExamples: string[] = [];
  private fd: number;
  private readonly kept: Pick<ResultSet, 'samples' | 'values' | 'errors'> = { samples: [], values: [], errors: [] };
  private buffer: string[] = [];
  private bufferBytes = 0;
  private lastFlush = Date.now();

  constructor(
    readonly path: string,
    private meta: MetaRecord,
    private readonly events: RecorderEvents = {},
  ) {
    this.fd = openSync(path, 'w');
    this.write(JSON.stringify(meta));
    this.flush();
  }

  start(inv: Invocation): void {
    const tally: BenchTally = { bench: inv.bench, samples: 0, values: 0, lastRun: -1, lastN: undefined, errors: 0, end: undefined, startedAt: Date.now(), endedAt: undefined };
    this.tallies.set(inv.bench, tally);
    this.events.onStart?.(inv);
  }

  /**
   * One line from the target. `run`, when given, replaces the record's run index (an A/B run numbers
   * each side's runs by round); the record is then saved with it.
   */
  line(inv: Invocation, text: string, run?: number): void {
    const tally = this.tallies.get(inv.bench);
    if (text.trim() === '') return;
    const parsed = parseLine(text);
    if (!parsed.ok || parsed.record.type === 'meta' || (parsed.record.bench !== inv.bench && tally)) {
      this.malformed++;
      if (this.malformedExamples.length < 5) {
        const reason = parsed.ok ? (parsed.record.type === 'meta' ? 'meta line inside a run' : `line for "${parsed.record.bench}" during "${inv.bench}"`) : parsed.reason;
        this.malformedExamples.push(`${reason}: ${text.slice(0, 120)}`);
      }
      return;
    }
    const r = run === undefined ? parsed.record : { ...parsed.record, run };
    if (r.type === 'sample') this.kept.samples.push(r);
    else if (r.type === 'value') this.kept.values.push(r);
    else this.kept.errors.push(r);
    if (tally) {
      if (r.type === 'sample') {
        tally.samples++;
        tally.lastN = r.n;
      } else if (r.type === 'value') tally.values++;
      else {
        tally.errors++;
        if (r.n !== undefined) tally.lastN = r.n;
      }
      if (r.run > tally.lastRun) {
        tally.lastRun = r.run;
        if (r.type !== 'error') tally.lastN = r.type === 'sample' ? r.n : undefined;
      }
      this.events.onProgress?.(inv, r.run, r.type === 'sample' ? r.n : undefined);
    }
    this.write(run === undefined ? text.trim() : JSON.stringify(r));
  }

  end(inv: Invocation, end: InvocationEnd): void {
    const tally = this.tallies.get(inv.bench);
    if (!tally) return;
    tally.end = end;
    tally.endedAt = Date.now();
    const message = hostMessage(end, tally);
    if (message) this.hostError(inv.bench, Math.max(tally.lastRun, 0), tally.lastN, message);
    this.flush();
    this.events.onEnd?.(inv, tally);
  }

  /** An invocation the driver never started (the target was lost, or the run was interrupted); `run` is the run it stood for. */
  notRun(inv: Invocation, why: string, run = 0): void {
    this.start(inv);
    const tally = this.tallies.get(inv.bench)!;
    tally.end = { status: 'exited', code: null, signal: null, stderrTail: [] };
    tally.endedAt = Date.now();
    this.hostError(inv.bench, run, undefined, `not run: ${why}`);
    this.flush();
    this.events.onEnd?.(inv, tally);
  }

  /** Close the file, rewriting its meta line with what the host learned during the run. */
  finish(extra: Record<string, unknown>): void {
    this.flush();
    closeSync(this.fd);
    this.meta = { ...this.meta, ...extra, malformedLines: this.malformed };
    const text = readFileSync(this.path, 'utf8');
    const rest = text.slice(text.indexOf('\n') + 1);
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.meta)}\n${rest}`);
    renameSync(tmp, this.path);
  }

  private hostError(bench: string, run: number, n: number | undefined, message: string): void {
    const record: ErrorRecord & { source: string } = { type: 'error', bench, run, ...(n !== undefined ? { n } : {}), message: message.slice(0, MAX_MESSAGE), source: 'host' };
    const tally = this.tallies.get(bench);
    if (tally) tally.errors++;
    this.kept.errors.push(record);
    this.write(JSON.stringify(record));
  }

  /** Everything saved, as reading the finished file would give it (every saved line is valid). */
  results(): ResultSet {
    return { meta: this.meta, ...this.kept, malformed: [] };
  }

  private write(line: string): void {
    this.buffer.push(line);
    this.bufferBytes += line.length + 1;
    if (this.bufferBytes >= FLUSH_BYTES || Date.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, `${this.buffer.join('\n')}\n`);
    this.lastFlush = Date.now();
    this.buffer = [];
    this.bufferBytes = 0;
  }
}

/** What the host says about an invocation's end, or undefined when the suite's own lines say it all. */
function hostMessage(end: InvocationEnd, tally: BenchTally): string | undefined {
  const tail = (lines: string[]) => (lines.length ? `; last output: ${lines.slice(-5).join(' | ')}` : '');
  switch (end.status) {
    case 'ok':
      return tally.samples + tally.values + tally.errors === 0 ? 'the benchmark produced no results' : undefined;
    case 'timeout':
      return `killed by the host after the hard time limit${tail(end.stderrTail)}`;
    case 'exited':
      return end.signal
        ? `the suite was killed by ${end.signal}${tail(end.stderrTail)}`
        : end.code === null
          ? `did not start${tail(end.stderrTail)}`
          : `the suite exited with status ${end.code}${tail(end.stderrTail)}`;
    case 'lost':
      return `the target was lost (${end.reason})${end.consoleTail.length ? `; console: ${end.consoleTail.slice(-8).join(' | ')}` : ''}`;
    case 'interrupted':
      return 'interrupted';
  }
}
