/**
 * The baseline file: one per target, committed in baselines/, small enough to review in a PR. It keeps
 * the grid summary of each curve (10 points a decade of n, each with the median of every run), its
 * findings, and every repetition of each figure: never raw samples. Pure: text in, data out.
 */
import { Ajv } from 'ajv';
import { ORDERS, type BenchSummary, type CurveFindings, type GridPoint, type Machine, type Stopped, type TargetSummary } from '../analysis/types.js';
import { UserError } from '../errors.js';

export const BASELINE_FORMAT = 'scalewatch-baseline';
export const BASELINE_VERSION = 1;

/** A grid point as stored: [n, median, q1, q3, count, [median of each run]]. */
export type StoredPoint = [number, number, number, number, number, (number | null)[]];

export interface StoredCurve {
  kind: 'curve';
  runs: number;
  samples: number;
  minN: number;
  maxN: number;
  stopped: Stopped | null;
  findings: CurveFindings | null;
  points: StoredPoint[];
  /** Session (index into BaselineFile.sessions) of each run column; absent: one session. */
  sessions?: number[];
}

export interface StoredFigure {
  kind: 'figure';
  unit: string;
  better: 'higher' | 'lower';
  values: number[];
  stopped: Stopped | null;
  /** Session of each value; absent: one session. */
  sessions?: number[];
}

/** One session a baseline holds: a separate run of the suite (another process, another boot, another day). */
export interface StoredSession {
  /** The results file it came from. */
  source: string;
  /**
   * The commit whose code it measured (the run's meta line, when the run was made from a clean git
   * checkout): the reference an alarm against the baseline is measured beside, on the same machine.
   */
  commit?: string;
}

export interface BaselineFile {
  format: typeof BASELINE_FORMAT;
  version: typeof BASELINE_VERSION;
  target: string;
  machine: Machine;
  /** Where the numbers came from (the results file name), for the reviewer. */
  source: string;
  /** The commit its one session measured, when it holds one session (else each session says). */
  commit?: string;
  columns: 'n, median, q1, q3, count, [run medians]';
  /**
   * The sessions whose runs the baseline holds, oldest first; absent: the one session of `source`.
   * Levels move more between sessions than within one, and several sessions let compare learn by how
   * much, benchmark by benchmark (docs/baselines.md).
   */
  sessions?: StoredSession[];
  benchmarks: Record<string, StoredCurve | StoredFigure>;
}

const sessionIds = { type: 'array', items: { type: 'integer', minimum: 0 } };
const stopped = { type: ['object', 'null'], required: ['n', 'message'], properties: { n: { type: ['number', 'null'] }, message: { type: 'string' } } };
const step = { type: 'object', required: ['n', 'factor'], properties: { n: { type: 'number' }, factor: { type: 'number', exclusiveMinimum: 0 } } };
const order = { enum: [...ORDERS] };

const schema = {
  type: 'object',
  required: ['format', 'version', 'target', 'machine', 'benchmarks'],
  properties: {
    format: { const: BASELINE_FORMAT },
    version: { const: BASELINE_VERSION },
    target: { type: 'string', minLength: 1 },
    source: { type: 'string' },
    commit: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    sessions: { type: 'array', items: { type: 'object', required: ['source'], properties: { source: { type: 'string' }, commit: { type: 'string', pattern: '^[0-9a-f]{40}$' } } } },
    machine: {
      type: 'object',
      required: ['os', 'release', 'arch', 'cpu', 'ncpu'],
      properties: { os: { type: 'string' }, release: { type: 'string' }, arch: { type: 'string' }, cpu: { type: 'string' }, ncpu: { type: 'number' }, driver: { type: ['string', 'null'] }, fs: { type: 'string' }, oneCpu: { type: 'string', maxLength: 200 } },
    },
    benchmarks: {
      type: 'object',
      additionalProperties: {
        oneOf: [
          {
            type: 'object',
            required: ['kind', 'runs', 'samples', 'minN', 'maxN', 'stopped', 'findings', 'points'],
            properties: {
              kind: { const: 'curve' },
              runs: { type: 'integer', minimum: 0 },
              samples: { type: 'integer', minimum: 0 },
              minN: { type: 'number' },
              maxN: { type: 'number' },
              stopped,
              sessions: sessionIds,
              findings: {
                type: ['object', 'null'],
                required: ['order', 'fit', 'bimodal', 'steps', 'dents', 'outliers', 'noise'],
                properties: {
                  order,
                  fit: {
                    type: 'object',
                    required: ['order', 'confident', 'growthClear'],
                    properties: { order, confident: { type: 'boolean' }, growthClear: { type: 'boolean' } },
                  },
                  bimodal: { type: ['object', 'null'], required: ['lower', 'upper', 'upperShare'], properties: { lower: order, upper: order, upperShare: { type: 'number' } } },
                  steps: { type: 'array', items: step },
                  dents: { type: 'array', items: step },
                },
              },
              points: {
                type: 'array',
                items: {
                  type: 'array',
                  minItems: 6,
                  maxItems: 6,
                  items: [
                    { type: 'number', minimum: 0 },
                    { type: 'number', minimum: 0 },
                    { type: 'number', minimum: 0 },
                    { type: 'number', minimum: 0 },
                    { type: 'integer', minimum: 1 },
                    { type: 'array', items: { type: ['number', 'null'] } },
                  ],
                },
              },
            },
          },
          {
            type: 'object',
            required: ['kind', 'unit', 'better', 'values', 'stopped'],
            properties: {
              // 'scalar': what earlier files call a figure; read as one, written as 'figure'.
              kind: { enum: ['figure', 'scalar'] },
              unit: { type: 'string' },
              better: { enum: ['higher', 'lower'] },
              values: { type: 'array', items: { type: 'number' } },
              stopped,
              sessions: sessionIds,
            },
          },
        ],
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: false, strictTuples: false }).compile(schema);

export function toBaselineFile(summary: TargetSummary, source: string, commit?: string): BaselineFile {
  const benchmarks: BaselineFile['benchmarks'] = {};
  for (const b of summary.benchmarks) {
    if (b.kind === 'curve') {
      benchmarks[b.bench] = {
        kind: 'curve',
        runs: b.runs,
        samples: b.samples,
        minN: b.minN,
        maxN: b.maxN,
        stopped: b.stopped,
        findings: b.findings,
        points: b.points.map((p) => [p.n, p.median, p.q1, p.q3, p.count, p.runs]),
        ...(b.sessions ? { sessions: b.sessions } : {}),
      };
    } else {
      benchmarks[b.bench] = { kind: 'figure', unit: b.unit, better: b.better, values: b.values, stopped: b.stopped, ...(b.sessions ? { sessions: b.sessions } : {}) };
    }
  }
  return {
    format: BASELINE_FORMAT,
    version: BASELINE_VERSION,
    target: summary.target,
    machine: summary.machine,
    source,
    ...(commit ? { commit } : {}),
    columns: 'n, median, q1, q3, count, [run medians]',
    benchmarks,
  };
}

export function fromBaselineFile(file: BaselineFile): TargetSummary {
  const benchmarks: BenchSummary[] = Object.entries(file.benchmarks).map(([bench, b]) => {
    const sessions = b.sessions ? { sessions: b.sessions } : {};
    if (b.kind === 'figure') return { bench, kind: 'figure', unit: b.unit, better: b.better, values: b.values, stopped: b.stopped, ...sessions };
    const points: GridPoint[] = b.points.map(([n, median, q1, q3, count, runs]) => ({ n, median, q1, q3, count, runs }));
    return { bench, kind: 'curve', runs: b.runs, samples: b.samples, minN: b.minN, maxN: b.maxN, stopped: b.stopped, findings: b.findings, points, ...sessions };
  });
  return { target: file.target, machine: { ...file.machine, driver: file.machine.driver ?? null }, benchmarks };
}

/** What a piece of text is, as a baseline: the file, or why it is not one (one sentence). */
export type BaselineCheck = { ok: true; file: BaselineFile } | { ok: false; reason: string; foreign: boolean };

export function checkBaseline(text: string): BaselineCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'is not valid JSON', foreign: false };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== BASELINE_FORMAT) {
    return { ok: false, reason: 'is not a scalewatch baseline (no "format": "scalewatch-baseline")', foreign: true };
  }
  if (head.version !== BASELINE_VERSION) {
    return { ok: false, reason: `is a version ${JSON.stringify(head.version)} baseline; this scalewatch reads version ${BASELINE_VERSION}`, foreign: true };
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    return { ok: false, reason: `is a corrupt baseline (${e ? `${e.instancePath || '/'} ${e.message ?? ''}`.trim() : 'invalid'})`, foreign: false };
  }
  const file = data as unknown as BaselineFile;
  for (const b of Object.values(file.benchmarks)) if ((b.kind as string) === 'scalar') b.kind = 'figure';
  return { ok: true, file };
}

/** Parse a baseline or throw one sentence naming the source. */
export function parseBaseline(text: string, source: string): BaselineFile {
  const check = checkBaseline(text);
  if (!check.ok) throw new UserError(`${source} ${check.reason}.`);
  return check.file;
}

/**
 * Serialize for a readable diff: two-space JSON with each grid point, step and small object on one
 * line, so an update shows as a few changed lines per curve.
 */
export function formatBaseline(file: BaselineFile): string {
  let text = JSON.stringify(file, null, 2);
  const oneLine = (m: string): string => m.replace(/\s*\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']').replace(/\{ /g, '{ ').replace(/ \}/g, ' }');
  // Innermost arrays and objects of plain values first, then points, which hold one such array.
  text = text.replace(/\[[^[\]{}]*\]/g, oneLine);
  text = text.replace(/\{[^[\]{}]*\}/g, (m) => (oneLine(m).length < 140 ? oneLine(m) : m));
  text = text.replace(/\[(?:[^[\]{}]|\[[^[\]{}]*\])*\]/g, (m) => (m.includes('\n') && /^\[\s*\d/.test(m) ? oneLine(m) : m));
  return `${text}\n`;
}
