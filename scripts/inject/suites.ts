/**
 * Copies of suite/ with real regressions injected by exact text edits, for the measurement scripts
 * (bench:statistics, bench:sequential): the copy is a suite of its own that scalewatch builds and runs
 * as side B, so the change is measured as a user's would be.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUITE_DIR } from '../../src/suite/build.js';

/** Figures whose repetitions go through the figure loop (figure.c), which the injected copy slows. */
export const TIMED_FIGURES = new Set(['pipe', 'ctxswitch', 'fork-exit', 'malloc', 'malloc-mt', 'file-create', 'seq-write', 'seq-read', 'http-rps']);

/** suite/ copied to `dir` (built files left out), with `edit` to change a file by an exact text replacement. */
function copyOf(dir: string): (file: string, from: string, to: string) => void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(SUITE_DIR, dir, { recursive: true, filter: (src) => !/\.o$|swbench(-static)?$/.test(src) });
  return (file, from, to) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`cannot inject into ${file}: "${from.slice(0, 40)}…" not found`);
    writeFileSync(path, text.replace(from, to));
  };
}

/**
 * The suite with every change `percent` slower: socket walks a table of its open descriptors inside
 * the timed region (O(n)); every other curve's operation takes `percent` longer; every timed figure's
 * rate is `percent` lower. Returns `dir`.
 */
export function injectedCopy(dir: string, percent: number): string {
  const edit = copyOf(dir);
  // socket: a table walked inside the timed region, O(n) in open descriptors.
  edit('bench_socket.c', '#include "swbench.h"\n', '#include "swbench.h"\n\nstatic volatile long inject_sink;\n');
  edit('bench_socket.c', '\t\t\tt0 = sw_now();\n\t\t\tfd = socket(', '\t\t\tt0 = sw_now();\n\t\t\t{ long i, s = 0; for (i = 0; i < n; i++) s += fds[i]; inject_sink = s; }\n\t\t\tfd = socket(');
  // Every other curve: the operation takes `percent` longer (a spin after it, inside the timed region).
  edit('harness.c', '\tout_printf("{\\"type\\":\\"sample\\"', `\tif (strcmp(r->bench->name, "socket") != 0) {\n\t\tuint64_t until = t1 + (t1 - t0) * ${percent} / 100;\n\t\twhile ((t1 = sw_now()) < until)\n\t\t\tcontinue;\n\t}\n\tout_printf("{\\"type\\":\\"sample\\"`);
  // Every timed figure: each batch takes percent/(100 - percent) longer, so its rate is `percent` lower.
  edit('figure.c', '\t\tt1 = sw_now();\n\t\t*ops += (uint64_t)*batch;', `\t\tt1 = sw_now();\n\t\t{ uint64_t until = t1 + (t1 - t0) * ${percent} / ${100 - percent}; while ((t1 = sw_now()) < until) continue; }\n\t\t*ops += (uint64_t)*batch;`);
  return dir;
}

/** The suite with socket's timed region `ns` nanoseconds longer (a spin before the call), nothing else changed. Returns `dir`. */
export function socketSpinCopy(dir: string, ns: number): string {
  const edit = copyOf(dir);
  edit('bench_socket.c', '\t\t\tt0 = sw_now();\n\t\t\tfd = socket(', `\t\t\tt0 = sw_now();\n\t\t\t{ uint64_t spin = t0 + ${ns}; while (sw_now() < spin) continue; }\n\t\t\tfd = socket(`);
  return dir;
}
