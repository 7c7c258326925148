/**
 * action.yml and every workflow we ship or document, checked by GitHub's own workflow parser
 * (@actions/workflow-parser, the parser of GitHub's Actions language services): schema, expressions,
 * and the conversion into a workflow template that GitHub runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './harness.js';

const workflows = [
  ...readdirSync(join(ROOT, '.github', 'workflows')).map((f) => join('.github', 'workflows', f)),
  ...readdirSync(join(ROOT, 'docs', 'examples')).map((f) => join('docs', 'examples', f)),
].filter((f) => f.endsWith('.yml'));

function file(path: string) {
  return { name: path, content: readFileSync(join(ROOT, path), 'utf8') };
}

describe('workflow files', () => {
  it('are all found', () => {
    expect(workflows).toEqual(expect.arrayContaining(['.github/workflows/scalewatch.yml', '.github/workflows/scalewatch-comment.yml', 'docs/examples/fan-out.yml']));
  });

  it.each(workflows)('%s parses and converts without errors', async (path) => {
    const trace = new NoOperationTraceWriter();
    const parsed = parseWorkflow(file(path), trace);
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect((template.errors ?? []).map((e) => e.Message)).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('the parser does reject a broken workflow', () => {
    const parsed = parseWorkflow({ name: 'bad.yml', content: 'on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: ./\n        with: [1]\n        bogus: ${{ github. }}\n' }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});

describe('action.yml', () => {
  it('parses against the action schema without errors', () => {
    const parsed = parseAction(file('action.yml'), new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('the parser does reject a broken action.yml', () => {
    const parsed = parseAction({ name: 'action.yml', content: 'name: x\ndescription: y\ninputs:\n  a:\n    bogus: 1\nruns:\n  using: node24\n  mian: dist/index.js\n' }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it('runs dist/index.js on node24 and declares what the Action reads and sets', () => {
    const yml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: object; outputs: object };
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const src = readdirSync(join(ROOT, 'src', 'action')).map((f) => readFileSync(join(ROOT, 'src', 'action', f), 'utf8')).join('\n');
    const read = new Set([...src.matchAll(/input\('([a-z-]+)'\)/g)].map((m) => m[1]));
    const set = new Set([...src.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    expect(new Set(Object.keys(yml.inputs))).toEqual(read);
    expect(new Set(Object.keys(yml.outputs))).toEqual(set);
  });
});
