/**
 * vitest's global set-up: the tests need the Debian packages that scripts/setup.sh --vm installs
 * (clang and bmake for the suite's build checks, QEMU and the rest for the VM tests). On a machine
 * where they are missing, this installs them when it runs as root, and otherwise stops the whole run
 * at once with the one command to type, instead of letting dozens of tests fail one by one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
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
  const root = process.getuid?.() === 0;
  if (!root) {
    throw new Error(`The tests need ${absent.join(', ')}, which are not installed; run once: sudo bash ${script} --vm`);
  }
  process.stderr.write(`test set-up: ${absent.join(', ')} missing; running scripts/setup.sh --vm (as root)\n`);
  execFileSync('bash', [script, '--vm'], { stdio: 'inherit' });
  const still = missing();
  if (still.length > 0) throw new Error(`scripts/setup.sh --vm ran but ${still.join(', ')} are still missing.`);
}
