/*
 * fork, fork-static: the time from fork(2) until the new child's one byte
 * has arrived on a pipe, while n children are alive.  That is fork itself
 * plus getting the child scheduled, which gets harder with more processes.
 * Children stay alive, blocked on the lifeline, until the run ends.
 * fork-static is the same code run from swbench-static: a statically
 * linked process has less to copy.
 */
#include "platform.h"

#include <sys/types.h>

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "swbench.h"

static void
fork_run(struct sw_run *r)
{
	uint64_t t0, t1;
	pid_t *pids, pid;
	long n, kids = 0;
	ssize_t got;
	int byte[2], k;
	char c;

	if (pipe(byte) == -1) {
		sw_fail(r, 0, "pipe", errno);
		return;
	}
	if (kids_lifeline() == -1) {
		sw_fail(r, 0, "pipe", errno);
		(void)close(byte[0]);
		(void)close(byte[1]);
		return;
	}
	pids = sw_calloc((size_t)r->opt->maxn, sizeof(*pids));
	for (n = 0; n < r->opt->maxn; n++) {
		if (sw_stopped(r, n))
			break;
		for (k = sw_reps(r, n); k > 0; k--) {
			/* The repeat's undo: the last child made at this n goes. */
			if (kids > n)
				kids_kill(pids[--kids]);
			t0 = sw_now();
			pid = fork();
			if (pid == 0) {
				if (write(byte[1], "", 1) != 1)
					_exit(1);
				kids_child();
				kids_hold();
			}
			if (pid == -1) {
				sw_fail(r, n, "fork", errno);
				goto out;
			}
			pids[kids++] = pid;
			got = read(byte[0], &c, 1);
			t1 = sw_now();
			if (got != 1) {
				sw_fail(r, n, "read", got == 0 ? EPIPE : errno);
				goto out;
			}
			sw_sample(r, n, t0, t1);
		}
	}
out:
	kids_end(pids, kids);
	(void)close(byte[0]);
	(void)close(byte[1]);
	free(pids);
}

const struct sw_bench bench_fork = {
	.name = "fork", .kind = "curve", .run = fork_run
};

const struct sw_bench bench_fork_static = {
	.name = "fork-static", .kind = "curve", .staticonly = 1,
	.run = fork_run
};
