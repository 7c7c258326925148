/**
 * One record of history: what a commit measured on one target, side by side with a pinned reference
 * in the same session, reduced to what holds across sessions (docs/history.md): per benchmark, its
 * level as a ratio to the reference's (paired by round), its growth with n and its order. Raw levels
 * move with the machine's state and are not kept. One record per commit and target, written once and
 * never rewritten. Pure: the model, its schema and its reading; the store is elsewhere.
 */
import { Ajv } from 'ajv';
import { ORDERS, type Machine, type Order } from '../analysis/types.js';
import { interval } from '../compare/estimate.js';
import type { CompareReport, LevelEstimate } from '../compare/types.js';

/** The record format this code writes and reads. */
export const RECORD_FORMAT = 1;

export interface HistoryPoint {
  bench: string;
  kind: 'curve' | 'figure';
  /** The benchmark's level ÷ the reference's in the same session (latency for curves, the figure's unit otherwise); null when not measured on both sides. */
  ratio: number | null;
  /**
   * 95% interval of `ratio` (from `se`; in records made from a comparison without its estimate, the
   * interval its verdict followed).
   */
  ci: [number, number] | null;
  /**
   * Standard error of log(`ratio`): how precisely this session measured it (history's change points
   * weigh each level's record by it, moderated by `df`: src/history/series.ts, docs/history.md).
   * Absent in records made before it was kept, and when the level was not measured.
   */
  se?: number;
  /** The degrees of freedom of `se` (few rounds, few degrees: a rough standard error); absent where `se` is, and in records made before it was kept. */
  df?: number;
  /** Curves: the growth of latency over the range both sides measured (top ÷ bottom), this commit's. */
  growth: number | null;
  /** Curves: the order this commit's curve was found to have. */
  order: Order | null;
}

export interface HistoryRecord {
  format: typeof RECORD_FORMAT;
  target: string;
  /** The commit measured (40 hex digits) and its first parent, when known. */
  commit: string;
  parent: string | null;
  /** When it was measured (ISO 8601). */
  recordedAt: string;
  /** The reference measured beside it: its commit when it is one, and its name for people. */
  reference: { commit: string | null; label: string };
  machine: Machine;
  /** Rounds of the side-by-side run (the first look's: every benchmark had at least these). */
  rounds: number;
  points: HistoryPoint[];
}

/** What a record says of the run as a whole, beside the comparison it is made from. */
export type RecordFacts = Pick<HistoryRecord, 'target' | 'commit' | 'parent' | 'recordedAt' | 'reference' | 'machine'>;

/** The confidence of the interval a record keeps of each ratio. */
export const RECORD_CI_LEVEL = 0.95;

/** A ratio's interval at a confidence level, from its estimate. */
function ratioInterval(e: LevelEstimate, level: number): [number, number] {
  const [lo, hi] = interval({ d: e.logChange, se: e.se, df: e.df }, level);
  return [1 + lo, 1 + hi];
}

/** A record from a side-by-side comparison of a commit (side B) with the reference (side A). */
export function recordOf(report: CompareReport, facts: RecordFacts): HistoryRecord {
  const points = report.results
    .filter((r) => r.target === facts.target)
    .map(
      (r): HistoryPoint => ({
        bench: r.bench,
        kind: r.kind,
        ratio: r.change === null ? null : 1 + r.change,
        ci: r.estimate ? ratioInterval(r.estimate, RECORD_CI_LEVEL) : r.ci && Number.isFinite(r.ci[0]) && Number.isFinite(r.ci[1]) ? [1 + r.ci[0], 1 + r.ci[1]] : null,
        ...(r.change !== null && r.estimate ? { se: r.estimate.se, df: r.estimate.df } : {}),
        growth: r.growth ? r.growth.current : null,
        order: r.currentOrder,
      }),
    )
    .sort((a, b) => a.bench.localeCompare(b.bench));
  return { format: RECORD_FORMAT, ...facts, rounds: report.summary.paired?.rounds ?? 0, points };
}

const hex = { type: 'string', pattern: '^[0-9a-f]{40}$' };
const positive = { type: 'number', exclusiveMinimum: 0, maximum: 1e12 };
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const text = (max: number) => ({ type: 'string', maxLength: max });

const schema = {
  type: 'object',
  properties: {
    format: { const: RECORD_FORMAT },
    target: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' },
    commit: hex,
    parent: nullable(hex),
    recordedAt: { type: 'string', maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
    reference: { type: 'object', properties: { commit: nullable(hex), label: text(500) }, required: ['commit', 'label'], additionalProperties: false },
    machine: {
      type: 'object',
      properties: { os: text(100), release: text(200), arch: text(50), cpu: text(300), ncpu: { type: 'integer', minimum: 0, maximum: 100_000 }, driver: nullable(text(50)), fs: text(50), oneCpu: text(200) },
      required: ['os', 'release', 'arch', 'cpu', 'ncpu', 'driver'],
      additionalProperties: false,
    },
    rounds: { type: 'integer', minimum: 0, maximum: 100_000 },
    points: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        properties: {
          bench: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' },
          kind: { enum: ['curve', 'figure'] },
          ratio: nullable(positive),
          ci: nullable({ type: 'array', items: { type: 'number', minimum: 0, maximum: 1e12 }, minItems: 2, maxItems: 2 }),
          // Optional: records made before it was kept have none.
          se: { type: 'number', minimum: 0, maximum: 1e6 },
          df: { type: 'number', exclusiveMinimum: 0, maximum: 1e6 },
          growth: nullable(positive),
          order: nullable({ enum: [...ORDERS] }),
        },
        required: ['bench', 'kind', 'ratio', 'ci', 'growth', 'order'],
        additionalProperties: false,
      },
    },
  },
  required: ['format', 'target', 'commit', 'parent', 'recordedAt', 'reference', 'machine', 'rounds', 'points'],
  additionalProperties: false,
};

const validate = new Ajv({ allErrors: false }).compile<HistoryRecord>(schema);

/**
 * A record from its JSON text, checked field by field (a record may come from a fork's run); throws
 * one sentence naming `where` and the first thing wrong.
 */
export function parseRecord(text: string, where: string): HistoryRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`${where} is not a history record: it is not JSON.`);
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new Error(`${where} is not a history record: ${e ? `${e.instancePath || 'the record'} ${e.message ?? 'is not valid'}` : 'it is not valid'}.`);
  }
  return data;
}
