/** Ctrl-C and SIGTERM for the measuring commands: the first stops the run cleanly, a second quits at once. */
import { EXIT } from '../errors.js';

export async function withInterrupt<T>(log: (msg: string) => void, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    signals++;
    if (signals > 1) process.exit(EXIT.interrupted);
    log(`${sig}: stopping the benchmark and cleaning up (again to quit at once)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
