/**
 * Baselines of several sessions: merging keeps every run with its session, the oldest sessions go
 * past the limit, machines must match, and `baseline update` makes and extends them from results files
 * without ever writing over a bad file.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import type { CurveSummary, FigureSummary } from '../../src/analysis/types.js';
import { checkBaseline, formatBaseline, fromBaselineFile, toBaselineFile, type StoredCurve, type StoredFigure } from '../../src/baseline/model.js';
import { addSessions, MAX_SESSIONS, referenceCommit, sessionsOf } from '../../src/baseline/sessions.js';
import { summarizeResults } from '../../src/baseline/summarize.js';
import { UserError } from '../../src/errors.js';
import { resultSet, type CurveSpec, type FigureSpec } from '../../corpus/corpus.js';
import { cli, writeResults } from '../helpers/cli.js';

const curve: CurveSpec = { bench: 'socket', order: 'O(1)', base: 800, growth: 0, maxN: 500, runs: 3, stride: 2, noise: 0.05 };
const figure: FigureSpec = { bench: 'pipe', median: 1000, unit: 'MB/s', better: 'higher', reps: 4, noise: 0.02 };
const session = (seed: number, extra: Partial<CurveSpec> = {}) => resultSet('local', [{ ...curve, ...extra }], [figure], seed);
const file = (seed: number, source = `s${seed}.jsonl`) => toBaselineFile(analyzeResults(session(seed)), source);

describe('addSessions', () => {
  it('keeps every run and repetition, each with its session, and lists the sessions', () => {
    const merged = addSessions(file(1), file(2));
    expect(sessionsOf(merged)).toEqual([{ source: 's1.jsonl' }, { source: 's2.jsonl' }]);
    const socket = merged.benchmarks.socket as StoredCurve;
    expect(socket.runs).toBe(6);
    expect(socket.sessions).toEqual([0, 0, 0, 1, 1, 1]);
    for (const p of socket.points) expect(p[5]).toHaveLength(6);
    expect((merged.benchmarks.pipe as StoredFigure).sessions).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    // A valid version-1 baseline, read back with its sessions.
    const check = checkBaseline(JSON.stringify(merged));
    expect(check.ok).toBe(true);
    const summary = fromBaselineFile(merged);
    expect((summary.benchmarks.find((b) => b.bench === 'socket') as CurveSummary).sessions).toEqual([0, 0, 0, 1, 1, 1]);
    expect((summary.benchmarks.find((b) => b.bench === 'pipe') as FigureSummary).values).toHaveLength(8);
  });

  it(`keeps at most ${MAX_SESSIONS} sessions, dropping the oldest`, () => {
    let b = file(1);
    for (let s = 2; s <= MAX_SESSIONS + 2; s++) b = addSessions(b, file(s));
    expect(sessionsOf(b).map((x) => x.source)).toEqual(Array.from({ length: MAX_SESSIONS }, (_, i) => `s${i + 3}.jsonl`));
    const socket = b.benchmarks.socket as StoredCurve;
    expect(socket.runs).toBe(3 * MAX_SESSIONS);
    expect(new Set(socket.sessions)).toEqual(new Set(Array.from({ length: MAX_SESSIONS }, (_, i) => i)));
  });

  it('refuses sessions of another target or another kind of machine, in one sentence', () => {
    const other = toBaselineFile(analyzeResults(resultSet('freebsd-14', [curve], [figure], 3)), 'f.jsonl');
    expect(() => addSessions(file(1), other)).toThrow(UserError);
    const elsewhere = toBaselineFile(analyzeResults({ ...session(4), meta: { ...session(4).meta, cpu: 'another CPU' } }), 'x.jsonl');
    expect(() => addSessions(file(1), elsewhere)).toThrow(/one kind of machine.*replace the baseline instead/);
  });
});

describe('scalewatch baseline update with sessions', () => {
  it('makes one baseline of several sessions from a directory of results files, and adds one more on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-sessions-'));
    const runs = join(dir, 'runs');
    mkdirSync(runs);
    for (const s of [1, 2, 3]) writeResults(join(runs, `local-${s}.jsonl`), session(s));
    const made = await cli('baseline', 'update', '--from', runs, '--dir', join(dir, 'baselines'));
    expect(made.err).toBe('');
    expect(made.out).toMatch(/wrote .*local\.json \(3 sessions\)/);
    const more = join(dir, 'more');
    mkdirSync(more);
    writeResults(join(more, 'local.jsonl'), session(4));
    const added = await cli('baseline', 'update', '--from', more, '--dir', join(dir, 'baselines'), '--add-session');
    expect(added.out).toMatch(/\(4 sessions\)/);
    const stored = JSON.parse(readFileSync(join(dir, 'baselines', 'local.json'), 'utf8')) as { sessions: { source: string }[] };
    expect(stored.sessions.map((s) => s.source)).toEqual(['local-1.jsonl', 'local-2.jsonl', 'local-3.jsonl', 'local.jsonl']);
    // compare says what the levels were judged against.
    const compared = await cli('compare', '--baseline', join(dir, 'baselines'), '--current', join(more, 'local.jsonl'));
    expect(compared.out).toContain('baseline of 4 sessions: each level is judged against how much it moved between them');
  });

  it('leaves a corrupt baseline as it was when asked to add a session to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-sessions-bad-'));
    writeResults(join(dir, 'local.jsonl'), session(1));
    mkdirSync(join(dir, 'baselines'));
    writeFileSync(join(dir, 'baselines', 'local.json'), '{ not json');
    const r = await cli('baseline', 'update', '--from', join(dir, 'local.jsonl'), '--dir', join(dir, 'baselines'), '--add-session');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/local\.json is not valid JSON\.\n$/);
    expect(readFileSync(join(dir, 'baselines', 'local.json'), 'utf8')).toBe('{ not json');
  });
});

describe('the commit a baseline stands for', () => {
  const c1 = 'a'.repeat(40);
  const c2 = 'b'.repeat(40);
  const at = (seed: number, commit: string, dirty: boolean) => summarizeResults(resultSet('local', [curve], [figure], seed, { commit, dirty }), `s${seed}.jsonl`);

  it('is recorded from a run of a clean checkout, never from one with changes', () => {
    expect(at(1, c1, false).commit).toBe(c1);
    expect(at(1, c1, true).commit).toBeUndefined();
    expect(summarizeResults(session(1), 'plain.jsonl').commit).toBeUndefined();
    expect(checkBaseline(formatBaseline(at(1, c1, false))).ok).toBe(true);
    expect(checkBaseline(formatBaseline({ ...at(1, c1, false), commit: 'HEAD' })).ok).toBe(false);
  });

  it('is kept per session as sessions are added, and the newest session names the reference', () => {
    const two = addSessions(at(1, c1, false), at(2, c2, false));
    expect(sessionsOf(two).map((s) => s.commit)).toEqual([c1, c2]);
    expect(two.commit).toBeUndefined();
    expect(referenceCommit(two)).toBe(c2);
    expect(referenceCommit(addSessions(two, at(3, c1, true)))).toBeUndefined();
    expect(referenceCommit(at(1, c1, false))).toBe(c1);
  });
});
