/**
 * The report's input from what each target left: how it was measured, its run analyzed, what that run
 * was measured against, and the comparison made when it was measured. The Action's run mode (from
 * memory), its report mode and `scalewatch report` (from a results folder, src/run/folder.ts) all make
 * their report here, so that the same results give the same comment. Pure.
 */
import type { TargetSummary } from '../analysis/types.js';
import { compareTargets } from '../compare/compare.js';
import { mergeReports } from '../compare/report-file.js';
import { DEFAULT_OPTIONS, type CompareReport } from '../compare/types.js';
import { benchFacts } from './facts.js';
import type { ReportInput, TargetMeta } from './input.js';

/** What one target left. */
export interface TargetParts {
  /** How it was measured (its meta file); without one, what its results say. */
  meta?: TargetMeta;
  target: string;
  /** Its run, analyzed; absent when it produced no results (or they could not be read). */
  current?: TargetSummary;
  /** What the run was measured against, for the charts: side A (default: the stored baseline). */
  reference?: TargetSummary;
  /** The comparison made when it was measured; without one, the run is compared now with `baseline`. */
  compare?: CompareReport;
  /**
   * What a run without a comparison is compared with now: its stored baseline when there is one, and
   * where it is (or would be), which the report then names.
   */
  baseline?: { path?: string; summary?: TargetSummary };
}

/** What a run's own meta line says of where it was measured. */
export function metaOfSummary(t: TargetSummary): TargetMeta {
  const m = t.machine;
  return { target: t.target, os: m.os, release: m.release, arch: m.arch, ...(m.fs ? { fs: m.fs } : {}), ncpu: m.ncpu, ...(m.driver ? { driver: m.driver } : {}) };
}

/**
 * Compare the runs that came without their comparison, against their baselines where they have one
 * (else every benchmark is new): in one call, so that they form one family of tests, as
 * `scalewatch compare` of the same summaries would.
 */
function compareNow(parts: readonly TargetParts[], threshold: number): CompareReport | undefined {
  if (parts.length === 0) return undefined;
  const baselines = parts.flatMap((p) => (p.baseline?.summary ? [p.baseline.summary] : []));
  const made = compareTargets(baselines, parts.map((p) => p.current!), { ...DEFAULT_OPTIONS, threshold });
  const comparedWith = parts.flatMap((p) => (p.baseline?.path !== undefined ? [{ target: p.target, side: null, baseline: { path: p.baseline.path, found: p.baseline.summary !== undefined }, recheck: null }] : []));
  return { ...made, summary: { ...made.summary, comparedWith } };
}

export function assembleReport(parts: readonly TargetParts[], opts: { threshold: number; runUrl?: string }): ReportInput {
  const compares: CompareReport[] = [];
  const targets: TargetMeta[] = [];
  const uncompared: TargetParts[] = [];
  for (const p of parts) {
    const meta: TargetMeta = { ...(p.meta ?? (p.current ? metaOfSummary(p.current) : { target: p.target })) };
    if (p.compare) compares.push(p.compare);
    else if (p.current && meta.failure === undefined) uncompared.push(p);
    else meta.failure ??= 'no results';
    targets.push(meta);
  }
  const now = compareNow(uncompared, opts.threshold);
  const measured = parts.filter((p) => p.current);
  return {
    compare: mergeReports(now ? [now, ...compares] : compares),
    targets,
    threshold: opts.threshold,
    ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    benchmarks: benchFacts(
      measured.map((p) => p.current!),
      measured.flatMap((p) => {
        const ref = p.reference ?? p.baseline?.summary;
        return ref ? [ref] : [];
      }),
    ),
  };
}
