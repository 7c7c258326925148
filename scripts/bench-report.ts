/**
 * npm run bench:report — how fast `scalewatch report` is on a full five-target result.
 *
 * Five synthetic targets with the full suite's shape (eight curves measured at every n, five runs:
 * 486,000 samples a target, 2.43 million in all, plus four figures of seven repetitions), seeded,
 * against stored baselines made beforehand from another seed. Timed: parsing the stored baselines,
 * analyzing each target's raw samples and thinning them for the charts (prepareTarget), the comparison,
 * the Markdown and the HTML page with every chart drawn by Vega (buildReport). Not timed: generating
 * the samples, and parsing the JSON Lines (as in bench:analysis). Peak memory is the max RSS of the
 * whole process, generation included. The first round is cold (JIT, Vega's parse of the specs).
 */
import { loadavg } from 'node:os';
import { analyzeResults } from '../src/analysis/analyze.js';
import { formatBaseline, fromBaselineFile, parseBaseline, toBaselineFile } from '../src/baseline/model.js';
import { buildReport } from '../src/report/build.js';
import { prepareTarget, type PreparedTarget } from '../src/report/html/prepare.js';
import { SYNTHETIC_TARGETS, syntheticResults } from '../corpus/report-results.js';

const ROUNDS = 3;
const BUDGET_MS = 2000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const baselineText = SYNTHETIC_TARGETS.map((t) => {
  gc();
  const [results] = syntheticResults(1, false, [t]);
  return formatBaseline(toBaselineFile(analyzeResults(results!), `${t}.jsonl`));
});

const rounds: { wall: number; cpu: number; prepare: number; build: number; samples: number; charts: number; htmlBytes: number }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let prepare = 0;
  let cpuMs = 0;
  let samples = 0;
  const t0 = performance.now();
  const c0 = cpu();
  const baselines = baselineText.map((text, i) => fromBaselineFile(parseBaseline(text, `${SYNTHETIC_TARGETS[i]}.json`)));
  prepare += performance.now() - t0;
  cpuMs += cpu() - c0;
  const targets: PreparedTarget[] = [];
  for (const t of SYNTHETIC_TARGETS) {
    // One target's raw records at a time, as the command reads one results file at a time.
    gc();
    const [results] = syntheticResults(1, true, [t]);
    samples += results!.samples.length;
    const t1 = performance.now();
    const c1 = cpu();
    targets.push(prepareTarget(results!));
    prepare += performance.now() - t1;
    cpuMs += cpu() - c1;
  }
  gc();
  const t2 = performance.now();
  const c2 = cpu();
  const built = await buildReport({ targets, baselines, threshold: 0.05, source: 'bench:report (synthetic)' });
  const build = performance.now() - t2;
  cpuMs += cpu() - c2;
  const charts = built.charts.curve + built.charts.overlay + built.charts.figure;
  rounds.push({ wall: prepare + build, cpu: cpuMs, prepare, build, samples, charts, htmlBytes: Buffer.byteLength(built.html) });
}

const maxRssMb = process.resourceUsage().maxRSS / 1024;
const median = (key: (r: (typeof rounds)[number]) => number): number => rounds.map(key).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
const first = rounds[0]!;
console.log(
  [
    `${SYNTHETIC_TARGETS.length} targets × full suite: ${first.samples.toLocaleString('en')} samples a round; ${first.charts} charts, HTML ${(first.htmlBytes / 1e6).toFixed(1)} MB; node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}.`,
    '',
    '| round | wall time | CPU time | baselines + analyze + thin | compare + Markdown + HTML |',
    '| --- | --- | --- | --- | --- |',
    ...rounds.map((r, i) => `| ${i + 1}${i === 0 ? ' (cold)' : ''} | ${r.wall.toFixed(0)} ms | ${r.cpu.toFixed(0)} ms | ${r.prepare.toFixed(0)} ms | ${r.build.toFixed(0)} ms |`),
    '',
    `Median of ${ROUNDS} rounds: **${median((r) => r.wall).toFixed(0)} ms** wall, ${median((r) => r.cpu).toFixed(0)} ms CPU; cold round ${first.wall.toFixed(0)} ms; peak memory (max RSS, generation included): **${maxRssMb.toFixed(0)} MB**.`,
    // The host is shared: CPU time is what the work costs; wall time adds whatever else was running.
    `Budget (under ${BUDGET_MS / 1000} s): ${median((r) => r.wall) < BUDGET_MS ? 'met' : median((r) => r.cpu) < BUDGET_MS ? 'met in CPU time, not in wall time on this loaded host' : 'NOT met'}.`,
  ].join('\n'),
);
