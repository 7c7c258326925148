import { describe, expect, it } from 'vitest';
import { spawnStream } from '../../src/vm/process.js';

async function lines(script: string): Promise<{ lines: string[]; status: string }> {
  const out: string[] = [];
  const end = await spawnStream('sh', ['-c', script], { hardLimitMs: 10_000, signal: new AbortController().signal, onLine: (l) => out.push(l) });
  return { lines: out, status: end.status };
}

describe('spawnStream at the end of a stream', () => {
  it('keeps the last line of a program that wrote it without a newline and exited', async () => {
    expect(await lines(`printf '{"n":1}\\n{"n":2}'`)).toEqual({ lines: ['{"n":1}', '{"n":2}'], status: 'ok' });
  });
  it('drops the line a killed program was writing: it was cut, not written', async () => {
    expect(await lines(`printf '{"n":1}\\n{"type":"sam'; kill -KILL $$`)).toEqual({ lines: ['{"n":1}'], status: 'exited' });
  });
});

describe('spawnStream with an exit code that means the stream was cut', () => {
  it("drops the unfinished line when the program exits so (ssh's 255), keeps it otherwise", async () => {
    const run = async (code: number) => {
      const out: string[] = [];
      await spawnStream('sh', ['-c', `printf '{"n":1}\\n{"n":2'; exit ${code}`], {
        hardLimitMs: 10_000,
        signal: new AbortController().signal,
        onLine: (l) => out.push(l),
        cutBy: (c) => c === 255,
      });
      return out;
    };
    expect(await run(255)).toEqual(['{"n":1}']);
    expect(await run(3)).toEqual(['{"n":1}', '{"n":2']);
  });
});
