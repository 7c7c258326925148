/** The Action runs the committed dist/, so it must be exactly what the sources build to. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness.js';

it('dist/ matches a fresh build of the sources (npm run build:dist)', () => {
  const out = mkdtempSync(join(tmpdir(), 'scalewatch-dist-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-dist.js'), '--outdir', out], { cwd: ROOT, stdio: 'inherit' });
  const built = readdirSync(out).sort();
  expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(built);
  const stale = built.filter((f) => readFileSync(join(out, f), 'utf8') !== readFileSync(join(ROOT, 'dist', f), 'utf8'));
  expect(stale, 'dist/ is out of date: run `npm run build:dist` and commit dist/').toEqual([]);
});
