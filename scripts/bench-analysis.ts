/**
 * npm run bench:analysis — how fast analysis and comparison are on a full suite's worth of results.
 *
 * Five targets, each with the full suite's shape (benches.ts "full": eight curves measured at every n,
 * five runs, 486,000 samples a target, 2.43 million in all) plus four figures of seven repetitions.
 * The baselines are stored baseline files made beforehand from another seed. Timed: reading those
 * baselines, analyzing each target's raw samples, and the comparison of all five: what `scalewatch
 * compare --baseline baselines --current results` does after parsing the JSON Lines. Generating the
 * samples is not timed; peak memory (max RSS) is of the whole process, generation included.
 * With --write-doc the table also goes into docs/analysis.md (npm run bench:analysis -- --write-doc).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analyzeResults } from '../src/analysis/analyze.js';
import type { TargetSummary } from '../src/analysis/types.js';
import { formatBaseline, fromBaselineFile, parseBaseline, toBaselineFile } from '../src/baseline/model.js';
import { compareTargets } from '../src/compare/compare.js';
import { fullSuite, resultSet } from '../corpus/corpus.js';

const TARGETS = ['freebsd-14', 'netbsd-10', 'openbsd-7', 'dragonfly-6', 'debian-12'];
const REPEATS = 5;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const { curves, figures } = fullSuite();
// Each target gets its own twist, so the comparison has something to find.
const current = (i: number) => curves.map((c) => (i === 1 && c.bench === 'fork' ? { ...c, scale: 1.1 } : i === 2 && c.bench === 'touch' ? { ...c, order: 'O(n)' as const, growth: 2 } : c));

const baselineText = TARGETS.map((t, i) => {
  gc();
  return formatBaseline(toBaselineFile(analyzeResults(resultSet(t, curves, figures, 1000 + i)), `${t}.jsonl`));
});

const rounds: { total: number; cpu: number; analyze: number; compare: number; samples: number }[] = [];
let verdicts = '';
for (let round = 0; round < REPEATS; round++) {
  let analyzeMs = 0;
  let cpuMs = 0;
  let samples = 0;
  const cpu = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const currents: TargetSummary[] = [];
  const start = performance.now();
  const startCpu = cpu();
  const baselines = baselineText.map((text, i) => fromBaselineFile(parseBaseline(text, `${TARGETS[i]}.json`)));
  analyzeMs += performance.now() - start;
  cpuMs += cpu() - startCpu;
  for (let i = 0; i < TARGETS.length; i++) {
    // One target's raw records at a time, as the CLI reads one results file at a time.
    gc();
    const results = resultSet(TARGETS[i]!, current(i), figures, 2000 + 10 * round + i);
    samples += results.samples.length;
    gc();
    const t0 = performance.now();
    const c0 = cpu();
    currents.push(analyzeResults(results));
    analyzeMs += performance.now() - t0;
    cpuMs += cpu() - c0;
    if (process.env.BENCH_TRACE) console.error(`after ${TARGETS[i]}: cpu ${(cpu() - c0).toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB, max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  }
  const t1 = performance.now();
  const c1 = cpu();
  const report = compareTargets(baselines, currents);
  const compareMs = performance.now() - t1;
  cpuMs += cpu() - c1;
  verdicts = Object.entries(report.summary.verdicts).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`).join(', ');
  rounds.push({ total: analyzeMs + compareMs, cpu: cpuMs, analyze: analyzeMs, compare: compareMs, samples });
}

const maxRssMb = process.resourceUsage().maxRSS / 1024;
const middle = <T>(values: T[], key: (v: T) => number): number => values.map(key).sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const median = middle(rounds, (r) => r.total);
const medianCpu = middle(rounds, (r) => r.cpu);
const best = Math.min(...rounds.map((r) => r.total));
const load = loadavg()[0]!.toFixed(1);
const out = [
  `${TARGETS.length} targets × full suite: ${rounds[0]!.samples.toLocaleString('en')} samples a round, ${figures.length} figures × 7 repetitions a target; node ${process.version}, load average ${load} on ${process.env.BENCH_HOST ?? 'this host'}.`,
  '',
  '| round | wall time | CPU time, all threads | read baselines + analyze | compare |',
  '| --- | --- | --- | --- | --- |',
  ...rounds.map((r, i) => `| ${i + 1}${i === 0 ? ' (cold: JIT, mathjs set-up)' : ''} | ${r.total.toFixed(0)} ms | ${r.cpu.toFixed(0)} ms | ${r.analyze.toFixed(0)} ms | ${r.compare.toFixed(1)} ms |`),
  '',
  `Median of ${REPEATS} rounds: **${median.toFixed(0)} ms** wall (best ${best.toFixed(0)} ms), ${medianCpu.toFixed(0)} ms CPU (V8 compiles and collects garbage on other threads too, so CPU can exceed wall time); peak memory (max RSS of the whole process, generation included): **${maxRssMb.toFixed(0)} MB**. Verdicts of each round: ${verdicts}.`,
  `Budget (under 1 s and 300 MB): ${median < 1000 && maxRssMb < 300 ? 'met' : 'NOT met'}.`,
].join('\n');
console.log(out);
if (process.argv.includes('--write-doc')) {
  const doc = new URL('../../../docs/analysis.md', import.meta.url);
  const text = readFileSync(doc, 'utf8');
  const begin = '<!-- speed:begin (written by npm run bench:analysis) -->';
  const end = '<!-- speed:end -->';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error('docs/analysis.md has no speed markers');
  writeFileSync(doc, `${text.slice(0, from + begin.length)}\n${out}\n${text.slice(to)}`);
  console.log('wrote docs/analysis.md');
}
