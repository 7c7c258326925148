/**
 * vitest's global set-up: the tests need the Debian packages that scripts/setup.sh --vm installs
 * (clang and bmake for the suite's build checks, QEMU and the rest for the VM tests). On a machine
 * where they are missing, this runs that script, which installs them as root or through passwordless
 * sudo, and otherwise stops the whole run at once with the one command to type, instead of letting
 * dozens of tests fail one by one.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** A tool of each package group the tests use; all present means setup has run. */
const PROBES = ['clang', 'bmake', 'qemu-system-x86_64', 'busybox', 'mmdebstrap'];

function missing(): string[] {
  return PROBES.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status !== 0);
}

export default function setup(): void {
  const absent = missing();
  if (absent.length === 0) return;
  const script = join(import.meta.dirname, '..', '..', 'scripts', 'setup.sh');
  process.stderr.write(`test set-up: ${absent.join(', ')} missing; running scripts/setup.sh --vm\n`);
  const r = spawnSync('bash', [script, '--vm'], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`The tests need ${absent.join(', ')}, which are not installed: ${r.stderr.trim().replace(/^setup: /, '')}`);
  const still = missing();
  if (still.length > 0) throw new Error(`scripts/setup.sh --vm ran but ${still.join(', ')} are still missing.`);
}
