/*
 * swbench.h: what a benchmark sees of the harness.
 *
 * A curve benchmark is one function that does one run: it sweeps n from 0
 * to maxn - 1, brackets the one operation it measures with two sw_now()
 * calls, hands both times to sw_sample(), and before it returns it undoes
 * everything it made (descriptors, mappings, children), whether the run
 * finished, hit a limit or was stopped.  Timing, output, signals, limits and
 * the repetition of runs live here and in harness.c, once.
 *
 * n is always what already exists before the timed operation, so a run
 * records n = 1, ..., maxn - 1: n = 0 is the warm-up (see sw_reps()).
 */
#ifndef SWBENCH_H
#define SWBENCH_H

#include <sys/types.h>

#include <stdint.h>
#include <time.h>

#if defined(__GNUC__) || defined(__clang__)
#define SW_DEAD		__attribute__((__noreturn__))
#define SW_PRINTF(f, a)	__attribute__((__format__(__printf__, f, a)))
#else
#define SW_DEAD
#define SW_PRINTF(f, a)
#endif

#define SW_SUITE_VERSION	"1"

/* What `swbench run` was asked to do. */
struct sw_opts {
	int		 runs;		/* -r: runs of the sweep, all kept */
	long		 maxn;		/* -n: each run records n = 0 .. maxn-1 */
	unsigned	 seconds;	/* -t: limit for the whole command, 0: none */
	double		 repsec;	/* -s: figures: seconds of one repetition */
	const char	*evapi;		/* -e, resolved: "epoll", "kqueue", "poll" */
	const char	*tmpdir;	/* -d: where temporary files go */
};

/* One run of one benchmark, as the benchmark sees it. */
struct sw_run {
	const struct sw_bench	*bench;
	const struct sw_opts	*opt;
	int			 run;		/* 0 .. runs-1 */
	long			 samples;	/* lines written by this run */
	int			 warmup;	/* samples still to leave out */
	int			 quiet;		/* the warm-up run: write nothing */
	int			 failed;	/* an error line ended this run */
};

/* A benchmark: each bench_*.c defines one or two, benches.c lists them. */
struct sw_bench {
	const char	*name;
	const char	*kind;		/* "curve" or "figure" */
	int		 staticonly;	/* refuse to run unless linked -static */
	/* Once before run 0; may be NULL.  -1 (after sw_fail) skips the runs. */
	int		(*prepare)(struct sw_run *);
	void		(*run)(struct sw_run *);
	/* Once after the last run if prepare succeeded; may be NULL. */
	void		(*finish)(void);
};

extern const struct sw_bench *const sw_benches[];	/* benches.c, NULL-ended */
extern const int		sw_static_link;	/* linkmode.c */

/*
 * The clock of every measurement.  Inline so that a sample costs the same
 * as the timer overhead that `swbench meta` reports.  clock_gettime() does
 * not touch errno when it succeeds, so a benchmark may read errno of the
 * timed call after the second sw_now().
 */
static inline uint64_t
sw_now(void)
{
	struct timespec ts;

	(void)clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
}

/*
 * Record one point: the operation at n took t1 - t0 nanoseconds.  What is
 * done at n = 0 is warm-up and is not written (see sw_reps()).
 */
void	sw_sample(struct sw_run *, long n, uint64_t t0, uint64_t t1);
/*
 * How many times to do the operation at n, undoing it (untimed) between
 * two of them: SW_WARMUP + 1 at n = 0, else 1.  The first operations of a
 * run meet cold caches and lazily built kernel state and are several times
 * slower than the rest, so n = 0 is warm-up: none of its samples is
 * written, and the one kept makes n = 1.  A curve's data starts at n = 1,
 * and no sample directly follows an undo.
 */
int	sw_reps(const struct sw_run *, long n);
#define SW_WARMUP	16
/* Record one repetition of a scalar (figure benchmarks). */
void	sw_value(struct sw_run *, double value, const char *unit,
	    const char *better);
/*
 * Poll for the end: if the time limit passed or a signal asked swbench to
 * stop, write the error line for n and return 1.  Call once per step.
 */
int	sw_stopped(struct sw_run *, long n);
/* Has the time limit passed or a signal come?  Only reads a flag: any thread. */
int	sw_stopping(void);
/* End the run at n with "what: strerror(errnum)", or the stop reason. */
void	sw_fail(struct sw_run *, long n, const char *what, int errnum);
/* End the run at n with a message of its own. */
void	sw_failx(struct sw_run *, long n, const char *fmt, ...)
	    SW_PRINTF(3, 4);
/* Write out what is buffered (never call it inside a timed region). */
void	sw_flush(void);
/* calloc(3) that exits when memory runs out: only before children exist. */
void	*sw_calloc(size_t, size_t);
/* close(2) every descriptor in fds[0 .. n-1]. */
void	sw_closeall(const int *fds, long n);

/*
 * Figures (figure.c).  A figure is one value per repetition: the rate of
 * an operation over -s seconds.  op(arg, count) does count operations and
 * returns 0, or -1 with errno.  The loop first runs op untimed for a
 * warm-up (a tenth of -s, from 20 ms to 1 s), then times back-to-back
 * batches, each grown until it takes at least 1 ms, until -s seconds have
 * passed.  The rate is operations per second of the timed part.
 *
 * sw_timeloop() touches nothing but the clock and sw_stopping(), so any
 * thread may run it: 0, -1 with errno when op failed, 1 when stopping.
 * sw_rate() runs it in this thread, sw_rate_threads() in nthreads threads
 * at once (each with args[i], started together), and the rate is the sum
 * of theirs.  Both return 0; -1 with errno when op failed, and the caller
 * writes the error line; 1 after writing the stop's error line.
 */
typedef int	(*sw_op)(void *, long);
int	sw_timeloop(double seconds, sw_op, void *, double *rate);
int	sw_rate(struct sw_run *, sw_op, void *, double *rate);
int	sw_rate_threads(struct sw_run *, int nthreads, sw_op, void *const *,
	    double *rate);
/*
 * Temporary files in -d (tmp.c), -1 after the error line: a file that is
 * already unlinked, open for reading and writing; a new directory (path
 * gets its name), which the benchmark empties and removes on every path.
 */
int	sw_tmpfile(struct sw_run *);
int	sw_tmpdir(struct sw_run *, char *path, size_t len);
/* The number of CPUs online. */
int	sw_ncpu(void);

/*
 * Children that cannot outlive swbench (kids.c).  The parent alone holds
 * the write end of a "lifeline" pipe; a child blocks reading its read end
 * and exits at end of file, which comes when the parent closes it or dies,
 * even by SIGKILL.
 */
int	kids_lifeline(void);		/* open it for this run; -1, errno */
int	kids_lifeline_fd(void);		/* its read end, for an event loop */
void	kids_child(void);		/* first thing in a new child */
void	kids_hold(void) SW_DEAD;	/* in a child: wait for the end */
void	kids_kill(pid_t);		/* kill and reap one child */
void	kids_end(const pid_t *, long);	/* cut the line, kill and reap */

#endif /* SWBENCH_H */
