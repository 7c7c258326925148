import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeResults } from '../../src/analysis/analyze.js';
import { inputFiles, loadSummaries, writeBaseline } from '../../src/baseline/io.js';
import { formatBaseline, toBaselineFile } from '../../src/baseline/model.js';
import { UserError } from '../../src/errors.js';
import { resultSet, type CurveSpec } from '../../corpus/corpus.js';

const spec: CurveSpec = { bench: 'socket', order: 'O(1)', base: 800, growth: 0, maxN: 2000, runs: 3, stride: 5, noise: 0.05 };
const baseline = (target: string, seed: number) => toBaselineFile(analyzeResults(resultSet(target, [spec], [], seed)), `${target}.jsonl`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scalewatch-io-'));
});

describe('writeBaseline', () => {
  it('writes a new file and nothing else', () => {
    const out = writeBaseline(dir, baseline('freebsd-14', 1));
    expect(out).toEqual({ path: join(dir, 'freebsd-14.json'), backup: null, unchanged: false });
    expect(readdirSync(dir)).toEqual(['freebsd-14.json']);
  });

  it('keeps the previous baseline as .bak when replacing it', () => {
    const first = baseline('freebsd-14', 1);
    writeBaseline(dir, first);
    const out = writeBaseline(dir, baseline('freebsd-14', 2));
    expect(out.backup).toBe(join(dir, 'freebsd-14.json.bak'));
    expect(readFileSync(out.backup!, 'utf8')).toBe(formatBaseline(first));
    expect(readdirSync(dir).sort()).toEqual(['freebsd-14.json', 'freebsd-14.json.bak']);
  });

  it('does not touch a file that already holds exactly this baseline', () => {
    writeBaseline(dir, baseline('freebsd-14', 1));
    expect(writeBaseline(dir, baseline('freebsd-14', 1)).unchanged).toBe(true);
    expect(readdirSync(dir)).toEqual(['freebsd-14.json']);
  });

  it.each([
    ['corrupt', '{"format": "scalewatch-baseline", "version": 1, "target": 3', /not valid JSON; refusing to overwrite/],
    ['foreign', '{"name": "something else"}', /not a scalewatch baseline.*refusing to overwrite/],
  ])('refuses to replace a %s file unless forced, and keeps it when forced', (_kind, content, message) => {
    const path = join(dir, 'freebsd-14.json');
    writeFileSync(path, content);
    expect(() => writeBaseline(dir, baseline('freebsd-14', 1))).toThrow(UserError);
    expect(() => writeBaseline(dir, baseline('freebsd-14', 1))).toThrow(message);
    expect(readFileSync(path, 'utf8')).toBe(content);
    const out = writeBaseline(dir, baseline('freebsd-14', 1), true);
    expect(readFileSync(out.backup!, 'utf8')).toBe(content);
  });

  it("refuses to replace another target's baseline", () => {
    writeFileSync(join(dir, 'freebsd-14.json'), formatBaseline({ ...baseline('netbsd-10', 1) }));
    expect(() => writeBaseline(dir, baseline('freebsd-14', 1))).toThrow(/holds the baseline of target "netbsd-10"/);
  });
});

describe('loadSummaries', () => {
  it('reads baselines and raw results alike from a directory, and refuses two files for one target', () => {
    writeBaseline(dir, baseline('freebsd-14', 1));
    const rs = resultSet('netbsd-10', [spec], [], 3);
    writeFileSync(join(dir, 'netbsd.jsonl'), [rs.meta, ...rs.samples].map((r) => JSON.stringify(r)).join('\n'));
    expect(loadSummaries(dir, '--baseline').map((t) => t.summary.target).sort()).toEqual(['freebsd-14', 'netbsd-10']);
    const rs2 = resultSet('netbsd-10', [spec], [], 4);
    writeFileSync(join(dir, 'netbsd-again.jsonl'), [rs2.meta, ...rs2.samples].map((r) => JSON.stringify(r)).join('\n'));
    expect(() => loadSummaries(dir, '--baseline')).toThrow(/two files for target "netbsd-10"/);
  });

  it('names a missing path', () => {
    expect(() => loadSummaries(join(dir, 'nope'), '--current')).toThrow('--current');
  });
});

describe('inputFiles', () => {
  it("takes a folder's runs and baselines, and passes by what a measurement leaves beside a run", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-inputs-'));
    for (const name of ['local.jsonl', 'local.recheck.jsonl', 'local.base.jsonl', 'local.compare.json', 'local.meta.json', 'pull-request.json', 'freebsd-15.json']) writeFileSync(join(dir, name), '{}\n');
    expect(inputFiles(dir, '--from').map((f) => f.slice(dir.length + 1))).toEqual(['freebsd-15.json', 'local.jsonl']);
    expect(inputFiles(dir, '--from', ['.jsonl']).map((f) => f.slice(dir.length + 1))).toEqual(['local.jsonl']);
    // A file named on its own is read, whatever it is.
    expect(inputFiles(join(dir, 'local.base.jsonl'), '--baseline')).toEqual([join(dir, 'local.base.jsonl')]);
  });
});
