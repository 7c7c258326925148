/** The pure-core rule of eslint.config.js: what it claims to keep out of the pure modules, it does. */
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGES, isPure, matchesPattern, PURE_FILES, PURE_FOLDERS } from '../../eslint.config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'pure-core/imports').map((m) => m.message);
}

const sources = execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');

describe('the pure core', () => {
  it.each([
    ['src/analysis/grid.ts', true],
    ['src/compare/new-file.ts', true],
    ['src/report/html/page.ts', true],
    ['src/baseline/model.ts', true],
    ['src/suite/protocol.ts', true],
    ['src/run/plan.ts', true],
    ['src/ab/plan.ts', true],
    ['src/setup/plan.ts', true],
    ['src/vm/driver.ts', true],
    ['src/vm/qemu/image/args.ts', true],
    ['src/baseline/io.ts', false],
    ['src/suite/build.ts', false],
    ['src/run/runner.ts', false],
    ['src/run/new-file.ts', false],
    ['src/vm/qemu/driver.ts', false],
    ['src/vm/qemu/plan.ts', false],
    ['src/action/main.ts', false],
  ])('counts %s as pure: %s', (file, pure) => {
    expect(isPure(file)).toBe(pure);
  });

  it('names only files and folders that exist', () => {
    for (const folder of PURE_FOLDERS) expect(sources.some((f) => f.startsWith(`${folder}/`)), folder).toBe(true);
    for (const file of EDGES) expect(sources, file).toContain(file);
    for (const pattern of PURE_FILES) expect(sources.filter((f) => matchesPattern(pattern, f)), pattern).not.toEqual([]);
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", "import nothing of Node's"],
    ["import { spawn } from 'child_process';", "import nothing of Node's"],
    ["import { createHash } from 'node:crypto';", "import nothing of Node's"],
    ["import { inspect } from 'node:util';", "import nothing of Node's"],
    ["import { gzipSync } from 'zlib';", "import nothing of Node's"],
    ["import type { Readable } from 'node:stream';", "import nothing of Node's"],
    ["export const load = () => import('node:fs');", "import nothing of Node's"],
    ["import * as core from '@actions/core';", 'does not talk to GitHub'],
    ["import { Octokit } from '@octokit/core';", 'does not talk to GitHub'],
    ["import { QemuDriver } from '../vm/qemu/driver.js';", 'does not import src/vm/qemu/driver.ts'],
    ["import { createClient } from '../github/client.js';", 'does not import src/github/client.ts'],
    ["import { readResults } from '../baseline/io.js';", 'does not import src/baseline/io.ts'],
    ["import { buildSuite } from '../suite/build.js';", 'does not import src/suite/build.ts'],
    ["import { runTarget } from '../run/runner.js';", 'does not import src/run/runner.ts'],
    ["export * from '../vm/targets.js';", 'does not import src/vm/targets.ts'],
    // Written this way the module is still loaded at run time (verbatimModuleSyntax keeps `import {}`).
    ["import { type TargetDef } from '../vm/targets.js';", 'does not import src/vm/targets.ts'],
    ['export const env = process.env.HOME;', '`process` is I/O'],
    ["export const get = () => fetch('https://example.org');", '`fetch` is I/O'],
  ])('refuses %s in a pure module', async (line, message) => {
    for (const file of ['src/report/x.ts', 'src/compare/new-file.ts', 'src/baseline/x.ts', 'src/run/plan.ts']) {
      expect((await errors(file, `${line}\nexport const x = 1;\n`)).join(' '), file).toContain(message);
    }
  });

  it('allows the core itself, other packages and type imports from anywhere', async () => {
    const code = [
      "import { median } from '../../analysis/stats.js';",
      "import { escapeMarkdown } from '../escape.js';",
      "import { UserError } from '../../errors.js';",
      "import { PAIR_B_KEY } from '../../vm/driver.js';",
      "import { Ajv } from 'ajv';",
      "import type { TargetDef } from '../../vm/targets.js';",
      "import type * as core from '@actions/core';",
      'export const x = [median, escapeMarkdown, UserError, PAIR_B_KEY, Ajv];',
      'export type Y = TargetDef | typeof core;',
    ].join('\n');
    expect(await errors('src/report/html/x.ts', `${code}\n`)).toEqual([]);
  });

  it('does not check the files outside it, nor the edges of its folders', async () => {
    const io = "import { readFileSync } from 'node:fs';\nimport { QemuDriver } from '../vm/qemu/driver.js';\nexport const x = [readFileSync, QemuDriver, process.env];\n";
    for (const file of ['src/action/x.ts', 'src/run/new-file.ts', 'src/baseline/io.ts', 'src/suite/build.ts']) {
      expect(await errors(file, io), file).toEqual([]);
    }
  });
});
