/**
 * npm run bench:accuracy — measure the analysis and the comparison against the corpus's known truth
 * (corpus/corpus.ts) and write the figures into docs/analysis.md between the accuracy markers.
 * Everything is seeded, so a rerun gives the same numbers unless the code changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeResults } from '../src/analysis/analyze.js';
import { ORDERS } from '../src/analysis/types.js';
import { parseResults } from '../src/suite/protocol.js';
import { aaReport, BASELINE_SESSIONS, compareCases, curveCases, isAlarm, runCompareCases, scoreCurveCase, type CurveScore } from '../corpus/evaluate.js';

const CURVE_SEEDS = [1, 2, 3, 4, 5];
const COMPARE_SEEDS = [1, 2, 3, 4, 5];
const AA_SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const DOC = new URL('../../../docs/analysis.md', import.meta.url);

const pct = (k: number, n: number): string => `${((100 * k) / Math.max(n, 1)).toFixed(1)}% (${k}/${n})`;
const lines: string[] = [];

// Scaling orders, steps, bimodality.
const cases = curveCases();
const scores: CurveScore[] = [];
for (const c of cases) for (const seed of CURVE_SEEDS) scores.push(scoreCurveCase(c, seed));
const right = scores.filter((s) => s.orderOk).length;
const confident = scores.filter((s) => s.confident);
lines.push(`Curve corpus: ${cases.length} curves × ${CURVE_SEEDS.length} seeds = ${scores.length} analyses.`, '');
lines.push(`| measure | result |`, `| --- | --- |`);
lines.push(`| scaling order right | ${pct(right, scores.length)} |`);
lines.push(`| marked confident | ${pct(confident.length, scores.length)} |`);
lines.push(`| order right when confident | ${pct(confident.filter((s) => s.orderOk).length, confident.length)} |`);
const stepsTrue = scores.reduce((s, x) => s + x.stepsTrue, 0);
const stepsMatched = scores.reduce((s, x) => s + x.stepsMatched, 0);
const stepsFalse = scores.reduce((s, x) => s + Math.max(0, x.stepsFound - x.stepsMatched), 0);
lines.push(`| steps and dents found (n within 5%, factor within 15%) | ${pct(stepsMatched, stepsTrue)} |`);
lines.push(`| steps or dents reported that are not there | ${stepsFalse} in ${scores.length} analyses |`);
lines.push(`| bimodal or not, right | ${pct(scores.filter((s) => s.bimodalOk).length, scores.length)} |`);
lines.push('', 'By true order:', '', `| true order | right | found instead |`, `| --- | --- | --- |`);
for (const order of ORDERS) {
  const of = scores.filter((s) => s.truth === order);
  const wrong = of.filter((s) => !s.orderOk);
  const instead = [...new Set(wrong.map((s) => s.found))].map((o) => `${o} ×${wrong.filter((s) => s.found === o).length}`).join(', ');
  lines.push(`| ${order} | ${pct(of.length - wrong.length, of.length)} | ${instead || '—'} |`);
}
const misses = [...new Set(scores.filter((s) => !s.orderOk || !s.bimodalOk || s.stepsMatched < s.stepsTrue || s.stepsFound > s.stepsMatched).map((s) => s.name))];
if (misses.length) lines.push('', `Curves with any miss: ${misses.map((m) => `“${m}”`).join(', ')}.`);

// Comparisons with known outcomes.
const outcomes = COMPARE_SEEDS.flatMap((seed) => runCompareCases(seed));
const compareRight = outcomes.filter((o) => o.r.verdict === o.c.verdict).length;
lines.push('', `Comparison corpus (each baseline of ${BASELINE_SESSIONS} sessions): ${compareCases().length} pairs × ${COMPARE_SEEDS.length} seeds = ${outcomes.length} comparisons; verdict right: ${pct(compareRight, outcomes.length)}.`, '');
lines.push(`| expected verdict | right | got instead |`, `| --- | --- | --- |`);
for (const v of [...new Set(outcomes.map((o) => o.c.verdict))]) {
  const of = outcomes.filter((o) => o.c.verdict === v);
  const wrong = of.filter((o) => o.r.verdict !== v);
  const instead = [...new Set(wrong.map((o) => o.r.verdict))].map((w) => `${w} ×${wrong.filter((o) => o.r.verdict === w).length}`).join(', ');
  lines.push(`| ${v} | ${pct(of.length - wrong.length, of.length)} | ${instead || '—'} |`);
}

// A/A: the false-alarm rate, on a quiet host and on a noisy one.
lines.push('', `A/A: ${AA_SEEDS.length} reports per host kind, each an independent run of a five-target full suite (8 curves + 4 figures a target) against a stored baseline of ${BASELINE_SESSIONS} independent sessions of it, compared as one report. Quiet: 5 runs differing by 1%, figures ±2%. Noisy: 3 runs differing by 3%, figures ±4%.`, '');
lines.push(`| measure | quiet host | noisy host |`, `| --- | --- | --- |`);
const aa = [false, true].map((noisyHost) => {
  const reports = AA_SEEDS.map((seed) => aaReport(seed, noisyHost));
  return { reports, all: reports.flat() };
});
const row = (label: string, f: (x: (typeof aa)[number]) => string) => lines.push(`| ${label} | ${aa.map(f).join(' | ')} |`);
row('false alarms (regressed, improved, scaling-*)', (x) => pct(x.all.filter(isAlarm).length, x.all.length));
row('reports with at least one false alarm', (x) => pct(x.reports.filter((r) => r.some(isAlarm)).length, x.reports.length));
row('noisy', (x) => pct(x.all.filter((r) => r.verdict === 'noisy').length, x.all.length));
row('unchanged', (x) => pct(x.all.filter((r) => r.verdict === 'unchanged').length, x.all.length));

// Real results from the development host.
for (const name of ['local-linux.jsonl', 'local-socket.jsonl']) {
  const text = readFileSync(new URL(`../../../corpus/host/${name}`, import.meta.url), 'utf8');
  const t = analyzeResults(parseResults(text, name));
  const found = t.benchmarks.map((b) => (b.kind === 'curve' ? `${b.bench} ${b.findings?.order ?? '—'}${b.findings?.bimodal ? ' (bimodal)' : ''}` : b.bench)).join(', ');
  lines.push('', `Real results \`corpus/host/${name}\` (${t.machine.os} ${t.machine.release}, ${t.machine.ncpu} CPUs): ${found}.`);
}

const block = lines.join('\n');
console.log(block);
const doc = readFileSync(DOC, 'utf8');
const begin = '<!-- accuracy:begin (written by npm run bench:accuracy) -->';
const end = '<!-- accuracy:end -->';
const from = doc.indexOf(begin);
const to = doc.indexOf(end);
if (from < 0 || to < 0) throw new Error('docs/analysis.md has no accuracy markers');
writeFileSync(DOC, `${doc.slice(0, from + begin.length)}\n${block}\n${doc.slice(to)}`);
console.log('\nwrote docs/analysis.md');
