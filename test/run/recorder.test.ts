import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Recorder } from '../../src/run/recorder.js';
import { parseResults, type MetaRecord } from '../../src/suite/protocol.js';
import type { Invocation } from '../../src/vm/driver.js';

const meta: MetaRecord = { type: 'meta', target: 'debian-12', os: 'Linux', release: '6.1', arch: 'x86_64', ncpu: 2, cpu: 'c', cc: 'gcc' };
const inv = (bench: string): Invocation => ({ bench, binary: 'swbench', args: [], timeLimitSec: 10, runs: 2, maxN: 10 });
const sample = (bench: string, run: number, n: number) => JSON.stringify({ type: 'sample', bench, run, n, ns: 100 + n });

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function recorder(): Recorder {
  dir = mkdtempSync(join(tmpdir(), 'sw-rec-'));
  return new Recorder(join(dir, 'debian-12.jsonl'), meta);
}

describe('Recorder', () => {
  it('saves valid lines, skips and counts malformed ones, and rewrites meta at the end', () => {
    const r = recorder();
    r.start(inv('socket'));
    r.line(inv('socket'), sample('socket', 0, 1));
    r.line(inv('socket'), '\u0000\u0001 garbage');
    r.line(inv('socket'), sample('bind', 0, 1));
    r.line(inv('socket'), JSON.stringify(meta));
    r.line(inv('socket'), sample('socket', 0, 2));
    r.end(inv('socket'), { status: 'ok' });
    r.finish({ runSec: 1.5 });
    const results = parseResults(readFileSync(r.path, 'utf8'));
    expect(results.samples.map((s) => s.n)).toEqual([1, 2]);
    expect(results.errors).toEqual([]);
    expect(results.meta.malformedLines).toBe(3);
    expect(results.meta.runSec).toBe(1.5);
    expect(r.malformedExamples[0]).toContain('not JSON');
  });

  it('keeps the samples of a lost target and reports the last run and n with the console tail', () => {
    const r = recorder();
    r.start(inv('fork'));
    for (let n = 0; n < 5; n++) r.line(inv('fork'), sample('fork', 0, n));
    r.line(inv('fork'), sample('fork', 1, 0));
    r.line(inv('fork'), sample('fork', 1, 1));
    r.end(inv('fork'), { status: 'lost', reason: 'QEMU exited', consoleTail: ['panic: out of swap', 'rebooting'] });
    r.notRun(inv('mmap'), 'the target was lost during fork');
    r.finish({});
    const results = parseResults(readFileSync(r.path, 'utf8'));
    expect(results.samples).toHaveLength(7);
    expect(results.errors).toHaveLength(2);
    const [lost, notRun] = results.errors;
    expect(lost).toMatchObject({ bench: 'fork', run: 1, n: 1, source: 'host' });
    expect(lost!.message).toContain('the target was lost (QEMU exited); console: panic: out of swap | rebooting');
    expect(notRun).toMatchObject({ bench: 'mmap', message: 'not run: the target was lost during fork' });
  });

  it('lets the suite speak for itself when it ended a run with its own error line', () => {
    const r = recorder();
    r.start(inv('socket'));
    r.line(inv('socket'), sample('socket', 0, 1));
    r.line(inv('socket'), JSON.stringify({ type: 'error', bench: 'socket', run: 0, n: 2, message: 'socket: Too many open files' }));
    r.end(inv('socket'), { status: 'ok' });
    r.finish({});
    const results = parseResults(readFileSync(r.path, 'utf8'));
    expect(results.errors).toEqual([{ type: 'error', bench: 'socket', run: 0, n: 2, message: 'socket: Too many open files' }]);
    expect(r.tallies.get('socket')).toMatchObject({ samples: 1, errors: 1, lastN: 2 });
  });

  it('writes what was measured to disk before the run ends', () => {
    const r = recorder();
    r.start(inv('socket'));
    r.line(inv('socket'), sample('socket', 0, 1));
    r.end(inv('socket'), { status: 'exited', code: 1, signal: null, stderrTail: ['swbench: boom'] });
    // No finish(): the host itself may die here; the file already holds the meta, sample and error.
    const results = parseResults(readFileSync(r.path, 'utf8'));
    expect(results.samples).toHaveLength(1);
    expect(results.errors[0]!.message).toBe('the suite exited with status 1; last output: swbench: boom');
  });
});
