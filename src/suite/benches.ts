/**
 * The catalogue of the suite: every benchmark the C suite knows, what its n means, and how big the
 * quick and full suites make it. The host passes these sizes to `swbench run`, so this table is the
 * one place that decides how long a suite takes.
 */
import { UserError } from '../errors.js';

export type SuiteName = 'quick' | 'full';

export interface CurveSize {
  /** Samples per run: swbench records every n from 0 to maxN - 1 (n = what exists before the timed op). */
  maxN: number;
  runs: number;
}

export interface FigureSize {
  runs: number;
  /** Target seconds of one repetition (after a warm-up). */
  seconds: number;
}

interface BenchCommon {
  name: string;
  /** One line for --help, reports and docs. */
  what: string;
  /** Binary that runs it: the static one only for fork-static. */
  binary: 'swbench' | 'swbench-static';
  /**
   * Run with all its processes on one CPU (the driver's placement, src/vm/placement.ts): it times one
   * process waking another, and left free the scheduler's choice of CPU for the woken one moved it by
   * 22–47% from round to round on a two-CPU host, 5–7% on one CPU (docs/statistics.md).
   */
  oneCpu?: true;
}

export interface CurveBench extends BenchCommon {
  kind: 'curve';
  /** What n counts, for axis labels. */
  nIs: string;
  quick: CurveSize;
  full: CurveSize;
}

/** The units of the figures, exactly as swbench prints them (MB is 10^6 bytes). */
export type FigureUnit = 'MB/s' | 'µs' | 'M/s' | 'ops/s' | 'req/s' | 's';

export interface FigureBench extends BenchCommon {
  kind: 'figure';
  unit: FigureUnit;
  better: 'higher' | 'lower';
  quick: FigureSize;
  full: FigureSize;
}

export type Bench = CurveBench | FigureBench;

/** The same benchmark, run on one CPU. */
const onOneCpu = <B extends Bench>(bench: B): B => ({ ...bench, oneCpu: true });

const curve = (name: string, what: string, nIs: string, quick: CurveSize, full: CurveSize, binary: Bench['binary'] = 'swbench'): CurveBench => ({
  kind: 'curve',
  name,
  what,
  nIs,
  quick,
  full,
  binary,
});

export const CURVES: readonly CurveBench[] = [
  curve('socket', 'one socket() call', 'descriptors open', { maxN: 10000, runs: 5 }, { maxN: 10000, runs: 7 }),
  curve('bind', 'bind() of a TCP socket to port 0', 'sockets bound', { maxN: 5000, runs: 5 }, { maxN: 10000, runs: 7 }),
  curve('fork', 'fork() until the child has written one byte to a pipe', 'live children', { maxN: 2000, runs: 5 }, { maxN: 3000, runs: 7 }),
  curve('fork-static', 'the fork benchmark, statically linked', 'live children', { maxN: 2000, runs: 5 }, { maxN: 3000, runs: 7 }, 'swbench-static'),
  curve('mmap', 'mmap() of one 4 KiB page of a cached file', 'pages mapped', { maxN: 10000, runs: 5 }, { maxN: 25600, runs: 7 }),
  curve('touch', 'first read of one mapped page', 'pages touched', { maxN: 10000, runs: 5 }, { maxN: 25600, runs: 7 }),
  onOneCpu(curve('connect', 'connect() on loopback until the event-driven server has accepted', 'connections open', { maxN: 5000, runs: 5 }, { maxN: 10000, runs: 7 })),
  onOneCpu(curve('http', 'one HTTP/1.1 request to the suite’s event-driven server', 'idle connections open', { maxN: 5000, runs: 5 }, { maxN: 10000, runs: 7 })),
  curve('dir-create', 'create of one empty file in a directory', 'files in the directory', { maxN: 3000, runs: 5 }, { maxN: 5000, runs: 7 }),
];

/** Seconds of one repetition (after its warm-up), and repetitions, of every figure. */
const QUICK: FigureSize = { runs: 5, seconds: 0.4 };
const FULL: FigureSize = { runs: 7, seconds: 1.5 };

const figure = (name: string, what: string, unit: FigureBench['unit'], better: FigureBench['better'], quick = QUICK, full = FULL): FigureBench => ({
  kind: 'figure',
  name,
  what,
  unit,
  better,
  quick,
  full,
  binary: 'swbench',
});


/**
 * The calibration figure: CPU speed as a benchmark gets it (FNV-1a hashing in the first-level cache,
 * no system calls). Every run measures it first, whatever --bench says, so that constant factors can
 * be normalized for machine speed (docs/statistics.md). Five short repetitions: about 1.5 s.
 */
export const CALIB_NAME = 'calib';
const CALIB_SIZE: FigureSize = { runs: 5, seconds: 0.2 };
export const CALIB: FigureBench = figure(CALIB_NAME, 'calibration: 64-bit FNV-1a hashing of data in the first-level cache, one CPU', 'MB/s', 'higher', CALIB_SIZE, CALIB_SIZE);

/** The throughput and latency figures; docs/benchmarks.md says how each is measured and cross-checked. */
export const FIGURES: readonly FigureBench[] = [
  onOneCpu(figure('pipe', 'bytes through a pipe between two processes, 64 KiB writes', 'MB/s', 'higher')),
  onOneCpu(figure('ctxswitch', 'one switch between two processes passing a token over pipes (half a round trip)', 'µs', 'lower')),
  figure('fork-exit', 'fork(), the child exits at once, the parent reaps it', 'µs', 'lower'),
  figure('malloc', 'malloc() and free() of 16–256 bytes, one thread', 'M/s', 'higher'),
  figure('malloc-mt', 'malloc() and free() of 16–256 bytes, one thread per CPU, summed', 'M/s', 'higher'),
  figure('file-create', 'create (256 bytes written) and delete of a file in one directory', 'ops/s', 'higher'),
  figure('seq-write', 'sequential write in 1 MiB calls, fsync every 16 MiB', 'MB/s', 'higher'),
  figure('seq-read', 'sequential read in 1 MiB calls of a 64 MiB file in the page cache', 'MB/s', 'higher'),
  figure('http-rps', 'requests per second to the suite’s event-driven server, 4 keep-alive clients', 'req/s', 'higher'),
  figure('build', 'wall time of make -j ncpu of a generated C corpus with the system cc (fixed size; -s ignored)', 's', 'lower'),
  CALIB,
];

export const BENCHES: readonly Bench[] = [...CURVES, ...FIGURES];

/** The benchmarks a driver runs on one CPU (`oneCpu`), by name. */
export const ONE_CPU_BENCHES: readonly string[] = BENCHES.filter((b) => b.oneCpu).map((b) => b.name);

export function findBench(name: string): Bench | undefined {
  return BENCHES.find((b) => b.name === name);
}

/**
 * Resolve a --bench list (comma-separated names, or undefined for all) into catalogue entries, in
 * catalogue order. Throws one clear sentence naming the unknown benchmark.
 */
export function selectBenches(list: string | undefined): Bench[] {
  if (list === undefined || list.trim() === '' || list.trim() === 'all') return [...BENCHES];
  const wanted = list.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const w of wanted) {
    if (!findBench(w)) throw new UserError(`Unknown benchmark "${w}"; known benchmarks are: ${BENCHES.map((b) => b.name).join(', ')}.`);
  }
  return BENCHES.filter((b) => wanted.includes(b.name));
}

/** The benchmarks a run measures: the calibration figure first (once), then the chosen ones. */
export function withCalibration(benches: readonly Bench[]): Bench[] {
  return [CALIB, ...benches.filter((b) => b.name !== CALIB_NAME)];
}
