/** Report inputs shaped like real runs: a mixed PR, a clean one, and hostile names. */
import type { Order } from '../../src/analysis/types.js';
import { emptySummary } from '../../src/compare/report-file.js';
import { countVerdicts } from '../../src/compare/types.js';
import type { CompareReport, CompareResult, ReportInput } from '../../src/report/input.js';

/** One compare result as the compare stage writes it; what a test does not name is what a plain run gives. */
export const row = (target: string, bench: string, verdict: CompareResult['verdict'], change: number | null, ci: [number, number] | null, baselineOrder: string | null, currentOrder: string | null, note?: string): CompareResult => ({
  target,
  bench,
  kind: baselineOrder !== null || currentOrder !== null ? 'curve' : 'figure',
  verdict,
  change,
  ci,
  ciLevel: ci ? 0.95 : null,
  // Hostile fixtures put text where an order goes: the renderer must escape whatever a file holds.
  baselineOrder: baselineOrder as Order | null,
  currentOrder: currentOrder as Order | null,
  growth: null,
  better: 'lower',
  p: null,
  q: null,
  noise: null,
  caution: null,
  note: note ?? '',
});

/** A compare report of these results, its summary counted from them. */
export function reportOf(results: CompareResult[], summary: Partial<CompareReport['summary']> = {}): CompareReport {
  return { summary: { ...emptySummary(), verdicts: countVerdicts(results), targets: new Set(results.map((r) => r.target)).size, benchmarks: results.length, ...summary }, results };
}

const targets: ReportInput['targets'] = [
  { target: 'freebsd-14', os: 'FreeBSD', release: '14.2-RELEASE', arch: 'amd64', ncpu: 2, driver: 'qemu', seconds: 311.6 },
  { target: 'netbsd-10', os: 'NetBSD', release: '10.1', arch: 'amd64', ncpu: 2, driver: 'qemu', seconds: 402 },
  { target: 'openbsd-7', failure: 'the guest did not boot within 300 s (no console output after "boot>")' },
];

export const mixed: ReportInput = {
  threshold: 0.05,
  runUrl: 'https://github.com/acme/kernel/actions/runs/42',
  targets,
  compare: reportOf([
      row('freebsd-14', 'socket', 'unchanged', 0.004, [-0.01, 0.018], 'O(1)', 'O(1)'),
      row('freebsd-14', 'fork', 'scaling-regressed', 0.91, [0.7, 1.2], 'O(n)', 'O(n^2)'),
      row('freebsd-14', 'pipe', 'improved', -0.12, [-0.15, -0.09], null, null),
      row('netbsd-10', 'socket', 'regressed', 0.083, [0.061, 0.11], 'O(1)', 'O(1)'),
      row('netbsd-10', 'bind', 'noisy', null, null, 'O(n)', 'O(n)', 'spread 38% between runs'),
      row('netbsd-10', 'mmap', 'new', null, null, null, 'O(log n)'),
      row('netbsd-10', 'fork', 'failed', null, null, 'O(n)', null, 'fork: Resource temporarily unavailable at n=3501'),
      row('netbsd-10', 'connect', 'missing', null, null, 'O(1)', null),
      row('netbsd-10', 'pipe', 'unchanged', -0.002, [-0.02, 0.017], null, null),
  ]),
};

export const clean: ReportInput = {
  threshold: 0.1,
  targets: [targets[0]!],
  compare: reportOf([row('freebsd-14', 'socket', 'unchanged', 0.01, [-0.01, 0.03], 'O(1)', 'O(1)'), row('freebsd-14', 'pipe', 'unchanged', 0, [-0.02, 0.02], null, null)]),
};

export const hostile: ReportInput = {
  threshold: 0.05,
  targets: [{ target: 'evil<img src=x onerror=alert(1)>', os: '**bold** @octocat', failure: 'ping @github/security #1 see https://evil.example/x [click](javascript:alert(1))' }],
  compare: reportOf([
      row('evil<img src=x onerror=alert(1)>', '@admin please merge', 'regressed', 0.5, [0.4, 0.6], 'O(1)', 'O(1)'),
      row('x', 'a|b|c\n## heading', 'regressed', 0.2, [0.1, 0.3], null, null),
      row('x', '<!-- scalewatch:report -->', 'new', null, null, null, '`O(1)`'),
      row('x', '![pic](https://evil.example/p.png) www.evil.example', 'missing', null, null, null, null),
  ]),
};

/** Many targets and benchmarks, far beyond one comment. */
export function huge(targetCount: number, benchCount: number): ReportInput {
  const results: CompareResult[] = [];
  const metas: ReportInput['targets'] = [];
  for (let t = 0; t < targetCount; t++) {
    const target = `target-${String(t).padStart(3, '0')}`;
    metas.push({ target, os: 'Linux', release: '6.12.0', arch: 'x86_64', ncpu: 2, driver: 'qemu', seconds: 100 + t });
    for (let b = 0; b < benchCount; b++) {
      const bench = `benchmark-with-a-long-name-${String(b).padStart(4, '0')}`;
      const verdict = b % 7 === 0 ? 'regressed' : b % 11 === 0 ? 'scaling-regressed' : 'unchanged';
      results.push(row(target, bench, verdict, verdict === 'unchanged' ? 0.001 : 0.2, [0.1, 0.3], 'O(n)', verdict === 'scaling-regressed' ? 'O(n^2)' : 'O(n)'));
    }
  }
  return { threshold: 0.05, runUrl: 'https://github.com/acme/kernel/actions/runs/7', targets: metas, compare: reportOf(results) };
}
