/*
 * kids.c: children that cannot outlive swbench.
 *
 * Before forking, the parent opens a "lifeline" pipe and keeps the write
 * end to itself: every child closes its inherited copy first thing, then
 * blocks reading the read end (or watches it in an event loop).  Nothing
 * is ever written, so the read returns only at end of file, when the last
 * write end is gone: the parent closed it, or the parent died, however it
 * died, SIGKILL included.  The child then exits.  At the end of a run the
 * parent also kills and reaps every child itself, so none is left behind
 * when swbench returns.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "swbench.h"

static int	lifeline[2] = { -1, -1 };

int
kids_lifeline(void)
{
	if (lifeline[0] != -1)
		return (0);
	return (pipe(lifeline));
}

int
kids_lifeline_fd(void)
{
	return (lifeline[0]);
}

void
kids_child(void)
{
	(void)close(lifeline[1]);
}

/* End of file, or a signal interrupting the read: time to go. */
void
kids_hold(void)
{
	char c;

	while (read(lifeline[0], &c, 1) > 0)
		continue;	/* nobody writes; a byte would not matter */
	_exit(0);
}

/* SIGKILL one child and wait for it; the lifeline and the others stay. */
void
kids_kill(pid_t pid)
{
	(void)kill(pid, SIGKILL);
	while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
		continue;
}

/* Cut the lifeline, then SIGKILL and wait for each of pids[0 .. n-1]. */
void
kids_end(const pid_t *pids, long n)
{
	long i;

	if (lifeline[1] != -1) {
		(void)close(lifeline[0]);
		(void)close(lifeline[1]);
		lifeline[0] = lifeline[1] = -1;
	}
	for (i = 0; i < n; i++)
		(void)kill(pids[i], SIGKILL);
	for (i = 0; i < n; i++)
		while (waitpid(pids[i], NULL, 0) == -1 && errno == EINTR)
			continue;
}
