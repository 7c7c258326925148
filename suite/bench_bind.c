/*
 * bind: the latency of bind(2) of a TCP socket to 127.0.0.1 port 0 while
 * n sockets are already bound, so the kernel has to find a free port among
 * the ones taken.  Each socket is created (untimed) just before its bind;
 * all stay open until the run ends.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/socket.h>

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "net.h"

static void
bind_run(struct sw_run *r)
{
	struct sockaddr_in sin;
	uint64_t t0, t1;
	long n;
	int *fds, fd = -1, rc, k;

	fds = sw_calloc((size_t)r->opt->maxn, sizeof(*fds));
	net_loopback(&sin, 0);
	for (n = 0; n < r->opt->maxn; n++) {
		if (sw_stopped(r, n))
			break;
		for (k = sw_reps(r, n); k > 0; k--) {
			if (fd != -1)
				(void)close(fd);	/* the repeat's undo */
			if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1) {
				sw_fail(r, n, "socket", errno);
				goto out;
			}
			t0 = sw_now();
			rc = bind(fd, (struct sockaddr *)&sin, sizeof(sin));
			t1 = sw_now();
			if (rc == -1) {
				sw_fail(r, n, "bind", errno);
				(void)close(fd);
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

const struct sw_bench bench_bind = {
	.name = "bind", .kind = "curve", .run = bind_run
};
