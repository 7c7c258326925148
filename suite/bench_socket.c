/*
 * socket: the latency of one socket(2) call while n descriptors are open.
 *
 * The kernel allocates a socket, which is cheap, and the lowest free
 * descriptor, which is where a kernel can be O(n).  Every socket stays
 * open until the run ends.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/socket.h>

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "swbench.h"

static void
socket_run(struct sw_run *r)
{
	uint64_t t0, t1;
	long n;
	int *fds, fd = -1, k;

	fds = sw_calloc((size_t)r->opt->maxn, sizeof(*fds));
	for (n = 0; n < r->opt->maxn; n++) {
		if (sw_stopped(r, n))
			break;
		for (k = sw_reps(r, n); k > 0; k--) {
			if (fd != -1)
				(void)close(fd);	/* the repeat's undo */
			t0 = sw_now();
			fd = socket(AF_INET, SOCK_STREAM, 0);
			t1 = sw_now();
			if (fd == -1) {
				sw_fail(r, n, "socket", errno);
				goto out;
			}
			sw_sample(r, n, t0, t1);
		}
		fds[n] = fd;
		fd = -1;
	}
out:
	sw_closeall(fds, n);
	free(fds);
}

const struct sw_bench bench_socket = {
	.name = "socket", .kind = "curve", .run = socket_run
};
