/*
 * ctxswitch: one switch from one process to another, the two passing a
 * one-byte token back and forth over two pipes.  A round trip is two
 * switches, so the figure is half the time of one.  The suite does not pin
 * the processes; scalewatch's drivers run this benchmark with both on one
 * CPU (docs/benchmarks.md, "One CPU"), so a switch there is a wake-up on the
 * same CPU, not one across CPUs.
 */
#include "platform.h"

#include <sys/types.h>

#include <errno.h>
#include <unistd.h>

#include "swbench.h"

struct token {
	int	to;	/* write end towards the child */
	int	from;	/* read end from the child */
};

static int
xfer(int rfd, int wfd)
{
	ssize_t k;
	char c = 't';

	if (wfd != -1 && write(wfd, &c, 1) != 1)
		return (-1);
	if ((k = read(rfd, &c, 1)) == 1)
		return (0);
	if (k == 0)
		errno = EPIPE;
	return (-1);
}

static int
round_trips(void *arg, long count)
{
	struct token *t = arg;

	while (count-- > 0)
		if (xfer(t->from, t->to) == -1)
			return (-1);
	return (0);
}

/* The child: answer every token until the parent closes its end. */
static void SW_DEAD
echo(int rfd, int wfd)
{
	char c;

	for (;;) {
		if (read(rfd, &c, 1) == 1) {
			if (write(wfd, &c, 1) != 1)
				_exit(1);
		} else if (errno != EINTR)
			_exit(0);
	}
}

static void
ctxswitch_run(struct sw_run *r)
{
	struct token t;
	double rate;
	pid_t pid;
	int down[2], up[2];

	if (pipe(down) == -1) {
		sw_fail(r, 0, "pipe", errno);
		return;
	}
	if (pipe(up) == -1) {
		sw_fail(r, 0, "pipe", errno);
		sw_closeall(down, 2);
		return;
	}
	sw_flush();
	if ((pid = fork()) == -1) {
		sw_fail(r, 0, "fork", errno);
		sw_closeall(down, 2);
		sw_closeall(up, 2);
		return;
	}
	if (pid == 0) {
		(void)close(down[1]);
		(void)close(up[0]);
		echo(down[0], up[1]);
	}
	(void)close(down[0]);
	(void)close(up[1]);
	t.to = down[1];
	t.from = up[0];
	/* Round trips per second; one switch is half a round trip. */
	if (sw_rate(r, round_trips, &t, &rate) == 0)
		sw_value(r, 1e6 / rate / 2, "\xc2\xb5s", "lower");
	else if (!r->failed)
		sw_fail(r, 0, "pipe", errno);
	(void)close(down[1]);
	(void)close(up[0]);
	kids_end(&pid, 1);
}

const struct sw_bench bench_ctxswitch = {
	.name = "ctxswitch", .kind = "figure", .run = ctxswitch_run
};
