/**
 * What the report renders: the compare result in DESIGN.md's `compare --json` shape, plus a few facts
 * per target. Compare results travel between jobs as artifacts, and an artifact of a fork's run is
 * untrusted, so `parseCompareJson` checks every field before the renderer sees it.
 */
import { Ajv } from 'ajv';
import type { BenchFacts } from './facts.js';

export const VERDICTS = ['failed', 'scaling-regressed', 'regressed', 'noisy', 'missing', 'new', 'scaling-improved', 'improved', 'unchanged'] as const;
/** The verdict strings of DESIGN.md, most serious first: the report lists rows in this order. */
export type Verdict = (typeof VERDICTS)[number];

export interface CompareRow {
  target: string;
  bench: string;
  verdict: Verdict;
  /** Relative change of the current run against the baseline (0.12 = 12% worse or better per `verdict`). */
  change: number | null;
  /** 95% confidence interval of `change`. */
  ci: [number, number] | null;
  baselineOrder: string | null;
  currentOrder: string | null;
  /** Anything compare adds (e.g. how noisy a noisy benchmark was); the renderer shows `note` if present. */
  note?: string;
}

export interface CompareJson {
  /** The compare stage's totals; the report counts verdicts itself and does not read it. */
  summary: object;
  results: CompareRow[];
}

/** Where and how one target was measured; `failure` says why a target produced no results. */
export interface TargetMeta {
  target: string;
  os?: string;
  release?: string;
  arch?: string;
  ncpu?: number;
  driver?: string;
  seconds?: number;
  failure?: string;
  /** How its constant factors were judged: against a baseline (and machine speed), or side by side with the PR's base. */
  comparedWith?: string;
}

export interface ReportInput {
  compare: CompareJson;
  targets: TargetMeta[];
  threshold: number;
  /** Link to the workflow run, where the job summary and the artifacts are. */
  runUrl?: string;
  /**
   * Curves and figures behind the verdicts, when the results are at hand: they add the cross-target
   * comparison and a chart per changed curve. Without them the comment shows the verdicts alone.
   */
  benchmarks?: BenchFacts[];
}

const nullableNumber = { type: ['number', 'null'] };
const nullableString = { type: ['string', 'null'], maxLength: 200 };

const rowSchema = {
  type: 'object',
  properties: {
    target: { type: 'string', minLength: 1, maxLength: 200 },
    bench: { type: 'string', minLength: 1, maxLength: 200 },
    verdict: { type: 'string', enum: [...VERDICTS] },
    change: nullableNumber,
    ci: { type: ['array', 'null'], items: { type: 'number' }, minItems: 2, maxItems: 2 },
    baselineOrder: nullableString,
    currentOrder: nullableString,
    note: { type: 'string', maxLength: 2000 },
  },
  required: ['target', 'bench', 'verdict'],
  additionalProperties: true,
};

const compareSchema = {
  type: 'object',
  properties: {
    summary: { type: 'object' },
    results: { type: 'array', items: rowSchema, maxItems: 100_000 },
  },
  required: ['summary', 'results'],
  additionalProperties: true,
};

const validate = new Ajv({ allErrors: false }).compile<CompareJson>(compareSchema);

/** Parse a `compare --json` document; throws one sentence naming `source` when it is not one. */
export function parseCompareJson(text: string, source: string): CompareJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON, so it is not a scalewatch compare result.`);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new Error(`${source} is not a scalewatch compare result: ${first ? `${first.instancePath || '/'} ${first.message ?? ''}` : 'invalid'}.`);
  }
  for (const row of data.results) {
    row.change ??= null;
    row.ci ??= null;
    row.baselineOrder ??= null;
    row.currentOrder ??= null;
  }
  return data;
}

/** Join the compare results of several targets (one per matrix job) into one. */
export function mergeCompare(parts: readonly CompareJson[]): CompareJson {
  const results = parts.flatMap((p) => p.results);
  const summary: Record<string, number> = {};
  for (const row of results) summary[row.verdict] = (summary[row.verdict] ?? 0) + 1;
  return { summary, results };
}
