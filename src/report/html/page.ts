/**
 * The HTML report as one self-contained page: inline CSS, inline SVG, no script, no font or image
 * from anywhere else, so it opens offline and from an artifact. Every chart is a <figure> whose
 * caption is its text alternative. Names from results are escaped here. Pure.
 */
import { VERDICTS, type ReportInput } from '../input.js';
import { plural } from '../format.js';
import { VERDICT_INFO } from '../../compare/verdicts.js';
import { targetCaution } from '../markdown.js';
import { leadBlocks } from '../lead.js';
import { headlineText, overviewRows, type OverviewRow } from './overview.js';

export interface PageSection {
  id: string;
  title: string;
  /** One line under the title: what the benchmark measures. */
  what: string;
  charts: { id: string; svg: string; alt: string }[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bad: #b42318; --good: #1a7f37; --warn: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1360px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 2px; padding-top: 8px; border-top: 1px solid var(--line); }
p.what, p.note { color: var(--muted); margin: 0 0 12px; }
table { border-collapse: collapse; margin: 12px 0; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.bad { color: var(--bad); font-weight: 600; }
td.good { color: var(--good); }
td.warn { color: var(--warn); }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; background: #fff; max-width: 100%; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 12px; color: var(--muted); max-width: 580px; margin-top: 4px; }
nav a { margin-right: 10px; white-space: nowrap; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
`;

/** The SVG as an image with an accessible name: the caption says the same in words. */
function figure(c: PageSection['charts'][number]): string {
  const svg = c.svg.replace(/^<svg /, `<svg role="img" aria-labelledby="${c.id}-alt" `);
  return `<figure id="${c.id}" class="chart">${svg}<figcaption id="${c.id}-alt">${escapeHtml(c.alt)}</figcaption></figure>`;
}

function overviewTable(rows: readonly OverviewRow[], targets: readonly string[]): string {
  if (rows.length === 0) return '';
  const cross = rows.some((r) => r.cross !== '');
  const head = `<tr><th>benchmark</th>${targets.map((t) => `<th>${escapeHtml(t)}</th>`).join('')}${cross ? '<th>across targets</th>' : ''}</tr>`;
  const body = rows
    .map((r) => `<tr><td><a href="#${r.anchor}">${escapeHtml(r.bench)}</a></td>${r.cells.map((c) => `<td class="${c.tone}">${escapeHtml(c.text)}</td>`).join('')}${cross ? `<td>${escapeHtml(r.cross)}</td>` : ''}</tr>`)
    .join('\n');
  return `<table class="overview">\n${head}\n${body}\n</table>`;
}

export function renderPage(input: ReportInput, sections: readonly PageSection[], source: string): string {
  const { targets, rows } = overviewRows(input);
  const tally = VERDICTS.map((v) => [VERDICT_INFO[v].name, input.compare.results.filter((r) => r.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`)
    .join(' · ');
  const caution = (target: string) => {
    const c = targetCaution(input, target);
    return c === undefined ? '' : ` — ⚠️ ${escapeHtml(c)} (level verdicts carry this caution; growth and orders do not)`;
  };
  const metas = input.targets
    .map((t) => `<li><b>${escapeHtml(t.target)}</b>: ${escapeHtml([t.os, t.release, t.arch].filter((x) => x).join(' '))}${t.fs ? ` on ${escapeHtml(t.fs)}` : ''}${t.ncpu ? `, ${plural(t.ncpu, 'CPU')}` : ''}${t.driver ? `, ${escapeHtml(t.driver)}` : ''}${t.failure ? ` — no results: ${escapeHtml(t.failure)}` : ''}${caution(t.target)}</li>`)
    .join('\n');
  const lead = leadBlocks(input.compare, (b) => b)
    .map((b) => {
      const items = b.items.map((i) => `<li><b>${escapeHtml(i.label)}</b>${i.text ? `: ${escapeHtml(i.text)}` : ''}${i.list.length ? `<ul>${i.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}</li>`).join('\n');
      return `<p class="lead"><b>${escapeHtml(b.target)}</b>${b.against ? ` ${escapeHtml(b.against)}` : ''}: <b>${b.unchanged} of ${b.compared} unchanged</b></p>\n<ul class="lead">\n${items}\n</ul>`;
    })
    .join('\n');
  const { nav, body } = sectionsHtml(sections);
  return shell(
    headlineText(input),
    `<p class="note">${escapeHtml(tally)}. Threshold ±${(input.threshold * 100).toFixed(1)}%. From ${escapeHtml(source)}.</p>\n${lead}\n<ul>\n${metas}\n</ul>\n<nav>${nav}</nav>`,
    `${overviewTable(rows, targets)}\n${body}`,
    "scalewatch report. Curves: latency of one operation against n, every run's points (thinned), the fitted order, steps and dents marked; baseline dashed. Figures: median bars with every repetition's range. See docs/report.md for how to read it.",
  );
}

/** The sections as HTML: a heading, what they hold, their charts. */
function sectionsHtml(sections: readonly PageSection[]): { nav: string; body: string } {
  return {
    nav: sections.map((s) => `<a href="#${s.id}">${escapeHtml(s.title)}</a>`).join(' '),
    body: sections.map((s) => `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n<p class="what">${escapeHtml(s.what)}</p>\n<div class="charts">\n${s.charts.map(figure).join('\n')}\n</div>\n</section>`).join('\n'),
  };
}

/** A whole page: one title (text), the header under it, the body and a footer line (HTML). */
function shell(title: string, header: string, body: string, footer: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${header}
</header>
${body}
<footer>${footer}</footer>
</body>
</html>
`;
}

/** The history's trend charts as one self-contained page (`scalewatch history show --html`), a section per target. */
export function renderTrendPage(title: string, note: string, sections: readonly PageSection[]): string {
  const { nav, body } = sectionsHtml(sections);
  return shell(title, `<p class="note">${escapeHtml(note)}</p>\n<nav>${nav}</nav>`, body, "scalewatch history. One chart per benchmark and measure: a point per recorded commit (its commit on hover), a line at each segment's median, a dashed rule at each change point with its size. See docs/history.md.");
}
