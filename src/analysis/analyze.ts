/**
 * The analysis stage: one parsed results file (one target) in, its summary and findings out. Which
 * benchmarks exist comes from the data: `sample` lines make a curve, `value` lines a figure.
 */
import { BENCHES } from '../suite/benches.js';
import type { ErrorRecord, MetaRecord, ResultSet, ValueRecord } from '../suite/protocol.js';
import { curveColumns, type CurveColumns } from './columns.js';
import { analyzeCurve } from './curve.js';
import type { BenchSummary, Machine, FigureSummary, Stopped, TargetSummary } from './types.js';

export function machineOf(meta: MetaRecord): Machine {
  return {
    os: meta.os,
    release: meta.release,
    arch: meta.arch,
    cpu: meta.cpu,
    ncpu: meta.ncpu,
    driver: typeof meta.driver === 'string' ? meta.driver : null,
    ...(typeof meta.fs === 'string' && meta.fs !== '' ? { fs: meta.fs } : {}),
    ...(typeof meta.oneCpu === 'string' && meta.oneCpu !== '' ? { oneCpu: meta.oneCpu } : {}),
  };
}

function stoppedOf(errors: readonly ErrorRecord[], lastN: number | null): Stopped | null {
  const first = errors[0];
  if (!first) return null;
  return { n: first.n ?? lastN, message: first.message };
}

function catalogueRank(bench: string): number {
  const i = BENCHES.findIndex((b) => b.name === bench);
  return i < 0 ? BENCHES.length : i;
}

/** `columns` lets a caller that also needs the raw columns (the report's charts) split the samples once. */
export function analyzeResults(results: ResultSet, columns: Map<string, CurveColumns> = curveColumns(results.samples)): TargetSummary {
  const errorsBy = new Map<string, ErrorRecord[]>();
  for (const e of results.errors) {
    const list = errorsBy.get(e.bench);
    if (list) list.push(e);
    else errorsBy.set(e.bench, [e]);
  }
  const benchmarks: BenchSummary[] = [];
  for (const [bench, cols] of columns) {
    let last = -Infinity;
    for (let i = 0; i < cols.n.length; i++) if (cols.n[i]! > last) last = cols.n[i]!;
    benchmarks.push(analyzeCurve(bench, cols, stoppedOf(errorsBy.get(bench) ?? [], Number.isFinite(last) ? last : null)));
    errorsBy.delete(bench);
  }
  const valuesBy = new Map<string, ValueRecord[]>();
  for (const v of results.values) {
    const list = valuesBy.get(v.bench);
    if (list) list.push(v);
    else valuesBy.set(v.bench, [v]);
  }
  for (const [bench, values] of valuesBy) {
    const first = values[0]!;
    const sorted = [...values].sort((a, b) => a.run - b.run);
    benchmarks.push({
      bench,
      kind: 'figure',
      unit: first.unit,
      better: first.better,
      values: sorted.map((v) => v.value),
      stopped: stoppedOf(errorsBy.get(bench) ?? [], null),
    });
    errorsBy.delete(bench);
  }
  // Benchmarks that failed before their first measurement.
  for (const [bench, errors] of errorsBy) {
    const known = BENCHES.find((b) => b.name === bench);
    const stopped = stoppedOf(errors, null);
    if (known?.kind === 'figure') {
      benchmarks.push({ bench, kind: 'figure', unit: known.unit, better: known.better, values: [], stopped } satisfies FigureSummary);
    } else {
      benchmarks.push({ bench, kind: 'curve', runs: 0, samples: 0, minN: 0, maxN: 0, stopped, points: [], findings: null });
    }
  }
  benchmarks.sort((a, b) => catalogueRank(a.bench) - catalogueRank(b.bench) || a.bench.localeCompare(b.bench));
  return { target: results.meta.target, machine: machineOf(results.meta), benchmarks };
}
