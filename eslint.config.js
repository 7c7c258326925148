import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The pure core (analysis, compare, report, the baseline model, the plans) takes data and returns
// data: it never reaches the file system, processes, the network or GitHub, directly or through the
// project's own I/O modules. This rule keeps that true; docs/architecture.md lists the pure modules.
const impure = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:net', 'node:http', 'node:https', 'node:os', 'node:worker_threads', 'fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'os'];
const impurePatterns = [
  { group: ['@actions/*', '@octokit/*'], message: 'The pure core does not talk to GitHub or the runner: the Action does (src/action/).', allowTypeImports: true },
  {
    group: ['**/vm/*', '!**/vm/driver.js', '**/github/*', '**/action/*', '**/commands/*', '**/setup/host.js', '**/setup/cache.js', '**/baseline/io.js', '**/baseline/update.js', '**/run/runner.js', '**/run/recorder.js', '**/run/measure.js', '**/suite/build.js'],
    message: 'The pure core does not import the modules that do I/O; pass their data in.',
    allowTypeImports: true,
  },
];
export const PURE = [
  'src/analysis/**/*.ts',
  'src/compare/**/*.ts',
  'src/report/**/*.ts',
  'src/baseline/model.ts',
  'src/baseline/summarize.ts',
  'src/baseline/sessions.ts',
  'src/setup/plan.ts',
  'src/run/plan.ts',
  'src/run/readout.ts',
  'src/ab/plan.ts',
  'src/vm/qemu/image/args.ts',
];

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'coverage/', '.scalewatch/'] },
  { files: ['scripts/**/*.js', '*.js'], languageOptions: { globals: globals.node } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': ['error', { paths: impure.map((name) => ({ name, message: 'Pure stages do no I/O: pass data in, return data out.' })), patterns: impurePatterns }],
    },
  },
);
