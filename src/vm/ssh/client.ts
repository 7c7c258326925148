/**
 * The SSH adapter both VM drivers use once a guest is up: the OpenSSH client, with options that fit
 * throwaway guests (no host key checks, no agent, no password prompts) and that notice a dropped
 * connection within seconds. Every call is bounded in time.
 */
import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SshTarget {
  host: string;
  port: number;
  user: string;
  identityFile: string;
  /** A command prefix for ssh and tar, e.g. ['ip', 'netns', 'exec', 'NAME'] when the guest's network lives in a namespace. */
  via?: string[];
}

/** The program and arguments that run `ssh ARGS`, through t.via when set. */
export function sshCommand(t: SshTarget, args: string[]): [string, string[]] {
  const via = t.via ?? [];
  return via.length > 0 ? [via[0]!, [...via.slice(1), 'ssh', ...args]] : ['ssh', args];
}

/**
 * Seconds of silence before the client gives up on a guest (ServerAliveInterval × CountMax): 30 s × 6,
 * as vmactions' anyvm writes into its SSH config. A guest under fork load can go quiet for tens of
 * seconds and still be alive; 5 s × 4 lost such guests.
 */
export const ALIVE_INTERVAL_SEC = 30;
export const ALIVE_COUNT = 6;

export function sshOptions(t: SshTarget, connectTimeoutSec = 10): string[] {
  return [
    '-o', 'BatchMode=yes',
    '-o', 'StrictHostKeyChecking=no',
    '-o', 'UserKnownHostsFile=/dev/null',
    '-o', 'LogLevel=ERROR',
    '-o', 'IdentitiesOnly=yes',
    '-o', `ConnectTimeout=${connectTimeoutSec}`,
    '-o', `ServerAliveInterval=${ALIVE_INTERVAL_SEC}`,
    '-o', `ServerAliveCountMax=${ALIVE_COUNT}`,
    '-i', t.identityFile,
    '-p', String(t.port),
  ];
}

/** Arguments for `ssh` running one remote shell command. */
export function sshArgs(t: SshTarget, command: string, connectTimeoutSec?: number): string[] {
  return [...sshOptions(t, connectTimeoutSec), `${t.user}@${t.host}`, '--', command];
}

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a remote command to completion, bounded by timeoutMs; never throws for a remote failure. */
export async function sshExec(t: SshTarget, command: string, timeoutMs: number): Promise<ExecResult> {
  try {
    const [file, args] = sshCommand(t, sshArgs(t, command));
    const { stdout, stderr } = await run(file, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 32 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { code?: number | string; stdout?: string; stderr?: string; killed?: boolean };
    if (e.code === 'ENOENT') throw new Error('the ssh client is not installed (apt-get install openssh-client)');
    const code = typeof e.code === 'number' ? e.code : null;
    return { code, stdout: e.stdout ?? '', stderr: e.killed ? `${e.stderr ?? ''}timed out after ${timeoutMs} ms` : (e.stderr ?? '') };
  }
}

/**
 * Retry `ssh true` until it works, the deadline passes, the signal aborts, or `gone()` says the
 * guest died (then waiting longer is pointless). Returns undefined when up, else why not.
 */
export async function waitForSsh(
  t: SshTarget,
  opts: { deadline: number; signal: AbortSignal; gone: () => string | undefined; intervalMs?: number },
): Promise<string | undefined> {
  let last = 'no answer';
  while (Date.now() < opts.deadline) {
    if (opts.signal.aborted) return 'interrupted';
    const dead = opts.gone();
    if (dead) return dead;
    const left = Math.max(1000, opts.deadline - Date.now());
    const r = await sshExec(t, 'true', Math.min(20_000, left));
    if (r.code === 0) return undefined;
    last = r.stderr.trim().split('\n').pop() || `ssh exited with ${r.code ?? 'a signal'}`;
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 2000));
  }
  return `SSH did not answer in time (last: ${last})`;
}

/** A new ed25519 key pair for one run; returns the private key path and the public key's base64 blob. */
export async function generateKey(dir: string): Promise<{ identityFile: string; publicBlob: string }> {
  const identityFile = join(dir, 'id_ed25519');
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'scalewatch-run', '-f', identityFile], { timeout: 20_000 });
  const pub = (await readFile(`${identityFile}.pub`, 'utf8')).trim().split(/\s+/);
  const blob = pub[1];
  if (!blob) throw new Error('ssh-keygen wrote an unexpected public key');
  return { identityFile, publicBlob: blob };
}

/**
 * Copy a local directory's contents into a remote directory with tar over SSH (tar is in every
 * base system; rsync is not).
 */
export function copyDirIn(t: SshTarget, localDir: string, remoteDir: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // ustar: the one format every base system's tar reads (bsdtar, OpenBSD's pax-based tar, GNU tar).
    const tar = spawn('tar', ['--format=ustar', '-C', localDir, '--exclude=*.o', '--exclude=./swbench', '--exclude=./swbench-static', '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const [file, args] = sshCommand(t, sshArgs(t, `rm -rf ${remoteDir} && mkdir -p ${remoteDir} && tar -xf - -C ${remoteDir}`));
    const ssh = spawn(file, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    ssh.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString('utf8');
    });
    tar.stdout.pipe(ssh.stdin);
    const timer = setTimeout(() => {
      tar.kill('SIGKILL');
      ssh.kill('SIGKILL');
    }, timeoutMs);
    ssh.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`copying the suite into the guest failed: ${stderr.trim().split('\n').pop() || `ssh exited with ${code ?? 'a signal'}`}`));
    });
    ssh.on('error', (err) => reject(err));
  });
}
