/**
 * Run a plan on a guest over SSH, one invocation at a time, streaming each one's stdout lines into
 * the runner's sink. Shared by the qemu driver's image mode and the vagrant driver. A connection
 * that drops mid-invocation (ssh exits 255) is checked against the guest: if the guest is gone, the
 * invocation and every later one end as `lost` with the console's tail; the samples already
 * streamed stay with the runner.
 */
import { unknownSuiteMessage, type Invocation, type InvocationEnd, type RunSink, type SuitePlan } from '../driver.js';
import { shellQuote } from '../shell.js';
import { spawnStream } from '../process.js';
import { sshArgs, sshCommand, sshExec, type SshTarget } from './client.js';

export interface RemoteGuest {
  ssh: SshTarget;
  /** Directory in the guest where the suite was built. */
  suiteDir: string;
  /** Directories in the guest of the extra builds (an invocation's `build`), by key. */
  extraSuiteDirs?: Readonly<Record<string, string>>;
  /** `sudo` or `doas`, or '' when the SSH user is root. */
  become: string;
  limits: { nofile: number; nproc: number };
  /** The command words that put a one-CPU invocation on one CPU in this guest (src/vm/placement.ts); absent or null, it runs free. */
  oneCpu?: readonly string[] | null;
  graceSec: number;
  /** Why the guest is gone (QEMU exited, the VM is not running), or undefined when it seems up. */
  lost: () => Promise<string | undefined>;
  consoleTail: () => string[];
}

/** The guest directory of the build an invocation names, or undefined when there is no such build. */
export function remoteSuiteDir(g: Pick<RemoteGuest, 'suiteDir' | 'extraSuiteDirs'>, inv: Invocation): string | undefined {
  if (inv.build === undefined) return g.suiteDir;
  return Object.hasOwn(g.extraSuiteDirs ?? {}, inv.build) ? g.extraSuiteDirs![inv.build] : undefined;
}

/** The remote command of one invocation: cd into its build's folder, raise limits as root, then exec the suite. */
export function remoteCommand(g: Pick<RemoteGuest, 'suiteDir' | 'extraSuiteDirs' | 'become' | 'limits' | 'oneCpu'>, inv: Invocation): string {
  const dir = remoteSuiteDir(g, inv);
  if (dir === undefined) throw new Error(`remoteCommand: ${unknownSuiteMessage(inv.build ?? '')}`);
  const place = inv.oneCpu && g.oneCpu ? `${g.oneCpu.map(shellQuote).join(' ')} ` : '';
  const suite = `${place}./${inv.binary} ${inv.args.map(shellQuote).join(' ')}`;
  // The process limit is `ulimit -u` in FreeBSD's sh and bash, `-p` in dash, NetBSD's sh and OpenBSD's ksh.
  const inner = `ulimit -n ${g.limits.nofile} 2>/dev/null || ulimit -n unlimited 2>/dev/null; { ulimit -u ${g.limits.nproc} || ulimit -p ${g.limits.nproc}; } 2>/dev/null; exec ${suite}`;
  const sh = `sh -c ${shellQuote(inner)}`;
  return `cd ${shellQuote(dir)} && ${g.become ? `${g.become} ${sh}` : sh}`;
}

export async function runPlanRemote(plan: SuitePlan, g: RemoteGuest, sink: RunSink, signal: AbortSignal): Promise<void> {
  let gone: InvocationEnd | undefined;
  for (const inv of plan.invocations) {
    sink.start(inv);
    if (gone) {
      sink.end(inv, gone.status === 'lost' ? { ...gone, reason: `not run: ${gone.reason}` } : gone);
      continue;
    }
    if (signal.aborted) {
      gone = { status: 'interrupted' };
      sink.end(inv, gone);
      continue;
    }
    if (remoteSuiteDir(g, inv) === undefined) {
      sink.end(inv, { status: 'exited', code: null, signal: null, stderrTail: [unknownSuiteMessage(inv.build ?? '')] });
      continue;
    }
    const [file, args] = sshCommand(g.ssh, sshArgs(g.ssh, remoteCommand(g, inv)));
    let end = await spawnStream(file, args, {
      hardLimitMs: (inv.timeLimitSec + g.graceSec) * 1000,
      signal,
      onLine: (line) => sink.line(inv, line),
      cutBy: (code) => code === 255,
    });
    if (end.status === 'exited' && end.code === 255) {
      // ssh's own failure: the connection dropped. Is the guest still there?
      const why = (await g.lost()) ?? (await probe(g.ssh));
      if (why) end = { status: 'lost', reason: why, consoleTail: g.consoleTail() };
    } else if (end.status === 'timeout' || end.status === 'interrupted') {
      // The local ssh is gone, the remote suite may not be: stop it, boundedly.
      const kill = await sshExec(g.ssh, `${g.become ? `${g.become} ` : ''}pkill -KILL -x ${inv.binary} || true`, 15_000);
      if (kill.code !== 0 && end.status === 'timeout') {
        const why = (await g.lost()) ?? 'the guest stopped responding';
        end = { status: 'lost', reason: why, consoleTail: g.consoleTail() };
      }
    }
    sink.end(inv, end);
    if (end.status === 'lost' || end.status === 'interrupted') gone = end;
  }
}

async function probe(t: SshTarget): Promise<string | undefined> {
  const r = await sshExec(t, 'true', 20_000);
  return r.code === 0 ? undefined : `the SSH connection dropped and the guest does not answer (${r.stderr.trim().split('\n').pop() || 'no reply'})`;
}
