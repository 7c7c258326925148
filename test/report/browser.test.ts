/**
 * The HTML report as a person sees it: opened in a real headless Chromium (Debian's, installed by
 * scripts/setup.sh), with no console error, nothing fetched from anywhere, and every chart drawn.
 * Its results are real ones of this host against a real baseline, beside one synthetic target (named
 * so). UPDATE_SCREENSHOT=1 keeps the screenshot as docs/report.png, the README's picture.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type BuiltReport } from '../../src/report/build.js';
import { prepareTarget } from '../../src/report/html/prepare.js';
import { hostResults, syntheticBaselines, syntheticResults } from '../../corpus/report-results.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** This host's real results and baseline, and one synthetic target shaped like the OpenBSD of “Benchmarking BSD and Linux”. */
export async function pictureReport(): Promise<BuiltReport> {
  const { current, baseline } = hostResults();
  const rename = <T extends { target: string }>(x: T): T => ({ ...x, target: 'synthetic-openbsd' });
  const synthetic = syntheticResults(10, true, ['openbsd-7']).map((r) => ({ ...r, meta: rename(r.meta) }));
  const synthBase = syntheticBaselines(10, ['openbsd-7']).map(rename);
  return buildReport({
    targets: [prepareTarget(current), ...synthetic.map(prepareTarget)],
    baselines: [baseline, ...synthBase],
    threshold: 0.05,
    source: 'local-linux.jsonl (real, this host) and synthetic-openbsd (synthetic, seeded)',
  });
}

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let built: BuiltReport;
  let url: string;

  beforeAll(async () => {
    built = await pictureReport();
    const dir = mkdtempSync(join(tmpdir(), 'scalewatch-report-'));
    writeFileSync(join(dir, 'index.html'), built.html);
    url = pathToFileURL(join(dir, 'index.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline with no console error and draws every chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url, { waitUntil: 'load' });

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    const total = built.charts.curve + built.charts.overlay + built.charts.figure;
    expect(total).toBe(8 + 8 + 8 + 4);
    // One drawn <svg> per chart, each with a visible size and a caption in words.
    const sizes = await page.$$eval('figure.chart svg', (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes).toHaveLength(total);
    for (const [w, h] of sizes) expect(w! > 200 && h! > 50).toBe(true);
    const captions = await page.$$eval('figure.chart figcaption', (els) => els.map((e) => e.textContent ?? ''));
    expect(captions.every((c) => c.length > 40)).toBe(true);
    expect(await page.locator('table.overview tr').count()).toBe(1 + 8 + 4);

    const picture = process.env.UPDATE_SCREENSHOT === '1' ? join(import.meta.dirname, '..', '..', 'docs', 'report.png') : join(tmpdir(), `scalewatch-report-${process.pid}.png`);
    await page.screenshot({ path: picture, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
    expect(statSync(picture).size).toBeGreaterThan(50_000);
    await page.close();
  }, 120_000);
});
