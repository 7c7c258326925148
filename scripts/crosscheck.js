#!/usr/bin/env node
// Cross-check the suite's figures against reference tools from Debian, on this machine, in one run.
// For each row, ROUNDS rounds alternate one swbench repetition of 1 s with one run of the reference
// tool (so that a change in the machine's load hits both alike); the medians go into a table, in the
// figure's unit, which is written into docs/benchmarks.md between its crosscheck markers, so a rerun
// replaces it.
//
// Usage: npm run bench:crosscheck            (builds lib/ first; takes about six minutes here)
// Installs nothing: it says which Debian packages are missing (sudo scripts/setup.sh --crosscheck).
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURES } from '../lib/suite/benches.js';
import { buildSuite } from '../lib/suite/build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const doc = join(root, 'docs', 'benchmarks.md');
const BEGIN = '<!-- crosscheck:begin (written by scripts/crosscheck.js; edits here are lost) -->';
const END = '<!-- crosscheck:end -->';
const ROUNDS = 5;
const OUR_SECONDS = 1;

/** The reference tools, and the Debian package of each (also in scripts/setup.sh --crosscheck). */
const TOOLS = { perf: 'linux-perf', 'stress-ng': 'stress-ng', wrk: 'wrk', dd: 'coreutils' };

const onPath = (cmd) =>
  (process.env.PATH ?? '').split(':').some((d) => {
    try {
      accessSync(join(d || '.', cmd), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const missing = Object.keys(TOOLS).filter((t) => !onPath(t));
if (missing.length) {
  const pkgs = [...new Set(missing.map((t) => TOOLS[t]))].join(' ');
  console.error(`crosscheck: ${missing.join(', ')} not found; install with: sudo scripts/setup.sh --crosscheck (Debian packages: ${pkgs})`);
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Run a command, return its stdout and stderr together; a failure ends the script with its output. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) {
    console.error(`crosscheck: ${cmd} ${args.join(' ')} failed (status ${r.status}):\n${out}`);
    process.exit(1);
  }
  return out;
}

function match(out, re, what) {
  const m = re.exec(out);
  if (!m) {
    console.error(`crosscheck: could not read ${what} from:\n${out}`);
    process.exit(1);
  }
  return Number(m[1]);
}

/** dd's closing line: "N bytes (...) copied, S s, ..." -> MB/s (10^6 bytes). */
const ddRate = (out) => {
  const m = /(\d+) bytes .* copied, ([\d.]+) s/.exec(out);
  if (!m) throw new Error(`no dd summary in: ${out}`);
  return Number(m[1]) / Number(m[2]) / 1e6;
};

/** stress-ng --metrics-brief: the stressor's "bogo ops/s (real time)" column. */
const bogoRate = (out, stressor) => match(out, new RegExp(`metrc: \\[\\d+\\] ${stressor}\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)`), `${stressor} bogo ops/s`);

const suite = await buildSuite({ log: (m) => console.error(`crosscheck: ${m}`) });
const scratch = mkdtempSync(join(tmpdir(), 'sw-crosscheck-'));
const ncpu = cpus().length;
const stressTmp = ['--temp-path', scratch];

/** One repetition of a figure (after its warm-up), as swbench reports it. */
function ours(bench) {
  const out = run(suite.swbench, ['run', bench, '-r', '1', '-s', String(OUR_SECONDS), '-d', scratch]);
  const values = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const errs = values.filter((v) => v.type === 'error');
  if (errs.length) {
    console.error(`crosscheck: swbench ${bench}: ${errs[0].message}`);
    process.exit(1);
  }
  return values[0].value;
}

/** Start `swbench serve`, run fn(port), stop the server by closing its standard input. */
async function withServer(fn) {
  const child = spawn(suite.swbench, ['serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    child.on('exit', () => reject(new Error('swbench serve exited before it printed its port')));
  });
  try {
    return fn(Number(line.split(' ')[1]));
  } finally {
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  }
}

// seq-write rewrites a file written beforehand (see suite/bench_seqio.c); so does dd here: the file is
// written once, untimed, and dd overwrites it in place (conv=notrunc), with the same 1 MiB writes.
const bigFile = join(scratch, 'seq');
const SEQ_MIB = 256;
const prepareSeqFile = () => run('dd', ['if=/dev/zero', `of=${bigFile}`, 'bs=1M', `count=${SEQ_MIB}`, 'conv=fsync', 'status=none']);
const rows = [
  {
    bench: 'pipe',
    tool: 'dd | dd',
    command: 'dd if=/dev/zero bs=64K count=32768 | dd of=/dev/null bs=64K iflag=fullblock',
    ref: () => ddRate(run('sh', ['-c', 'dd if=/dev/zero bs=64K count=32768 status=none | dd of=/dev/null bs=64K iflag=fullblock 2>&1'])),
    note: 'same writes (64 KiB) and reader; the reading dd also counts its own start-up in its time',
  },
  {
    bench: 'ctxswitch',
    tool: 'perf bench sched pipe',
    command: 'perf bench sched pipe -l 200000, usecs/op ÷ 2',
    ref: () => match(run('perf', ['bench', 'sched', 'pipe', '-l', '200000']), /([\d.]+) usecs\/op/, 'usecs/op') / 2,
    note: 'perf reports a round trip (two switches); halved here, as swbench halves its own',
  },
  {
    bench: 'fork-exit',
    tool: 'stress-ng --fork',
    command: 'stress-ng --fork 1 --fork-max 1 -t 2, 10^6 ÷ bogo ops/s',
    ref: () => 1e6 / bogoRate(run('stress-ng', ['--fork', '1', '--fork-max', '1', '-t', '2', '--metrics-brief', ...stressTmp]), 'fork'),
    note: 'one bogo op is one fork, exit and wait of stress-ng, a far larger process than swbench',
  },
  {
    bench: 'malloc',
    tool: 'stress-ng --malloc',
    command: 'stress-ng --malloc 1 --malloc-bytes 1K --malloc-max 1024 -t 2, bogo ops/s ÷ 10^6',
    ref: () => bogoRate(run('stress-ng', ['--malloc', '1', '--malloc-bytes', '1K', '--malloc-max', '1024', '-t', '2', '--metrics-brief', ...stressTmp]), 'malloc') / 1e6,
    note: 'a bogo op is one random malloc, calloc, realloc or free of up to 1 KB; swbench’s op is a free and a malloc of 16–256 B',
  },
  {
    bench: 'malloc-mt',
    tool: 'stress-ng --malloc',
    command: `stress-ng --malloc ${ncpu} --malloc-bytes 1K --malloc-max 1024 -t 2, bogo ops/s ÷ 10^6`,
    ref: () => bogoRate(run('stress-ng', ['--malloc', String(ncpu), '--malloc-bytes', '1K', '--malloc-max', '1024', '-t', '2', '--metrics-brief', ...stressTmp]), 'malloc') / 1e6,
    note: `as malloc, in ${ncpu} processes (stress-ng) rather than ${ncpu} threads of one process (swbench)`,
  },
  {
    bench: 'file-create',
    tool: 'stress-ng --dentry',
    command: 'stress-ng --dentry 1 --dentries 64 -t 2, bogo ops/s',
    ref: () => bogoRate(run('stress-ng', ['--dentry', '1', '--dentries', '64', '-t', '2', '--metrics-brief', ...stressTmp]), 'dentry'),
    note: 'a bogo op is one empty file created; each round of 64 also looks names up, unlinks them and calls sync(2)',
  },
  {
    bench: 'seq-write',
    tool: 'dd',
    command: `dd if=/dev/zero of=FILE bs=1M count=${SEQ_MIB} conv=notrunc,fsync (FILE: ${SEQ_MIB} MiB, written beforehand)`,
    ref: () => ddRate(run('dd', ['if=/dev/zero', `of=${bigFile}`, 'bs=1M', `count=${SEQ_MIB}`, 'conv=notrunc,fsync'])),
    note: `both rewrite ${SEQ_MIB} MiB already on the disk in 1 MiB writes; dd calls fsync once, at the end, swbench after every 16 MiB`,
  },
  {
    bench: 'seq-read',
    tool: 'dd',
    command: `dd if=FILE of=/dev/null bs=1M (the ${SEQ_MIB} MiB just written: cached)`,
    ref: () => ddRate(run('dd', [`if=${bigFile}`, 'of=/dev/null', 'bs=1M'])),
    note: `both read a file in the page cache, 1 MiB at a time; swbench 64 MiB over and over, dd ${SEQ_MIB} MiB once`,
  },
  {
    bench: 'http-rps',
    tool: 'wrk',
    command: `wrk -t${ncpu} -c4 -d2s, against swbench serve`,
    ref: () => withServer((port) => match(run('wrk', [`-t${ncpu}`, '-c4', '-d2s', `http://127.0.0.1:${port}/`]), /Requests\/sec:\s+([\d.]+)/, 'Requests/sec')),
    note: `the same server and 4 keep-alive connections; wrk drives them from ${ncpu} epoll threads, swbench from 4 blocking threads`,
  },
  {
    bench: 'build',
    tool: undefined,
    command: undefined,
    ref: undefined,
    note: 'no reference: no Debian tool builds a fixed corpus; the figure is make’s wall time on the clock every figure uses',
  },
];

const load0 = loadavg()[0];
const started = new Date();
const table = [];
try {
  prepareSeqFile();
  for (const row of rows) {
    console.error(`crosscheck: ${row.bench}${row.tool ? ` and ${row.tool}` : ''}`);
    const our = [];
    const refs = [];
    for (let i = 0; i < ROUNDS; i++) {
      our.push(ours(row.bench));
      if (row.ref) refs.push(await row.ref());
    }
    table.push({ ...row, our: median(our), ourAll: our, ref: refs.length ? median(refs) : undefined, refAll: refs });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const unitOf = Object.fromEntries(FIGURES.map((f) => [f.name, f.unit]));
const betterOf = Object.fromEntries(FIGURES.map((f) => [f.name, f.better]));
/** The best round: the one other work on the machine disturbed least. */
const best = (bench, all) => (betterOf[bench] === 'higher' ? Math.max(...all) : Math.min(...all));
const pct = (a, b) => {
  const d = (a - b) / b;
  const text = `${d >= 0 ? '+' : ''}${(d * 100).toFixed(0)}%`;
  return Math.abs(d) > 0.2 ? `**${text}**` : text;
};

const fmt = (x) => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
/** The median and, below it, the range of all rounds: how much the machine moved during the row. */
const spread = (m, all) => (all.length ? `${fmt(m)}<br>(${fmt(Math.min(...all))}–${fmt(Math.max(...all))})` : '–');
const uname = run('uname', ['-srm']).trim();
const lines = [
  BEGIN,
  '',
  `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${uname}, ${ncpu} CPU (${cpus()[0]?.model ?? 'unknown'}); load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end. ${ROUNDS} rounds per row, each one swbench repetition of ${OUR_SECONDS} s (after its warm-up) and one run of the reference tool; the median of the rounds (and their range below it), in the figure's unit. Difference: (scalewatch − reference) ÷ reference, of the medians and of the best rounds (highest rate, lowest time: the round other work disturbed least); **bold** above 20%.`,
  '',
  '| figure | unit | scalewatch | reference | reference command | difference of medians | of best rounds | what differs |',
  '| --- | --- | ---: | ---: | --- | ---: | ---: | --- |',
  ...table.map((r) => {
    const d = r.ref === undefined ? '–' : pct(r.our, r.ref);
    const db = r.ref === undefined ? '–' : pct(best(r.bench, r.ourAll), best(r.bench, r.refAll));
    const tool = r.command ? `\`${r.command.replaceAll('|', '\\|')}\`` : '–';
    return `| ${r.bench} | ${unitOf[r.bench]} | ${spread(r.our, r.ourAll)} | ${spread(r.ref, r.refAll)} | ${tool} | ${d} | ${db} | ${r.note} |`;
  }),
  '',
  END,
];

const text = readFileSync(doc, 'utf8');
const a = text.indexOf(BEGIN);
const b = text.indexOf(END);
if (a < 0 || b < a) {
  console.error(`crosscheck: ${doc} has no crosscheck markers; the table was:\n${lines.join('\n')}`);
  process.exit(1);
}
writeFileSync(doc, text.slice(0, a) + lines.join('\n') + text.slice(b + END.length));
console.log(lines.slice(2, -2).join('\n'));
console.error(`crosscheck: wrote the table into ${doc}`);
