/*
 * serve.c: `swbench serve`, the server of http and http-rps on its own,
 * so that another load generator (wrk, ab) can be pointed at it and its
 * figure compared with http-rps (scripts/crosscheck.js does).  It prints
 * one line, "127.0.0.1 PORT", and serves until its standard input reaches
 * end of file or it is killed; the server child follows it through the
 * lifeline either way.
 */
#include "platform.h"

#include <arpa/inet.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "net.h"

static const struct sw_bench serve_bench = {
	.name = "serve", .kind = "server"
};

int
sw_serve(const struct sw_opts *o)
{
	struct sw_run r;
	struct srv srv;
	char c;
	ssize_t k;

	memset(&r, 0, sizeof(r));
	r.bench = &serve_bench;
	r.opt = o;
	if (srv_start(&r, &srv, SRV_HTTP) == -1) {
		(void)out_flush();
		return (1);
	}
	out_printf("127.0.0.1 %u\n", (unsigned)ntohs(srv.addr.sin_port));
	if (out_flush() == 0)
		while ((k = read(STDIN_FILENO, &c, 1)) > 0 ||
		    (k == -1 && errno == EINTR))
			continue;
	srv_stop(&srv);
	return (0);
}
