/*
 * fork-exit: one whole process life as a shell sees it, without exec:
 * fork(2), the child exits at once, the parent reaps it with waitpid(2).
 * The figure is the time of one such cycle.  The child never runs
 * anything of ours, so no child can outlive swbench.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <unistd.h>

#include "swbench.h"

static int
fork_exit(void *arg, long count)
{
	pid_t pid;
	int status;

	(void)arg;
	while (count-- > 0) {
		if ((pid = fork()) == -1)
			return (-1);
		if (pid == 0)
			_exit(0);
		while (waitpid(pid, &status, 0) == -1)
			if (errno != EINTR)
				return (-1);
	}
	return (0);
}

static void
forkexit_run(struct sw_run *r)
{
	double rate;

	sw_flush();		/* no child may inherit unwritten lines */
	if (sw_rate(r, fork_exit, NULL, &rate) == 0)
		sw_value(r, 1e6 / rate, "\xc2\xb5s", "lower");
	else if (!r->failed)
		sw_fail(r, 0, "fork", errno);
}

const struct sw_bench bench_forkexit = {
	.name = "fork-exit", .kind = "figure", .run = forkexit_run
};
