/**
 * A small typed adapter over the Vagrant CLI: each method runs one `vagrant … --machine-readable`
 * command, bounded in time, and returns parsed records, never scraped human text. The environment
 * pins where Vagrant keeps its state (VAGRANT_DOTFILE_PATH) and which Vagrantfile it reads.
 */
import { spawn } from 'node:child_process';
import { boxesFrom, errorFrom, parseRecords, parseSshConfig, statesFrom, type BoxEntry, type SshConfig, type VagrantRecord } from './output.js';

export class VagrantError extends Error {
  override name = 'VagrantError';
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
  }
}

export interface VagrantCliOptions {
  bin?: string;
  /** The folder holding the Vagrantfile (VAGRANT_CWD). */
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** A command prefix, e.g. ['ip', 'netns', 'exec', 'NAME'] to run Vagrant in a network namespace. */
  via?: string[];
  /** Progress: each ui line Vagrant prints while a long command runs. */
  onProgress?: (line: string) => void;
}

export class VagrantCli {
  constructor(private readonly opts: VagrantCliOptions) {}

  /** Set one variable of the environment every later command gets. */
  setEnv(name: string, value: string): void {
    this.opts.env = { ...this.opts.env, [name]: value };
  }

  /** Run one command; resolves with its records, rejects with a VagrantError on failure or timeout. */
  run(args: string[], timeoutMs: number, signal?: AbortSignal): Promise<VagrantRecord[]> {
    return new Promise((resolve, reject) => {
      const argv = [this.opts.bin ?? 'vagrant', ...args, '--machine-readable'];
      const via = this.opts.via ?? [];
      const child = spawn(via[0] ?? argv[0]!, [...via.slice(1), ...(via.length > 0 ? argv : argv.slice(1))], {
        cwd: this.opts.cwd,
        env: { ...process.env, ...this.opts.env, VAGRANT_CWD: this.opts.cwd, VAGRANT_NO_COLOR: '1', VAGRANT_CHECKPOINT_DISABLE: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let out = '';
      let err = '';
      let pending = '';
      let why: string | undefined;
      const stop = (reason: string) => {
        why ??= reason;
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Gone.
        }
        setTimeout(() => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Gone.
          }
        }, 10_000).unref();
      };
      const timer = setTimeout(() => stop(`timed out after ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
      const onAbort = () => stop('interrupted');
      signal?.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (c: Buffer) => {
        const s = c.toString('utf8');
        if (out.length < 16 << 20) out += s;
        if (this.opts.onProgress) {
          pending += s;
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const r of parseRecords(lines.join('\n'))) {
            if (r.type === 'ui' && r.data[1]) this.opts.onProgress(r.data[1].trim().slice(0, 300));
          }
        }
      });
      child.stderr.on('data', (c: Buffer) => {
        if (err.length < 65536) err += c.toString('utf8');
      });
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new VagrantError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'vagrant is not installed (scripts/setup.sh --vagrant installs it; the Action runs it itself)' : e.message, 'Spawn'));
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const records = parseRecords(out);
        if (why) return reject(new VagrantError(`vagrant ${args[0]} ${why}`, why === 'interrupted' ? 'Interrupted' : 'Timeout'));
        if (code !== 0) {
          const e = errorFrom(records);
          const msg = e?.message || err.trim().split('\n').filter((l) => l.trim() !== '').pop() || `exit code ${code}`;
          return reject(new VagrantError(`vagrant ${args[0]} failed: ${msg}`, e?.kind ?? 'Exit'));
        }
        resolve(records);
      });
    });
  }

  async boxList(): Promise<BoxEntry[]> {
    return boxesFrom(await this.run(['box', 'list'], 60_000));
  }

  /** Add a box: by name and pinned version from a catalog, or from a local catalog JSON file. */
  async boxAdd(source: string, opts: { name?: string; version?: string; provider?: string }, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    const args = ['box', 'add', source];
    if (opts.name) args.push('--name', opts.name);
    if (opts.version) args.push('--box-version', opts.version);
    if (opts.provider) args.push('--provider', opts.provider);
    await this.run(args, timeoutMs, signal);
  }

  async boxRemove(name: string, version: string, provider: string): Promise<void> {
    await this.run(['box', 'remove', '--force', name, '--box-version', version, '--provider', provider], 300_000);
  }

  async status(machine: string): Promise<string | undefined> {
    return statesFrom(await this.run(['status', machine], 60_000)).get(machine);
  }

  async up(machine: string, provider: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    await this.run(['up', machine, `--provider=${provider}`, '--no-provision'], timeoutMs, signal);
  }

  async sshConfig(machine: string): Promise<SshConfig> {
    const records = await this.run(['ssh-config', machine], 60_000);
    // Vagrant emits the configuration as an `ssh-config` record (and again as plain text).
    const cfg = parseSshConfig(records.find((r) => r.type === 'ssh-config')?.data[0] ?? '');
    if (!cfg) throw new VagrantError(`vagrant ssh-config ${machine} gave no usable host, port, user and key`, 'SshConfig');
    return cfg;
  }

  async destroy(machine: string, timeoutMs: number): Promise<void> {
    await this.run(['destroy', '--force', machine], timeoutMs);
  }
}
