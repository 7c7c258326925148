/**
 * The suite's output protocol (docs/protocol.md): JSON Lines, one object a line.
 * Guest output is untrusted input, so every line is checked here before anything reads it.
 */
import { Ajv, type JSONSchemaType } from 'ajv';

/** The fields every meta line must have. */
export interface MetaCore {
  type: 'meta';
  target: string;
  os: string;
  release: string;
  arch: string;
  ncpu: number;
  cpu: string;
  cc: string;
}

export interface MetaRecord extends MetaCore {
  /** Resolution of CLOCK_MONOTONIC as reported by clock_getres(2). */
  timerResolutionNs?: number;
  /** Measured cost of one clock_gettime(2) call. */
  timerOverheadNs?: number;
  /** The file system of the scratch directory (-d): ufs, zfs, hammer2, ffs, ext4, tmpfs… */
  fs?: string;
  /** Fields added by the host (driver, suite, timings) and any the reader does not know. */
  [extra: string]: unknown;
}

export interface SampleRecord {
  type: 'sample';
  bench: string;
  run: number;
  n: number;
  ns: number;
}

export type Better = 'higher' | 'lower';

export interface ValueRecord {
  type: 'value';
  bench: string;
  run: number;
  value: number;
  unit: string;
  better: Better;
}

export interface ErrorRecord {
  type: 'error';
  bench: string;
  run: number;
  n?: number;
  message: string;
}

export type SuiteRecord = MetaRecord | SampleRecord | ValueRecord | ErrorRecord;

const name = { type: 'string', minLength: 1, maxLength: 200 } as const;
const run = { type: 'integer', minimum: 0 } as const;

const metaSchema: JSONSchemaType<MetaCore> = {
  type: 'object',
  properties: {
    type: { type: 'string', const: 'meta' },
    target: { type: 'string' },
    os: { type: 'string' },
    release: { type: 'string' },
    arch: { type: 'string' },
    ncpu: { type: 'integer', minimum: 1 },
    cpu: { type: 'string' },
    cc: { type: 'string' },
  },
  required: ['type', 'target', 'os', 'release', 'arch', 'ncpu', 'cpu', 'cc'],
  additionalProperties: true,
};

const sampleSchema: JSONSchemaType<SampleRecord> = {
  type: 'object',
  properties: {
    type: { type: 'string', const: 'sample' },
    bench: name,
    run,
    n: { type: 'integer', minimum: 0 },
    ns: { type: 'number', minimum: 0 },
  },
  required: ['type', 'bench', 'run', 'n', 'ns'],
  additionalProperties: true,
};

const valueSchema: JSONSchemaType<ValueRecord> = {
  type: 'object',
  properties: {
    type: { type: 'string', const: 'value' },
    bench: name,
    run,
    value: { type: 'number' },
    unit: { type: 'string', maxLength: 40 },
    better: { type: 'string', enum: ['higher', 'lower'] },
  },
  required: ['type', 'bench', 'run', 'value', 'unit', 'better'],
  additionalProperties: true,
};

const errorSchema: JSONSchemaType<ErrorRecord> = {
  type: 'object',
  properties: {
    type: { type: 'string', const: 'error' },
    bench: name,
    run,
    n: { type: 'integer', minimum: 0, nullable: true },
    message: { type: 'string', maxLength: 2000 },
  },
  required: ['type', 'bench', 'run', 'message'],
  additionalProperties: true,
};

const ajv = new Ajv({ allErrors: false });
const validators = {
  meta: ajv.compile(metaSchema),
  sample: ajv.compile(sampleSchema),
  value: ajv.compile(valueSchema),
  error: ajv.compile(errorSchema),
} as const;

/** The JSON Schemas of the four record types, for tests and for docs/protocol.md. */
export const schemas = { meta: metaSchema, sample: sampleSchema, value: valueSchema, error: errorSchema };

export type ParsedLine = { ok: true; record: SuiteRecord } | { ok: false; reason: string };

/** Parse one line of suite output. Never throws: a bad line comes back with the reason. */
export function parseLine(line: string): ParsedLine {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not a JSON object' };
  const type = (data as { type?: unknown }).type;
  if (type !== 'meta' && type !== 'sample' && type !== 'value' && type !== 'error') {
    return { ok: false, reason: `unknown record type ${JSON.stringify(type)}` };
  }
  const validate = validators[type];
  if (!validate(data)) {
    const first = validate.errors?.[0];
    return { ok: false, reason: `bad ${type} record: ${first ? `${first.instancePath || '/'} ${first.message ?? ''}` : 'invalid'}`.trim() };
  }
  return { ok: true, record: data as SuiteRecord };
}

/** Everything one results file (one target) holds, sorted by kind. */
export interface ResultSet {
  meta: MetaRecord;
  samples: SampleRecord[];
  values: ValueRecord[];
  errors: ErrorRecord[];
  /** Lines that were not valid protocol records: counted and kept for the report, never fatal. */
  malformed: { line: number; reason: string; text: string }[];
}

/** The result set with only the samples, values and errors `keep` accepts (by benchmark, by run). */
export function keepRecords(rs: ResultSet, keep: (r: { bench: string; run: number }) => boolean): ResultSet {
  return { ...rs, samples: rs.samples.filter(keep), values: rs.values.filter(keep), errors: rs.errors.filter(keep) };
}

/**
 * Read a whole results stream. The first valid meta line names the target; later meta lines (one per
 * suite invocation) are ignored. A stream without any meta line is refused with a clear sentence.
 */
export function parseResults(text: string, source = 'results'): ResultSet {
  const samples: SampleRecord[] = [];
  const values: ValueRecord[] = [];
  const errors: ErrorRecord[] = [];
  const malformed: ResultSet['malformed'] = [];
  let meta: MetaRecord | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const parsed = parseLine(raw);
    if (!parsed.ok) {
      malformed.push({ line: i + 1, reason: parsed.reason, text: raw.slice(0, 200) });
      continue;
    }
    const r = parsed.record;
    switch (r.type) {
      case 'meta':
        meta ??= r;
        break;
      case 'sample':
        samples.push(r);
        break;
      case 'value':
        values.push(r);
        break;
      case 'error':
        errors.push(r);
        break;
    }
  }
  if (!meta) throw new Error(`${source} has no meta line, so it is not a scalewatch results file.`);
  return { meta, samples, values, errors, malformed };
}

/** Serialize one record as a protocol line (no trailing newline). */
export function formatRecord(record: SuiteRecord): string {
  return JSON.stringify(record);
}
