import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ROOT = dirname(fileURLToPath(import.meta.url));

// The pure core takes data and returns data: it never reaches the file system, processes, the
// network or GitHub, directly or through the project's other modules. It is every file of these
// folders, a new one included without anyone listing it...
export const PURE_FOLDERS = ['src/analysis', 'src/compare', 'src/report', 'src/baseline', 'src/suite', 'src/history'];
// ...but for the I/O edge of two of them, each file named with the I/O it does:
export const EDGES = [
  'src/baseline/io.ts', // reads results and baselines, writes baselines
  'src/baseline/update.ts', // `baseline update`: reads results and writes baselines, through io.ts
  'src/suite/build.ts', // builds the C suite with this host's cc, cached on disk
  'src/history/store.ts', // reads and writes a folder of history records
];
// Every other file does I/O, but for these, pure on purpose where they are:
export const PURE_FILES = [
  // a stage's plan (run, ab, setup): what to run or install, in what order, from the options
  'src/*/plan.ts',
  // the lines `scalewatch run` prints as each benchmark ends, from its results
  'src/run/readout.ts',
  // the drivers' contract and the errors every layer throws: the core imports both
  'src/vm/driver.ts',
  'src/errors.ts',
  // an adapter's own pure half, kept beside it: guest commands quoted for a shell, the initramfs
  // guest's framing, a published image's QEMU command line, Vagrant's machine-readable output, the
  // commands a PR comment gives
  'src/vm/shell.ts',
  'src/vm/qemu/framing.ts',
  'src/vm/qemu/image/args.ts',
  'src/vm/vagrant/output.ts',
  'src/github/command.ts',
];

/** Whether a file matches an entry of PURE_FILES: a path, where `*` stands for one folder's name. */
export function matchesPattern(pattern, file) {
  return new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}$`).test(file);
}

/** Whether a file (its path from the repository root, `/` between folders) is in the pure core. */
export function isPure(file) {
  if (PURE_FOLDERS.some((folder) => file.startsWith(`${folder}/`))) return !EDGES.includes(file);
  return PURE_FILES.some((pattern) => matchesPattern(pattern, file));
}

const BUILTINS = new Set(builtinModules);
// What a pure file may not reach without an import either.
const IO_GLOBALS = new Set(['process', 'fetch']);

// In a pure file: no Node built-in at all, nothing of @actions/* or @octokit/*, and no project module
// outside the pure core. A type import of the last two is fine (`import type` vanishes at run time;
// `import { type X }` does not: it still loads the module).
const pureCore = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          builtin: "Pure modules do no I/O and import nothing of Node's ({{name}}): pass data in, return data out.",
          github: 'The pure core does not talk to GitHub or the runner: the Action does (src/action/).',
          io: 'The pure core does not import {{target}}, a module outside it: pass its data in (`import type` is fine).',
          global: 'Pure modules do no I/O, and `{{name}}` is I/O: pass what it gives in as data.',
        },
      },
      create(context) {
        const file = relative(ROOT, context.filename).split('\\').join('/');
        if (!isPure(file)) return {};
        const check = (source, typeOnly) => {
          const name = source?.type === 'Literal' ? source.value : undefined;
          if (typeof name !== 'string') return;
          if (name.startsWith('node:') || BUILTINS.has(name)) {
            context.report({ node: source, messageId: 'builtin', data: { name } });
          } else if (/^@(actions|octokit)\//.test(name)) {
            if (!typeOnly) context.report({ node: source, messageId: 'github' });
          } else if (name.startsWith('.')) {
            const target = relative(ROOT, resolve(dirname(context.filename), name)).split('\\').join('/').replace(/\.js$/, '.ts');
            if (!typeOnly && !isPure(target)) context.report({ node: source, messageId: 'io', data: { target } });
          }
        };
        return {
          ImportDeclaration: (node) => check(node.source, node.importKind === 'type'),
          ExportNamedDeclaration: (node) => check(node.source, node.exportKind === 'type'),
          ExportAllDeclaration: (node) => check(node.source, node.exportKind === 'type'),
          ImportExpression: (node) => check(node.source, false),
          'Program:exit': (node) => {
            for (const ref of context.sourceCode.getScope(node).through) {
              const name = ref.identifier.name;
              if (IO_GLOBALS.has(name)) context.report({ node: ref.identifier, messageId: 'global', data: { name } });
            }
          },
        };
      },
    },
  },
};

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
    files: ['src/**/*.ts'],
    plugins: { 'pure-core': pureCore },
    rules: { 'pure-core/imports': 'error' },
  },
);
