/** The pure-core rule of eslint.config.js: what it claims to keep out of the pure modules, it does. */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PURE } from '../../eslint.config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the pure core', () => {
  it('covers the stages and the plans', () => {
    expect(PURE).toEqual(expect.arrayContaining(['src/analysis/**/*.ts', 'src/compare/**/*.ts', 'src/report/**/*.ts', 'src/run/plan.ts', 'src/ab/plan.ts', 'src/setup/plan.ts']));
  });

  it.each([
    ["import { readFileSync } from 'node:fs';", 'Pure stages do no I/O'],
    ["import { spawn } from 'child_process';", 'Pure stages do no I/O'],
    ["import * as core from '@actions/core';", 'does not talk to GitHub'],
    ["import { Octokit } from '@octokit/core';", 'does not talk to GitHub'],
    ["import { QemuDriver } from '../vm/qemu/driver.js';", 'does not import the modules that do I/O'],
    ["import { createClient } from '../github/client.js';", 'does not import the modules that do I/O'],
    ["import { readResults } from '../baseline/io.js';", 'does not import the modules that do I/O'],
  ])('refuses %s in a pure module', async (line, message) => {
    for (const file of ['src/report/x.ts', 'src/compare/x.ts', 'src/run/plan.ts']) {
      expect((await errors(file, `${line}\nexport const x = 1;\n`)).join(' ')).toContain(message);
    }
  });

  it('allows types from anywhere, the plan types of the drivers, and I/O outside the core', async () => {
    expect(await errors('src/report/x.ts', "import type { TargetDef } from '../vm/targets.js';\nimport { PAIR_B_KEY } from '../vm/driver.js';\nexport const x: TargetDef | string = PAIR_B_KEY;\n")).toEqual([]);
    expect(await errors('src/action/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
  });
});
