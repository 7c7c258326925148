import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The pure stages (analysis, compare, baseline, report) take data and return data: they never reach
// the file system, processes or the network. This rule keeps that true.
const impure = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:net', 'node:http', 'node:os', 'fs', 'child_process'];

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
    files: ['src/analysis/**/*.ts', 'src/compare/**/*.ts', 'src/report/**/*.ts', 'src/baseline/model.ts', 'src/baseline/summarize.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: impure.map((name) => ({ name, message: 'Pure stages do no I/O: pass data in, return data out.' })) }],
    },
  },
);
