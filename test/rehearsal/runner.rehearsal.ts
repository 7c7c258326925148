/**
 * The runner rehearsal (`npm run rehearsal`, run by .ci/run before anything else installs packages):
 * this machine made into a stand-in for a stock GitHub runner, and the Action run on it the way the
 * runner does.
 *
 * - A runner user, not root, with passwordless sudo (as `runner` on GitHub's images).
 * - The runner's layout and environment: the Action's files in _actions/ (a copy of what a checkout
 *   of its tag holds), RUNNER_TEMP, RUNNER_TOOL_CACHE, GITHUB_* and the event file, INPUT_* from
 *   action.yml's defaults.
 * - A consumer repository holding none of scalewatch's files: a C library's checkout, nothing else.
 * - The GitHub API: the fake on 127.0.0.1, which checks every request against GitHub's OpenAPI
 *   description.
 *
 * The Action must prepare the host itself (QEMU through sudo, KVM access for the user), measure
 * debian-12 in a real QEMU guest (KVM where it works, TCG here), and comment on the pull request.
 * Not rehearsed here (no route to them): Vagrant Cloud boxes, HashiCorp's apt repository and the
 * Actions cache service; test/setup/setup.test.ts shows what would run for them.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { pullRequestEvent } from '../action/fixtures.js';
import { parseOutputs, ROOT, runnerEnv, stepFiles } from '../action/harness.js';

const USER = 'swrunner';
const HOME = `/home/${USER}`;
const root = process.getuid?.() === 0;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

/** The runner user with passwordless sudo, as on GitHub's images (sudo is installed first when missing). */
function makeRunnerUser(): void {
  if (!has('sudo')) sh('bash', ['-c', 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo >/dev/null; }']);
  if (spawnSync('id', [USER], { stdio: 'ignore' }).status !== 0) sh('useradd', ['--create-home', '--shell', '/bin/bash', USER]);
  writeFileSync(`/etc/sudoers.d/${USER}`, `${USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
}

/** What a checkout of the Action's tag holds that it uses at run time (the runner downloads the whole repository). */
const ACTION_FILES = ['action.yml', 'package.json', 'dist', 'scripts', 'runtime', 'suite', 'vms', 'Vagrantfile', 'baselines'];

let fake: FakeGitHub;
useFakeGitHub((f) => (fake = f));

it.skipIf(!root)('prepares a stock runner itself, measures debian-12 in QEMU and comments on the pull request', async () => {
  makeRunnerUser();
  const qemuAtStart = has('qemu-system-x86_64');
  const work = join(HOME, 'work');
  rmSync(work, { recursive: true, force: true });
  const action = join(work, '_actions', 'scalewatch', 'scalewatch', 'v1');
  const temp = join(work, '_temp');
  const tools = join(work, '_tool');
  const workspace = join(work, 'libfoo', 'libfoo');
  for (const d of [action, temp, tools, workspace]) mkdirSync(d, { recursive: true });
  for (const f of ACTION_FILES) {
    if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(action, f), { recursive: true, filter: (src) => !/\.o$|\/swbench(-static)?$/.test(src) });
  }
  // The consumer: a small C library, a git checkout, none of scalewatch's files.
  writeFileSync(join(workspace, 'foo.c'), 'int foo(int x) { return x + 1; }\n');
  writeFileSync(join(workspace, 'README.md'), '# libfoo\n');
  sh('git', ['-C', workspace, 'init', '-q']);
  const files = stepFiles(temp, workspace, pullRequestEvent(12));
  sh('chown', ['-R', `${USER}:${USER}`, HOME]);

  const inputs: Record<string, string> = { targets: 'debian-12', benchmarks: 'socket,pipe', 'compare-to': 'baselines', 'github-token': 'write-token' };
  const env: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    HOME,
    USER,
    LANG: 'C.UTF-8',
    ...runnerEnv(join(action, 'action.yml'), { apiUrl: fake.url, inputs, eventName: 'pull_request', runId: 4242 }, files),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TOOL_CACHE: tools,
  };
  const args = ['-u', USER, '--', 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), process.execPath, join(action, 'dist', 'index.js')];
  const child = spawn('runuser', args, { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const echo = (b: Buffer) => {
    log += b.toString('utf8');
    if (process.env.REHEARSAL_VERBOSE === '1') process.stderr.write(b);
  };
  child.stdout.on('data', echo);
  child.stderr.on('data', echo);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  mkdirSync(join(ROOT, '.scalewatch'), { recursive: true });
  writeFileSync(join(ROOT, '.scalewatch', 'rehearsal.log'), log);

  expect(code, log.slice(-4000)).toBe(0);
  // The Action prepared the host itself: QEMU through sudo when it was missing, KVM access for the user.
  expect(log).toContain(`host set-up: bash scripts/setup.sh --build --qemu --user ${USER}`);
  if (!qemuAtStart) expect(log).toMatch(/setup: installing .*qemu-system-x86/);
  expect(has('qemu-system-x86_64')).toBe(true);
  expect(log).toContain('setup: ready (build qemu)');
  expect(log).toContain('cache: this runner offers no Actions cache service');
  // The guest ran, under KVM or with the fallback said out loud.
  expect(log).toMatch(/kvm|KVM|TCG|tcg/);
  const results = join(workspace, 'scalewatch-results');
  const lines = readFileSync(join(results, 'debian-12.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; bench?: string; os?: string });
  expect(lines.some((l) => l.type === 'sample' && l.bench === 'socket')).toBe(true);
  expect(lines.some((l) => l.type === 'value' && l.bench === 'pipe')).toBe(true);
  expect(JSON.parse(readFileSync(join(results, 'debian-12.meta.json'), 'utf8'))).toMatchObject({ target: 'debian-12', driver: 'qemu', os: 'Linux' });
  // It reported: one comment on the pull request, the outputs and the job summary.
  expect(fake.comments.map((c) => c.issue)).toEqual([12]);
  expect(fake.comments[0]!.body).toContain('debian\\-12');
  expect(parseOutputs(readFileSync(files.outputPath, 'utf8'))).toMatchObject({ regressions: '0', 'scaling-regressions': '0' });
  expect(readFileSync(files.summaryPath, 'utf8')).toContain('debian-12');
});
