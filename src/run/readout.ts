/**
 * The readout `scalewatch run` prints: per curve the latency at a few n, how many runs,
 * anything that stopped early and why; per figure the median and spread. Pure: results in, text out.
 */
import { formatNs } from '../analysis/output.js';
import { median } from '../analysis/stats.js';
import type { ResultSet, SampleRecord } from '../suite/protocol.js';

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Median latency of all runs' samples within ±1% of n (at least ±1), so one noisy point does not speak alone. */
function latencyNear(samples: readonly SampleRecord[], n: number): number {
  const w = Math.max(1, Math.round(n * 0.01));
  return median(samples.filter((s) => Math.abs(s.n - n) <= w).map((s) => s.ns));
}

/** The n at which the readout reads each curve: its first n, two in between, and the largest reached. */
export function readingPoints(maxN: number, minN: number): number[] {
  const pts = [minN, Math.round(maxN / 10), Math.round(maxN / 2), maxN].filter((n) => n >= minN);
  return [...new Set(pts)];
}

export function readout(results: ResultSet): string {
  const out: string[] = [];
  const m = results.meta;
  out.push(`${m.target}: ${m.os} ${m.release} ${m.arch}, ${m.ncpu} CPU (${m.cpu}), ${m.cc}${typeof m.fs === 'string' ? `, files on ${m.fs}` : ''}`);
  const errors = groupBy(results.errors, (e) => e.bench);
  const curves = groupBy(results.samples, (s) => s.bench);
  const figures = groupBy(results.values, (v) => v.bench);
  const benches = [...new Set([...curves.keys(), ...figures.keys(), ...errors.keys()])];
  const width = Math.max(8, ...benches.map((b) => b.length));
  for (const bench of benches) {
    const samples = curves.get(bench);
    const values = figures.get(bench);
    let line = bench.padEnd(width);
    if (samples) {
      const runs = new Set(samples.map((s) => s.run)).size;
      const ns = samples.map((s) => s.n);
      // Not Math.max(...ns): a full-suite curve has more samples than a call may take arguments.
      const maxN = ns.reduce((a, b) => Math.max(a, b), -Infinity);
      const minN = ns.reduce((a, b) => Math.min(a, b), Infinity);
      const points = readingPoints(maxN, minN).map((n) => `n=${n} ${formatNs(latencyNear(samples, n))}`);
      line += `  ${runs} run${runs === 1 ? '' : 's'}  ${points.join('  ')}`;
    } else if (values) {
      const runs = values.length;
      const v = values.map((x) => x.value);
      const first = values[0]!;
      line += `  ${runs} rep${runs === 1 ? '' : 's'}  median ${fmt(median(v))} ${first.unit} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))}), ${first.better} is better`;
    } else {
      line += '  no results';
    }
    out.push(line);
    for (const e of errors.get(bench) ?? []) {
      out.push(`${''.padEnd(width)}  stopped early: run ${e.run}${e.n !== undefined ? ` at n=${e.n}` : ''}: ${e.message}`);
    }
  }
  if (results.malformed.length) out.push(`${results.malformed.length} malformed line(s) skipped`);
  return out.join('\n');
}

function fmt(x: number): string {
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}
