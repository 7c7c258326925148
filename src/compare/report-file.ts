/**
 * The compare stage's contract on disk: a `CompareReport` is what `compare --json` prints, what a
 * target's `<target>.compare.json` artifact holds, and what the report renders, field for field.
 * Artifacts of a fork's run are untrusted, so `parseCompareReport` checks every field (types, ranges,
 * lengths) before anything renders it; `mergeReports` joins the reports of several targets (one per
 * matrix job) without dropping what each one's summary says.
 */
import { Ajv } from 'ajv';
import { ORDERS } from '../analysis/types.js';
import { CAUSES } from './causes.js';
import { countVerdicts, DEFAULT_OPTIONS, VERDICTS, type CompareReport, type CompareSummary } from './types.js';

const text = (max: number) => ({ type: 'string', maxLength: max });
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const numeric = { type: 'number' };
/** JSON has no infinity: an unbounded end of an interval is written as null and read back as ±Infinity. */
const interval = { type: 'array', items: nullable(numeric), minItems: 2, maxItems: 2 };
const name = { type: 'string', minLength: 1, maxLength: 200 };
const order = { type: 'string', enum: [...ORDERS] };

const resultSchema = {
  type: 'object',
  properties: {
    target: name,
    bench: name,
    kind: { type: 'string', enum: ['curve', 'figure'] },
    verdict: { type: 'string', enum: [...VERDICTS] },
    change: nullable(numeric),
    ci: nullable(interval),
    ciLevel: nullable({ type: 'number', minimum: 0, maximum: 1 }),
    baselineOrder: nullable(order),
    currentOrder: nullable(order),
    growth: nullable({
      type: 'object',
      properties: { baseline: numeric, current: numeric, change: numeric, ci: interval, lowN: numeric, highN: numeric },
      required: ['baseline', 'current', 'change', 'ci', 'lowN', 'highN'],
      additionalProperties: false,
    }),
    better: { type: 'string', enum: ['higher', 'lower'] },
    p: nullable({ type: 'number', minimum: 0, maximum: 1 }),
    q: nullable({ type: 'number', minimum: 0, maximum: 1 }),
    noise: nullable(numeric),
    caution: nullable(text(1000)),
    note: text(2000),
    // Optional: absent where the level was not measured, and in files written before it existed.
    estimate: {
      type: 'object',
      properties: { logChange: { type: 'number', minimum: -1e3, maximum: 1e3 }, se: { type: 'number', minimum: 0, maximum: 1e6 }, df: { type: 'number', minimum: 0, maximum: 1e9 } },
      required: ['logChange', 'se', 'df'],
      additionalProperties: false,
    },
    // Optional: side by side only; files written before it existed have none.
    rounds: { type: 'integer', minimum: 0, maximum: 10_000_000 },
    // Optional: files written before it existed have none, and read as a result without a cause.
    cause: {
      type: 'object',
      // rounds: side by side only (what more rounds would do); absent elsewhere and in older files.
      properties: { kind: { type: 'string', enum: [...CAUSES] }, figure: nullable(numeric), rounds: nullable({ type: 'integer', minimum: 1, maximum: 1_000_000 }) },
      required: ['kind', 'figure'],
      additionalProperties: false,
    },
  },
  required: ['target', 'bench', 'kind', 'verdict', 'change', 'ci', 'ciLevel', 'baselineOrder', 'currentOrder', 'growth', 'better', 'p', 'q', 'noise', 'caution', 'note'],
  additionalProperties: false,
};

const count = { type: 'integer', minimum: 0, maximum: 10_000_000 };

const summarySchema = {
  type: 'object',
  properties: {
    targets: count,
    benchmarks: count,
    threshold: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    alpha: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    tests: count,
    adjustedLevel: { type: 'number', minimum: 0, maximum: 1 },
    verdicts: { type: 'object', properties: Object.fromEntries(VERDICTS.map((v) => [v, count])), required: [...VERDICTS], additionalProperties: false },
    machineMismatch: { type: 'array', items: name, maxItems: 10_000 },
    calibration: {
      type: 'array',
      maxItems: 10_000,
      items: {
        type: 'object',
        properties: { target: name, baseline: numeric, current: numeric, speed: numeric, applied: { type: 'boolean' } },
        required: ['target', 'baseline', 'current', 'speed', 'applied'],
        additionalProperties: false,
      },
    },
    sessionNoise: nullable({ type: 'number', minimum: 0, maximum: 100 }),
    baselineSessions: {
      type: 'array',
      maxItems: 10_000,
      items: { type: 'object', properties: { target: name, sessions: count }, required: ['target', 'sessions'], additionalProperties: false },
    },
    paired: nullable({ type: 'object', properties: { rounds: count, a: text(500), b: text(500) }, required: ['rounds', 'a', 'b'], additionalProperties: false }),
    regressed: { type: 'boolean' },
    comparedWith: {
      type: 'array',
      maxItems: 10_000,
      items: {
        type: 'object',
        properties: {
          target: name,
          side: nullable({
            type: 'object',
            properties: {
              label: text(500),
              rounds: count,
              // Optional: files written before side-by-side runs measured undecided benchmarks further have none.
              spent: {
                type: 'object',
                properties: {
                  looks: count,
                  rounds: count,
                  seconds: { type: 'number', minimum: 0 },
                  maxRounds: count,
                  budgetSec: nullable({ type: 'number', minimum: 0 }),
                  outOfTime: { type: 'boolean' },
                  // Optional: files written before a stage chose among the open benchmarks have none.
                  setAside: { type: 'array', items: name, maxItems: 1000 },
                },
                required: ['looks', 'rounds', 'seconds', 'maxRounds', 'budgetSec', 'outOfTime'],
                additionalProperties: false,
              },
            },
            required: ['label', 'rounds'],
            additionalProperties: false,
          }),
          baseline: nullable({ type: 'object', properties: { path: text(1000), found: { type: 'boolean' } }, required: ['path', 'found'], additionalProperties: false }),
          recheck: nullable({
            type: 'object',
            properties: {
              benches: { type: 'array', items: name, maxItems: 1000 },
              repeated: { type: 'array', items: name, maxItems: 1000 },
              undecided: { type: 'array', items: name, maxItems: 1000 },
              decided: { type: 'array', items: name, maxItems: 1000 },
              unmeasured: { type: 'array', items: name, maxItems: 1000 },
              interrupted: { type: 'boolean' },
              beside: nullable({ type: 'string', pattern: '^[0-9a-f]{40}$' }),
            },
            required: ['benches', 'repeated', 'interrupted', 'beside'],
            additionalProperties: false,
          }),
        },
        required: ['target', 'side', 'baseline', 'recheck'],
        additionalProperties: false,
      },
    },
  },
  required: ['targets', 'benchmarks', 'threshold', 'alpha', 'tests', 'adjustedLevel', 'verdicts', 'machineMismatch', 'calibration', 'sessionNoise', 'baselineSessions', 'paired', 'regressed'],
  additionalProperties: false,
};

/** The JSON schema of a CompareReport (docs/protocol.md describes it for people). */
export const COMPARE_REPORT_SCHEMA = {
  type: 'object',
  properties: { summary: summarySchema, results: { type: 'array', items: resultSchema, maxItems: 100_000 } },
  required: ['summary', 'results'],
  additionalProperties: false,
};

const validate = new Ajv({ allErrors: false }).compile<CompareReport>(COMPARE_REPORT_SCHEMA);

/** Parse a compare result (`compare --json`, `<target>.compare.json`); throws one sentence naming `source`. */
export function parseCompareReport(textIn: string, source: string): CompareReport {
  let data: unknown;
  try {
    data = JSON.parse(textIn);
  } catch {
    throw new Error(`${source} is not JSON, so it is not a scalewatch compare result.`);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new Error(`${source} is not a scalewatch compare result: ${first ? `${first.instancePath || '/'} ${first.message ?? ''}` : 'invalid'}.`);
  }
  const ends = (ci: [number | null, number | null]): [number, number] => [ci[0] ?? -Infinity, ci[1] ?? Infinity];
  // Files written before comparedWith existed say nothing of it.
  data.summary.comparedWith ??= [];
  // ... and those written before undecided levels were measured beside the baseline's commit, of them.
  for (const w of data.summary.comparedWith) {
    if (!w.recheck) continue;
    w.recheck.undecided ??= [];
    w.recheck.decided ??= [];
    // ... and those written before a budget chose what was measured beside it, of what it left out.
    w.recheck.unmeasured ??= [];
  }
  for (const r of data.results) {
    if (r.ci) r.ci = ends(r.ci);
    if (r.growth) r.growth.ci = ends(r.growth.ci);
  }
  return data;
}

/** The summary of no comparison at all (a report of failed targets only). */
export function emptySummary(threshold = DEFAULT_OPTIONS.threshold, alpha = DEFAULT_OPTIONS.alpha): CompareSummary {
  return { targets: 0, benchmarks: 0, threshold, alpha, tests: 0, adjustedLevel: 0.95, verdicts: countVerdicts([]), machineMismatch: [], calibration: [], sessionNoise: null, baselineSessions: [], paired: null, regressed: false, comparedWith: [] };
}

/**
 * Several targets' reports as one. Each was judged in its own family of tests, so the joined summary
 * keeps the strictest adjusted level and the per-target lists (machine mismatch, calibration,
 * sessions) whole; `paired` stays when every part was side by side with the same rounds.
 */
export function mergeReports(parts: readonly CompareReport[]): CompareReport {
  if (parts.length === 0) return { summary: emptySummary(), results: [] };
  if (parts.length === 1) return parts[0]!;
  const results = parts.flatMap((p) => p.results);
  const verdicts = countVerdicts(results);
  const s = parts.map((p) => p.summary);
  const paired = s.every((x) => x.paired !== null && x.paired.rounds === s[0]!.paired?.rounds) ? s[0]!.paired : null;
  return {
    summary: {
      targets: new Set(results.map((r) => r.target)).size,
      benchmarks: results.length,
      threshold: s[0]!.threshold,
      alpha: s[0]!.alpha,
      tests: s.reduce((n, x) => n + x.tests, 0),
      adjustedLevel: Math.max(...s.map((x) => x.adjustedLevel)),
      verdicts,
      machineMismatch: [...new Set(s.flatMap((x) => x.machineMismatch))],
      calibration: s.flatMap((x) => x.calibration),
      sessionNoise: s.find((x) => x.sessionNoise !== null)?.sessionNoise ?? null,
      baselineSessions: s.flatMap((x) => x.baselineSessions),
      paired,
      regressed: s.some((x) => x.regressed),
      comparedWith: s.flatMap((x) => x.comparedWith),
    },
    results,
  };
}
