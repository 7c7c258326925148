/**
 * The sessions `npm run bench:sequential` keeps, as the scripts that read them again see them
 * (bench:sequential's table, bench:signal, bench:replay): where they are, what each kind of session
 * changed on side B, reading a session's two results files, and judging it by today's analysis.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_ROUNDS, DEFAULT_ROUNDS } from '../src/ab/plan.js';
import { compareAb } from '../src/ab/run.js';
import { joinLooks, lookOptions, openBenches, planLooks, type StageRule, type TakenLook } from '../src/compare/sequential.js';
import { BINS_ALIKE } from '../src/compare/paired.js';
import { DEFAULT_OPTIONS, type CompareOptions, type CompareReport } from '../src/compare/types.js';
import { targetFiles } from '../src/run/files.js';
import { CALIB_NAME, CURVES } from '../src/suite/benches.js';
import { keepRecords, parseResults, type ResultSet } from '../src/suite/protocol.js';
import { TIMED_FIGURES } from './inject/suites.js';

/** The folder of sessions: SEQ_DIR, or .scalewatch/sequential/. */
export const CAMPAIGN_DIR = process.env.SEQ_DIR ?? new URL('../../sequential/', import.meta.url).pathname;

/**
 * The analysis sessions are judged (and, by bench:sequential, run) with: today's defaults, or with
 * SEQ_READING=alike every bin of a curve counted alike in a round's level, as side by side read it
 * until 2026-12-04 (src/compare/paired.ts BIN_WEIGHT_CAP).
 */
export const OPTIONS: CompareOptions =
  process.env.SEQ_READING === 'alike' ? { ...DEFAULT_OPTIONS, levelReading: BINS_ALIKE } : DEFAULT_OPTIONS;

/**
 * What side B is in a session of each kind: `aa` suite/ itself; `inj10` and `inj5` every change 10% or
 * 5% (each curve's operation longer, each timed figure's rate lower, socket O(n): inject/suites.ts);
 * `socket300` socket's timed region 300 ns longer, nothing else.
 */
export type Kind = 'aa' | 'inj10' | 'socket300' | 'inj5';
export const KINDS: readonly Kind[] = ['aa', 'inj10', 'socket300', 'inj5'];

/** Rounds every benchmark gets before the first look, as `scalewatch ab` runs by default. */
export const FIRST = DEFAULT_ROUNDS.quick;

/** How side B changes a benchmark in a session of this kind: its level, socket's order, or not at all. */
export function expected(kind: Kind, bench: string): 'level' | 'order' | null {
  if (kind === 'aa') return null;
  if (kind === 'socket300') return bench === 'socket' ? 'level' : null;
  if (bench === 'socket') return 'order';
  return CURVES.some((c) => c.name === bench) || TIMED_FIGURES.has(bench) ? 'level' : null;
}

/** What session.json holds: written last, so a folder with it is a complete session. */
export interface SessionInfo {
  kind: Kind;
  loaded: boolean;
  /** What ran beside it (bench:sequential's SEQ_CONDITION); absent in sessions kept before it was recorded. */
  condition?: 'quiet' | 'busy' | 'keepers' | 'pinned';
  /** How its stages chose (bench:sequential's SEQ_STAGES); absent in sessions kept before: `alike`. */
  stages?: StageRule;
  seconds: number;
  load: number;
  started: string;
  /** The report of the run as it ran (the analysis of its day). */
  report: CompareReport;
}

export interface StoredSession {
  name: string;
  info: SessionInfo;
  /** Side A's results (the reference) and side B's. */
  a: ResultSet;
  b: ResultSet;
}

/** The names of the complete sessions in `dir`, in name order. */
export function sessionNames(dir = CAMPAIGN_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[a-z0-9]+-\d+$/.test(name) && existsSync(join(dir, name, 'session.json')))
    .sort();
}

/** A complete session's files, read; null when it is not complete. */
export function readSession(name: string, dir = CAMPAIGN_DIR): StoredSession | null {
  const path = join(dir, name, 'session.json');
  if (!existsSync(path)) return null;
  const info = JSON.parse(readFileSync(path, 'utf8')) as SessionInfo;
  const files = targetFiles(join(dir, name), 'local');
  const read = (p: string) => parseResults(readFileSync(p, 'utf8'), p);
  return { name, info, a: read(files.reference), b: read(files.results) };
}

export const LABELS = { a: { label: 'A' }, b: { label: 'B' } };

/** The rounds each benchmark of a side has (its highest run index + 1). */
export function roundsMeasured(rs: ResultSet): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of [...rs.samples, ...rs.values]) out.set(r.bench, Math.max(out.get(r.bench) ?? 0, r.run + 1));
  return out;
}

/** A session's first `rounds` rounds judged in one look, as a run of that fixed size would be. */
export function judgeFirst(s: Pick<StoredSession, 'a' | 'b'>, rounds = FIRST): CompareReport {
  const keep = (x: { run: number }) => x.run < rounds;
  return compareAb({ a: keepRecords(s.a, keep), b: keepRecords(s.b, keep) }, LABELS, rounds, OPTIONS);
}

/**
 * A session judged until decided by today's analysis: the looks are taken where the run took them
 * (the round counts its stages ended at), each over the benchmarks still open that have those rounds.
 * A session measured under an older rule keeps the rounds that rule chose: a benchmark the old rule
 * closed early and today's would not stays at its last look.
 */
export function rejudge(s: Pick<StoredSession, 'a' | 'b'>): CompareReport {
  const looks = planLooks(FIRST, DEFAULT_MAX_ROUNDS.quick, OPTIONS.alpha);
  const roundsOf = roundsMeasured(s.b);
  const ends = [...new Set([...roundsOf.entries()].filter(([b]) => b !== CALIB_NAME).map(([, n]) => n))].filter((n) => n >= FIRST).sort((x, y) => x - y);
  const taken: TakenLook[] = [];
  let open: Set<string> | null = null;
  for (const [i, end] of ends.slice(0, looks.length).entries()) {
    const names = new Set([...roundsOf.entries()].filter(([b, n]) => n >= end && (open === null || open.has(b))).map(([b]) => b));
    if (names.size === 0) break;
    const keep = (x: { bench: string; run: number }) => (names.has(x.bench) || x.bench === CALIB_NAME) && x.run < end;
    const report = compareAb({ a: keepRecords(s.a, keep), b: keepRecords(s.b, keep) }, LABELS, end, lookOptions(OPTIONS, looks[i]!));
    taken.push({ look: looks[i]!, rounds: end, report });
    open = new Set(openBenches(report));
    if (open.size === 0) break;
  }
  return joinLooks(taken, OPTIONS.alpha);
}
