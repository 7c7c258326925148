/**
 * Vagrant's machine-readable output (`vagrant … --machine-readable`): one record a line,
 * `timestamp,target,type,data,data,…`. Commas inside a field are written `%!(VAGRANT_COMMA)` and
 * newlines as a literal `\n` (carriage returns `\r`). Pure: text in, records out.
 */
export interface VagrantRecord {
  timestamp: number;
  /** The machine the record is about; '' for global ones (box list, version). */
  target: string;
  type: string;
  data: string[];
}

export function unescapeField(field: string): string {
  return field.replace(/%!\(VAGRANT_COMMA\)/g, ',').replace(/\\n/g, '\n').replace(/\\r/g, '\r');
}

/** Parse one line; undefined for a line that is not a record (Vagrant sometimes prints plain text). */
export function parseRecord(line: string): VagrantRecord | undefined {
  const fields = line.replace(/\r$/, '').split(',');
  if (fields.length < 3) return undefined;
  const [ts, target, type, ...data] = fields;
  if (!ts || !/^\d+$/.test(ts) || !type || !/^[a-z][a-z0-9_-]*$/i.test(type)) return undefined;
  return { timestamp: Number(ts), target: unescapeField(target ?? ''), type, data: data.map(unescapeField) };
}

export function parseRecords(text: string): VagrantRecord[] {
  const out: VagrantRecord[] = [];
  for (const line of text.split('\n')) {
    const r = parseRecord(line);
    if (r) out.push(r);
  }
  return out;
}

export interface BoxEntry {
  name: string;
  provider: string;
  version: string;
}

/** `vagrant box list`: box-name, box-provider, box-version records, in that order per box. */
export function boxesFrom(records: VagrantRecord[]): BoxEntry[] {
  const boxes: BoxEntry[] = [];
  let cur: Partial<BoxEntry> = {};
  for (const r of records) {
    const v = r.data[0] ?? '';
    if (r.type === 'box-name') {
      cur = { name: v };
    } else if (r.type === 'box-provider') {
      cur.provider = v;
    } else if (r.type === 'box-version') {
      cur.version = v;
      if (cur.name && cur.provider) boxes.push({ name: cur.name, provider: cur.provider, version: v });
      cur = { name: cur.name };
    }
  }
  return boxes;
}

/** `vagrant status`: the state of each machine (`running`, `shutoff`, `not_created`, …). */
export function statesFrom(records: VagrantRecord[]): Map<string, string> {
  const states = new Map<string, string>();
  for (const r of records) if (r.type === 'state' && r.data[0]) states.set(r.target, r.data[0]);
  return states;
}

/** The error a failed command reported (`error-exit`: class, message), if any. */
export function errorFrom(records: VagrantRecord[]): { kind: string; message: string } | undefined {
  const e = records.find((r) => r.type === 'error-exit');
  if (!e) return undefined;
  return { kind: e.data[0] ?? 'Error', message: (e.data[1] ?? '').trim() };
}

/** Text the command printed as `ui` records of the given levels, joined. */
export function uiText(records: VagrantRecord[], levels: readonly string[] = ['info', 'output']): string {
  return records
    .filter((r) => r.type === 'ui' && levels.includes(r.data[0] ?? ''))
    .map((r) => r.data.slice(1).join(','))
    .join('\n');
}

export interface SshConfig {
  host: string;
  port: number;
  user: string;
  identityFile: string;
}

/**
 * `vagrant ssh-config` prints an OpenSSH client configuration (in ui records when machine-readable);
 * read the keys that matter. Quotes around paths are removed.
 */
export function parseSshConfig(text: string): SshConfig | undefined {
  const kv = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const m = /^\s*(\w+)\s+(.*?)\s*$/.exec(raw);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    if (!kv.has(key)) kv.set(key, m[2]!.replace(/^"(.*)"$/, '$1'));
  }
  const host = kv.get('hostname');
  const port = Number(kv.get('port') ?? '22');
  const user = kv.get('user');
  const identityFile = kv.get('identityfile');
  if (!host || !user || !identityFile || !Number.isInteger(port) || port <= 0 || port > 65535) return undefined;
  return { host, port, user, identityFile };
}
