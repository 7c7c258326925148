/*
 * harness.c: the run loop around a benchmark, and what no benchmark should
 * have to think about: signals, the time limit, RLIMIT_NOFILE, and the
 * sample and error lines.
 *
 * Stopping is cooperative.  SIGALRM (-t), SIGINT, SIGTERM and SIGHUP only
 * set a flag; the handlers are installed without SA_RESTART, so a blocking
 * call returns EINTR, and the benchmark notices at its next sw_stopped() or
 * sw_fail(), writes the error line and cleans up along its normal path.
 */
#include "platform.h"

#include <sys/resource.h>

#include <err.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static volatile sig_atomic_t	got_alarm;
static volatile sig_atomic_t	got_signal;
static unsigned			limit_seconds;

static void
catch(int sig)
{
	if (sig == SIGALRM)
		got_alarm = 1;
	else
		got_signal = sig;
}

static void
catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = catch;
	sa.sa_flags = 0;		/* no SA_RESTART: let calls fail EINTR */
	if (sigaction(SIGALRM, &sa, NULL) == -1)
		err(1, "sigaction");
	sa.sa_flags = SA_RESETHAND;	/* a second one kills outright */
	if (sigaction(SIGINT, &sa, NULL) == -1 ||
	    sigaction(SIGTERM, &sa, NULL) == -1 ||
	    sigaction(SIGHUP, &sa, NULL) == -1)
		err(1, "sigaction");
	/* A peer that went away is an error return, not a death. */
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0;
	if (sigaction(SIGPIPE, &sa, NULL) == -1)
		err(1, "sigaction");
}

static int
stopping(void)
{
	return (got_alarm || got_signal);
}

static void
stop_reason(char *buf, size_t len)
{
	const char *name;

	if (got_signal) {
		switch (got_signal) {
		case SIGINT:
			name = "SIGINT";
			break;
		case SIGTERM:
			name = "SIGTERM";
			break;
		default:
			name = "SIGHUP";
			break;
		}
		(void)snprintf(buf, len, "interrupted by %s", name);
	} else
		(void)snprintf(buf, len, "time limit of %u s reached",
		    limit_seconds);
}

/*
 * Descriptors are what most curves count, so take all we may have.  The
 * servers of connect and http are forked from us and inherit the limit.
 */
void
sw_raise_nofile(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1 || rl.rlim_cur == rl.rlim_max)
		return;
	rl.rlim_cur = rl.rlim_max;
	(void)setrlimit(RLIMIT_NOFILE, &rl);
}

static void
error_line(struct sw_run *r, long n, const char *msg)
{
	if (r->failed)
		return;		/* the first reason is the one that counts */
	r->failed = 1;
	if (r->quiet)
		return;
	out_printf("{\"type\":\"error\",\"bench\":\"%s\",\"run\":%d,"
	    "\"n\":%ld,\"message\":", r->bench->name, r->run, n);
	out_json(msg);
	out_printf("}\n");
}

/* Bench names are plain [a-z0-9-] from our own table: no escaping. */
void
sw_sample(struct sw_run *r, long n, uint64_t t0, uint64_t t1)
{
	if (r->warmup > 0 || r->quiet) {
		if (r->warmup > 0)
			r->warmup--;
		return;
	}
	out_printf("{\"type\":\"sample\",\"bench\":\"%s\",\"run\":%d,"
	    "\"n\":%ld,\"ns\":%llu}\n", r->bench->name, r->run, n,
	    (unsigned long long)(t1 - t0));
	r->samples++;
	out_tick(t1);
}

void
sw_value(struct sw_run *r, double value, const char *unit,
    const char *better)
{
	if (!isfinite(value)) {
		sw_failx(r, 0, "measured a value that is not a number");
		return;
	}
	out_printf("{\"type\":\"value\",\"bench\":\"%s\",\"run\":%d,"
	    "\"value\":%.9g,\"unit\":", r->bench->name, r->run, value);
	out_json(unit);
	out_printf(",\"better\":\"%s\"}\n", better);
	r->samples++;
	out_tick(sw_now());
}

int
sw_reps(const struct sw_run *r, long n)
{
	return (n == 0 ? r->warmup : 1);
}

int
sw_stopping(void)
{
	return (stopping());
}

int
sw_stopped(struct sw_run *r, long n)
{
	char msg[64];

	if (!stopping())
		return (0);
	stop_reason(msg, sizeof(msg));
	error_line(r, n, msg);
	return (1);
}

void
sw_fail(struct sw_run *r, long n, const char *what, int errnum)
{
	char msg[256];

	/* Once asked to stop, a failure (EINTR, a reset) is the stop's doing. */
	if (stopping())
		stop_reason(msg, sizeof(msg));
	else
		(void)snprintf(msg, sizeof(msg), "%s: %s", what,
		    strerror(errnum));
	error_line(r, n, msg);
}

void
sw_failx(struct sw_run *r, long n, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	(void)vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	error_line(r, n, msg);
}

void
sw_flush(void)
{
	(void)out_flush();
}

void *
sw_calloc(size_t n, size_t size)
{
	void *p;

	if ((p = calloc(n > 0 ? n : 1, size)) == NULL)
		err(1, "calloc");
	return (p);
}

void
sw_closeall(const int *fds, long n)
{
	long i;

	for (i = 0; i < n; i++)
		(void)close(fds[i]);
}

/*
 * Run one benchmark -r times; a curve first does one more run, the warm-up
 * run, that writes nothing: the first run of a process meets its own cold
 * start (lazy binding, first faults, tables the kernel grows once) and was
 * up to several times slower at small n than the runs after it.  If the
 * warm-up run fails, the runs after it meet the same failure and say so.
 * A run that ends with an error keeps what it
 * measured and the next run starts afresh (a limit is a result, and every
 * run of it is worth having), except when:
 *  - the time limit passed or a signal came: no further runs (if that
 *    happened between two runs, the next run's error line at n 0 says so);
 *  - the run failed before its first sample: the next would fail the same.
 * Returns the exit status: 0, 1 if stdout went away, 128 + signal.
 */
int
sw_run_bench(const struct sw_bench *b, const struct sw_opts *o)
{
	struct sw_run r;
	int prepared;

	catch_signals();
	sw_raise_nofile();
	limit_seconds = o->seconds;
	if (o->seconds > 0)
		(void)alarm(o->seconds);

	memset(&r, 0, sizeof(r));
	r.bench = b;
	r.opt = o;
	prepared = b->prepare == NULL || b->prepare(&r) == 0;
	if (prepared && strcmp(b->kind, "curve") == 0 && !stopping()) {
		r.quiet = 1;
		r.warmup = SW_WARMUP + 1;
		b->run(&r);
		r.quiet = 0;
	}
	for (r.run = 0; prepared && r.run < o->runs; r.run++) {
		r.samples = 0;
		r.failed = 0;
		r.warmup = SW_WARMUP + 1;
		/* Stopped between runs: the run that does not happen says so. */
		if (sw_stopped(&r, 0))
			break;
		b->run(&r);
		if (out_flush() == -1)
			break;
		if (r.failed && (r.samples == 0 || stopping()))
			break;
	}
	if (prepared && b->finish != NULL)
		b->finish();
	(void)alarm(0);

	if (out_flush() == -1)
		return (1);
	if (got_signal)
		return (128 + got_signal);
	return (0);
}
