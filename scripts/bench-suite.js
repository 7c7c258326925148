#!/usr/bin/env node
// How long the quick and full suites take on this host: runs `scalewatch run` for each and prints a
// table of seconds per benchmark, from the timings the runner writes into the results' meta line.
// Usage: npm run bench:suite [-- quick|full|both]   (default: both; the full suite takes minutes)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const which = process.argv[2] ?? 'both';
const suites = which === 'both' ? ['quick', 'full'] : [which];
const rows = new Map();
const totals = {};
let meta;
for (const suite of suites) {
  const out = mkdtempSync(join(tmpdir(), `sw-bench-${suite}-`));
  const started = Date.now();
  const r = spawnSync(process.execPath, ['lib/cli.js', 'run', '--target', 'local', '--suite', suite, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`bench:suite: the ${suite} suite exited with status ${r.status}`);
    process.exit(1);
  }
  totals[suite] = (Date.now() - started) / 1000;
  meta = JSON.parse(readFileSync(join(out, 'local.jsonl'), 'utf8').split('\n')[0]);
  for (const [bench, sec] of Object.entries(meta.benchSec)) {
    if (!rows.has(bench)) rows.set(bench, {});
    rows.get(bench)[suite] = sec;
  }
  rmSync(out, { recursive: true, force: true });
}
console.log(`\nsuite timings on ${meta.os} ${meta.release} ${meta.arch}, ${meta.ncpu} CPU (${meta.cpu}), ${meta.cc}\n`);
console.log(`| bench | ${suites.map((s) => `${s} (s)`).join(' | ')} |`);
console.log(`| --- | ${suites.map(() => '---:').join(' | ')} |`);
for (const [bench, t] of rows) console.log(`| ${bench} | ${suites.map((s) => t[s]?.toFixed(1) ?? '–').join(' | ')} |`);
console.log(`| **whole command, build included** | ${suites.map((s) => `**${totals[s].toFixed(1)}**`).join(' | ')} |`);
