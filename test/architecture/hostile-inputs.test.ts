/**
 * Property-based tests of every input scalewatch does not control (fast-check): suite protocol lines
 * from a guest, results files, baseline files from a pull request, and the artifacts of a fork's run
 * (`<target>.meta.json`, `<target>.compare.json`). Generated malformed and hostile: JSON of any shape
 * and depth, valid records with values pushed to the edges (huge, negative, fractional), control
 * characters, Markdown and HTML in names. Whatever comes: no crash, at most one clear sentence,
 * nothing written over, nothing injected into a comment. More than 10,000 inputs in all (RUNS).
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFolderReport } from '../../src/run/folder.js';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { checkWritable } from '../../src/baseline/io.js';
import { checkBaseline, toBaselineFile } from '../../src/baseline/model.js';
import { parseCompareReport } from '../../src/compare/report-file.js';
import { MARKER, renderReport } from '../../src/report/markdown.js';
import { parseLine, parseResults } from '../../src/suite/protocol.js';
import { reportOf, row } from '../report/fixtures.js';

/** Inputs generated per property; the total is asserted at the end. */
const RUNS = { lines: 3000, files: 800, baselines: 2500, artifacts: 1500, compares: 1500, comments: 1000 };
let generated = 0;
const check = <T>(arb: fc.Arbitrary<T>, runs: number, property: (value: T) => void) => {
  fc.assert(fc.property(arb, (v) => {
    generated++;
    property(v);
  }), { numRuns: runs, seed: 20261129 });
};

/** Text meant to hurt: control characters, Markdown, HTML, mentions, links, table breakers. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '@octocat', '#1', '[x](javascript:alert(1))', '| a | b |', '\n## heading', '<!-- scalewatch:report -->', '`code`', '**bold**', 'https://evil.example/x', '\u0000\u001b[31m', '\u2028', 'x'.repeat(5000)),
);
/** Numbers at the edges of what JSON can carry. */
const edgeNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 5e-324, 1e21), fc.nat());
/** A value of any JSON shape, nested deep. */
const anyJson = fc.jsonValue({ depthSize: 'large', maxDepth: 30 });

/** One protocol record, valid or nearly: a real shape with fields replaced by hostile values. */
const record = fc.oneof(
  fc.record({ type: fc.constant('sample'), bench: nasty, run: edgeNumber, n: edgeNumber, ns: edgeNumber }),
  fc.record({ type: fc.constant('value'), bench: nasty, run: edgeNumber, value: edgeNumber, unit: nasty, better: fc.constantFrom('higher', 'lower', 'sideways') }),
  fc.record({ type: fc.constant('error'), bench: nasty, run: edgeNumber, message: nasty }),
  fc.record({ type: fc.constant('meta'), target: nasty, os: nasty, release: nasty, arch: nasty, ncpu: edgeNumber, cpu: nasty, cc: nasty }),
  fc.record({ type: fc.constantFrom('sample', 'meta', 'value', 'error', 'bogus'), payload: anyJson }),
);
const line = fc.oneof(record.map((r) => JSON.stringify(r)), anyJson.map((j) => JSON.stringify(j)), nasty);

describe('hostile inputs', () => {
  it('protocol lines: never throws; a refused line has a short reason on one line', () => {
    check(line, RUNS.lines, (text) => {
      const parsed = parseLine(text);
      if (parsed.ok) {
        const r = parsed.record;
        if (r.type === 'sample') expect(Number.isFinite(r.ns) && Number.isInteger(r.n) && r.n >= 0).toBe(true);
      } else {
        expect(parsed.reason.length).toBeLessThan(400);
        expect(parsed.reason).not.toContain('\n');
      }
    });
  });

  it('results files: read or refused in one sentence; whatever is read can be analyzed', () => {
    const meta = JSON.stringify({ type: 'meta', target: 'evil', os: 'Linux', release: '6', arch: 'x86_64', ncpu: 2, cpu: 'x', cc: 'gcc' });
    check(fc.tuple(fc.boolean(), fc.array(line, { maxLength: 40 })), RUNS.files, ([withMeta, lines]) => {
      const text = (withMeta ? [meta, ...lines] : lines).join('\n');
      let results;
      try {
        results = parseResults(text, 'x.jsonl');
      } catch (err) {
        expect((err as Error).message).toMatch(/^x\.jsonl has no meta line, so it is not a scalewatch results file\.$/);
        return;
      }
      expect(() => analyzeResults(results)).not.toThrow();
    });
  });

  it('baseline files: checked without throwing; a bad file in the way is never written over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scalewatch-hostile-'));
    const valid = toBaselineFile(analyzeResults(parseResults(`${JSON.stringify({ type: 'meta', target: 'evil', os: 'Linux', release: '6', arch: 'x86_64', ncpu: 2, cpu: 'x', cc: 'gcc' })}\n`)), 'x.jsonl');
    // Real baselines with one field made hostile, and JSON of any shape.
    const mutated = fc.tuple(fc.constantFrom('target', 'format', 'version', 'machine', 'benchmarks', 'sessions'), anyJson).map(([k, v]) => JSON.stringify({ ...valid, [k]: v }));
    check(fc.oneof(mutated, anyJson.map((j) => JSON.stringify(j)), nasty), RUNS.baselines, (text) => {
      const c = checkBaseline(text);
      if (c.ok) return;
      expect(c.reason).not.toContain('\n');
      // The same text as the committed baselines/evil.json: an update must leave it alone.
      mkdirSync(join(dir, 'baselines'), { recursive: true });
      writeFileSync(join(dir, 'baselines', 'evil.json'), text);
      expect(() => checkWritable(join(dir, 'baselines'), valid, false)).toThrow(/\S/);
      expect(readFileSync(join(dir, 'baselines', 'evil.json'), 'utf8')).toBe(text);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it("a fork's artifacts: meta.json and compare.json of any shape are read, kept to known fields, or turned into the target's failure", () => {
    const dir = mkdtempSync(join(tmpdir(), 'scalewatch-artifact-'));
    const good = JSON.stringify(reportOf([row('evil', 'socket', 'regressed', 0.1, [0.05, 0.15], 'O(1)', 'O(1)')]));
    const meta = fc.oneof(fc.record({ os: fc.oneof(nasty, anyJson), ncpu: fc.oneof(edgeNumber, anyJson), seconds: edgeNumber, failure: nasty, comparedWith: nasty, extra: anyJson }).map((m) => JSON.stringify(m)), anyJson.map((j) => JSON.stringify(j)), nasty);
    const compare = fc.oneof(fc.constant(good), anyJson.map((j) => JSON.stringify(j)), nasty);
    check(fc.tuple(meta, compare), RUNS.artifacts, ([m, c]) => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      writeFileSync(join(dir, 'evil.meta.json'), m);
      writeFileSync(join(dir, 'evil.compare.json'), c);
      const { report: read } = readFolderReport(dir, { baselinesDir: join(dir, 'baselines'), threshold: 0.05, log: () => {} });
      const t = read.targets[0]!;
      expect(Object.keys(t).every((k) => ['target', 'os', 'release', 'arch', 'fs', 'driver', 'failure', 'ncpu', 'seconds'].includes(k))).toBe(true);
      for (const k of ['os', 'failure'] as const) if (t[k] !== undefined) expect(typeof t[k] === 'string' && t[k].length <= 500).toBe(true);
      for (const k of ['ncpu', 'seconds'] as const) if (t[k] !== undefined) expect(Number.isFinite(t[k])).toBe(true);
      if (c !== good) expect(read.compare.results.length === 0 || c === good).toBe(true);
    });
    rmSync(dir, { recursive: true, force: true });
  });

  it('compare results: parsed or refused with one sentence naming the file', () => {
    const good = reportOf([row('evil', 'socket', 'regressed', 0.1, [0.05, 0.15], 'O(1)', 'O(1)')]);
    const field = fc.constantFrom('target', 'bench', 'kind', 'verdict', 'change', 'ci', 'ciLevel', 'baselineOrder', 'currentOrder', 'growth', 'better', 'p', 'q', 'noise', 'caution', 'note');
    const mutated = fc.tuple(field, fc.oneof(anyJson, nasty, edgeNumber)).map(([k, v]) => JSON.stringify({ ...good, results: [{ ...good.results[0], [k]: v }] }));
    check(fc.oneof(mutated, anyJson.map((j) => JSON.stringify(j)), nasty), RUNS.compares, (text) => {
      try {
        parseCompareReport(text, 'evil.compare.json');
      } catch (err) {
        const message = (err as Error).message;
        expect(message).toMatch(/^evil\.compare\.json is not (JSON|a scalewatch compare result)/);
        expect(message).not.toContain('\n');
      }
    });
  });

  it('the comment: names, notes and failures of any text add no HTML, link, mention, heading or table cell', () => {
    const name = fc.tuple(nasty, nasty).map(([a, b]) => `${a}${b}`.slice(0, 200) || 'x');
    check(fc.record({ target: name, bench: name, note: nasty, failure: nasty, verdict: fc.constantFrom('regressed', 'noisy', 'failed', 'missing', 'new', 'unchanged') }), RUNS.comments, (g) => {
      const text = renderReport(
        { compare: reportOf([row(g.target, g.bench, g.verdict, 0.1, [0.05, 0.15], 'O(1)', 'O(1)', g.note)]), targets: [{ target: g.target }, { target: 'other', failure: g.failure }], threshold: 0.05 },
        { budget: 65_000, elsewhere: 'the artifacts' },
      );
      expect(text.split(MARKER)).toHaveLength(2);
      expect(text).not.toMatch(/(?<!\\)<(img|script|!--(?! scalewatch))/i);
      expect(text).not.toMatch(/(?<!\\)\]\(/);
      expect(text).not.toMatch(/@(octocat|github|admin)/);
      expect(text).not.toMatch(/^#{1,6} (?!❌|✅)/m);
      // Every row of a table has exactly as many cells as the table's header.
      let cells = 0;
      for (const l of text.split('\n')) {
        if (!l.startsWith('|')) {
          cells = 0;
          continue;
        }
        const n = l.replace(/\\\|/g, '').split('|').length;
        if (cells === 0) cells = n;
        else expect(n, l).toBe(cells);
      }
    });
  });

  it(`generated at least 10,000 inputs (${Object.values(RUNS).reduce((a, b) => a + b, 0)} planned)`, () => {
    expect(generated).toBeGreaterThanOrEqual(10_000);
  });
});
