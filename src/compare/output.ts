/**
 * What `scalewatch compare` prints: the JSON of DESIGN.md (`{"summary", "results"}`) and a text a
 * maintainer reads in ten seconds: one headline, then only what needs attention, per target.
 */
import type { CompareReport, CompareResult, Verdict } from './types.js';

const mark: Record<Verdict, string> = {
  'scaling-regressed': '✗',
  regressed: '✗',
  failed: '✗',
  'scaling-improved': '✓',
  improved: '✓',
  noisy: '?',
  new: '+',
  missing: '−',
  unchanged: ' ',
};

const rank: Verdict[] = ['scaling-regressed', 'regressed', 'failed', 'noisy', 'missing', 'new', 'scaling-improved', 'improved', 'unchanged'];

function line(r: CompareResult, width: number): string {
  const orders = r.baselineOrder && r.currentOrder && r.baselineOrder !== r.currentOrder ? `${r.baselineOrder} → ${r.currentOrder}; ` : '';
  const note = r.verdict.startsWith('scaling') ? r.note : `${orders}${r.note}`;
  return `  ${mark[r.verdict]} ${r.bench.padEnd(width)}  ${r.verdict.padEnd(17)}  ${note}${r.caution ? ' ⚠' : ''}`;
}

export function renderComparison(report: CompareReport): string {
  const s = report.summary;
  const counts = rank.filter((v) => s.verdicts[v] > 0).map((v) => `${s.verdicts[v]} ${v}`);
  const lines = [
    `Compared ${s.benchmarks} benchmark${s.benchmarks === 1 ? '' : 's'} on ${s.targets} target${s.targets === 1 ? '' : 's'} at a ${(s.threshold * 100).toFixed(0)}% threshold (false discovery rate ${(s.alpha * 100).toFixed(0)}%): ${counts.join(', ') || 'nothing'}.`,
  ];
  const targets = [...new Set(report.results.map((r) => r.target))];
  for (const t of targets) {
    const rs = report.results.filter((r) => r.target === t).sort((a, b) => rank.indexOf(a.verdict) - rank.indexOf(b.verdict));
    const shown = rs.filter((r) => r.verdict !== 'unchanged');
    const quiet = rs.length - shown.length;
    lines.push('', `${t}: ${shown.length === 0 ? 'all' : quiet} unchanged${shown.length === 0 ? ` (${rs.length})` : ''}`);
    const caution = rs.find((r) => r.caution)?.caution;
    if (caution) lines.push(`  ⚠ ${caution}; level verdicts marked ⚠ carry that caution (orders do not).`);
    const width = Math.max(8, ...shown.map((r) => r.bench.length));
    for (const r of shown) lines.push(line(r, width));
  }
  return `${lines.join('\n')}\n`;
}
