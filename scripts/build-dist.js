#!/usr/bin/env node
// Bundle the Action (src/action.ts → dist/index.js) into one file that needs no node_modules, for
// node 20 and 24. The Action calls the CLI's stages as functions: there is no second bundle.
// CI rebuilds and checks that dist/ matches the sources: `npm run build:dist && git diff --exit-code dist`.
import { build } from 'esbuild';
import process from 'node:process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` builds elsewhere: the test that checks dist/ against the sources uses it.
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : join(root, 'dist');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: { js: "import { createRequire as __scalewatchRequire } from 'node:module';\nconst require = __scalewatchRequire(import.meta.url);" },
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
  // Name dependencies by where they sit under node_modules/, not where a symlinked node_modules points:
  // a git worktree that links another checkout's node_modules then builds the same bytes.
  preserveSymlinks: true,
});
