/** Run the real CLI in-process, as `scalewatch ARGS...`, and capture what it prints and its exit code. */
import { writeFileSync } from 'node:fs';
import { vi } from 'vitest';
import { main } from '../../src/commands/program.js';
import { formatRecord, type ResultSet } from '../../src/suite/protocol.js';

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    process.exitCode = undefined;
    return { code: await main(['node', 'scalewatch', ...args]), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

/** Save a result set as a results file (JSON Lines, meta first). */
export function writeResults(path: string, rs: ResultSet): void {
  writeFileSync(path, [rs.meta, ...rs.samples, ...rs.values, ...rs.errors].map(formatRecord).join('\n') + '\n');
}
