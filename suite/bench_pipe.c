/*
 * pipe: bytes per second through a pipe from one process to another, in
 * large (64 KiB) writes.  A child reads and drops everything; the rate is
 * what the writer got through.  At the end at most one pipe buffer is
 * still unread, far below what a repetition moves.
 */
#include "platform.h"

#include <sys/types.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "swbench.h"

#define CHUNK	(64 * 1024)

static char	chunk[CHUNK];

static int
pipe_write(void *arg, long count)
{
	int fd = *(int *)arg;
	size_t done;
	ssize_t k;

	while (count-- > 0)
		for (done = 0; done < CHUNK; done += (size_t)k)
			if ((k = write(fd, chunk + done, CHUNK - done)) == -1)
				return (-1);
	return (0);
}

static void SW_DEAD
pipe_drain(int fd)
{
	ssize_t k;

	while ((k = read(fd, chunk, CHUNK)) > 0 || (k == -1 && errno == EINTR))
		continue;
	_exit(0);
}

static void
pipe_run(struct sw_run *r)
{
	double rate;
	pid_t pid;
	int p[2];

	memset(chunk, 'x', sizeof(chunk));
	if (pipe(p) == -1) {
		sw_fail(r, 0, "pipe", errno);
		return;
	}
	sw_flush();		/* the child must not inherit unwritten lines */
	if ((pid = fork()) == -1) {
		sw_fail(r, 0, "fork", errno);
		(void)close(p[0]);
		(void)close(p[1]);
		return;
	}
	if (pid == 0) {
		(void)close(p[1]);	/* so that the parent's close is EOF */
		pipe_drain(p[0]);
	}
	(void)close(p[0]);
	if (sw_rate(r, pipe_write, &p[1], &rate) == 0)
		sw_value(r, rate * CHUNK / 1e6, "MB/s", "higher");
	else if (!r->failed)
		sw_fail(r, 0, "write", errno);
	(void)close(p[1]);
	kids_end(&pid, 1);
}

const struct sw_bench bench_pipe = {
	.name = "pipe", .kind = "figure", .run = pipe_run
};
