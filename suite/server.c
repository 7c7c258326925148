/*
 * server.c: the suite's own event-driven server, run in a child process.
 *
 * One loop around the event API chosen with -e watches the listening
 * socket, the lifeline and every connection it accepted; all accepted
 * connections stay in the set until the client closes them, so the cost
 * of the event API with n connections is part of what connect and http
 * measure.  In SRV_GREET mode it writes one byte to each connection right
 * after accept(), so the client knows when it was accepted; in SRV_HTTP
 * mode it answers every request (a header block ending in an empty line)
 * with the same small response and keeps the connection open.
 *
 * When it cannot go on (accept fails with EMFILE, the event set is full)
 * it writes one line saying why on a pipe and exits; the client, whose
 * connection then breaks, reads that line into its error record.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "event.h"
#include "harness.h"
#include "net.h"

#define SRV_BATCH	256
#define SRV_MAXFD	(1 << 20)	/* bounds our per-descriptor table */

struct server {
	const struct ev_api	*api;
	void			*set;
	enum srv_mode		 mode;
	int			 lfd;		/* listening socket */
	int			 why;		/* write end of the last words */
	int			 maxfd;
	unsigned char		*seen;		/* per fd: "\r\n\r\n" so far */
};

static void SW_DEAD
srv_die(const struct server *s, const char *what, int errnum)
{
	char msg[256];
	int len;

	len = snprintf(msg, sizeof(msg), "%s: %s", what, strerror(errnum));
	if (len > 0 && write(s->why, msg, (size_t)len) == -1)
		_exit(2);
	_exit(1);
}

static void
srv_drop(struct server *s, int fd)
{
	(void)s->api->del(s->set, fd);
	(void)close(fd);
	s->seen[fd] = 0;
}

/*
 * One accept(2) per readiness report, never a loop until EAGAIN: a loop can
 * find the client's next connection already queued and take it without
 * asking the event API, and then connect would not measure what it is
 * for, the server noticing the connection.  All APIs here are level
 * triggered, so a connection still pending is reported again at once.
 */
static void
srv_accept(struct server *s)
{
	int fd;

	if ((fd = accept(s->lfd, NULL, NULL)) == -1) {
		if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ||
		    errno == ECONNABORTED)
			return;
		srv_die(s, "accept", errno);
	}
	if (fd >= s->maxfd)
		srv_die(s, "accept", EMFILE);
	if (s->mode == SRV_GREET && write(fd, "!", 1) != 1) {
		(void)close(fd);
		return;
	}
	if (s->api->add(s->set, fd) == -1)
		srv_die(s, s->api->name, errno);
}

/*
 * Read what came and answer each complete request.  seen[fd] counts how
 * much of the "\r\n\r\n" that ends a request we have matched so far, so a
 * request may arrive in pieces and requests may be pipelined.
 */
static void
srv_read(struct server *s, int fd)
{
	static const char resp[] = HTTP_RESPONSE;
	char buf[4096];
	ssize_t len, i;
	unsigned char st;

	if ((len = read(fd, buf, sizeof(buf))) == -1 &&
	    (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
		return;
	if (len <= 0) {
		srv_drop(s, fd);
		return;
	}
	st = s->seen[fd];
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n' && (st == 1 || st == 3))
			st++;
		else if (buf[i] == '\r')
			st = st == 2 ? 3 : 1;
		else
			st = 0;
		if (st == 4) {
			st = 0;
			if (s->mode == SRV_HTTP && write(fd, resp,
			    sizeof(resp) - 1) != (ssize_t)sizeof(resp) - 1) {
				srv_drop(s, fd);
				return;
			}
		}
	}
	s->seen[fd] = st;
}

static void SW_DEAD
srv_main(struct server *s)
{
	struct rlimit rl;
	int ready[SRV_BATCH], i, n, life;

	/* The parent owns stopping; a signal for the group just kills us. */
	(void)signal(SIGINT, SIG_DFL);
	(void)signal(SIGTERM, SIG_DFL);
	(void)signal(SIGHUP, SIG_DFL);
	(void)signal(SIGALRM, SIG_DFL);

	/* The parent raised it before forking us; make sure all the same. */
	sw_raise_nofile();
	s->maxfd = SRV_MAXFD;
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < SRV_MAXFD)
		s->maxfd = (int)rl.rlim_cur;
	if ((s->seen = calloc((size_t)s->maxfd, 1)) == NULL)
		srv_die(s, "calloc", errno);
	if ((s->set = s->api->open(s->maxfd)) == NULL)
		srv_die(s, s->api->name, errno);
	life = kids_lifeline_fd();
	if (s->api->add(s->set, life) == -1 ||
	    s->api->add(s->set, s->lfd) == -1)
		srv_die(s, s->api->name, errno);

	for (;;) {
		if ((n = s->api->wait(s->set, ready, SRV_BATCH)) == -1) {
			if (errno == EINTR)
				continue;
			srv_die(s, s->api->name, errno);
		}
		for (i = 0; i < n; i++) {
			if (ready[i] == life)
				_exit(0);	/* swbench is done, or gone */
			if (ready[i] == s->lfd)
				srv_accept(s);
			else
				srv_read(s, ready[i]);
		}
	}
}

int
srv_start(struct sw_run *r, struct srv *srv, enum srv_mode mode)
{
	struct server s;
	socklen_t len;
	int why[2], flags;

	memset(srv, 0, sizeof(*srv));
	srv->pid = -1;
	srv->why = -1;
	memset(&s, 0, sizeof(s));
	s.mode = mode;
	if ((s.api = ev_lookup(r->opt->evapi)) == NULL) {
		sw_failx(r, 0, "event API %s is not in this build",
		    r->opt->evapi);
		return (-1);
	}
	if ((s.lfd = socket(AF_INET, SOCK_STREAM, 0)) == -1) {
		sw_fail(r, 0, "socket", errno);
		return (-1);
	}
	net_loopback(&srv->addr, 0);
	len = sizeof(srv->addr);
	if (bind(s.lfd, (struct sockaddr *)&srv->addr, len) == -1 ||
	    listen(s.lfd, 128) == -1 ||
	    getsockname(s.lfd, (struct sockaddr *)&srv->addr, &len) == -1 ||
	    (flags = fcntl(s.lfd, F_GETFL)) == -1 ||
	    fcntl(s.lfd, F_SETFL, flags | O_NONBLOCK) == -1) {
		sw_fail(r, 0, "listen", errno);
		(void)close(s.lfd);
		return (-1);
	}
	if (pipe(why) == -1) {
		sw_fail(r, 0, "pipe", errno);
		(void)close(s.lfd);
		return (-1);
	}
	if (kids_lifeline() == -1) {
		sw_fail(r, 0, "pipe", errno);
		(void)close(why[0]);
		(void)close(why[1]);
		(void)close(s.lfd);
		return (-1);
	}
	sw_flush();		/* the child must not inherit unwritten lines */
	switch (srv->pid = fork()) {
	case -1:
		sw_fail(r, 0, "fork", errno);
		(void)close(why[1]);
		(void)close(why[0]);
		(void)close(s.lfd);
		return (-1);
	case 0:
		kids_child();
		(void)close(why[0]);
		s.why = why[1];
		srv_main(&s);
	}
	(void)close(s.lfd);
	(void)close(why[1]);
	srv->why = why[0];
	if ((flags = fcntl(why[0], F_GETFL)) != -1)
		(void)fcntl(why[0], F_SETFL, flags | O_NONBLOCK);
	return (0);
}

void
srv_stop(struct srv *srv)
{
	kids_end(&srv->pid, srv->pid == -1 ? 0 : 1);
	if (srv->why != -1)
		(void)close(srv->why);
	srv->pid = -1;
	srv->why = -1;
}

void
srv_failed(struct sw_run *r, long n, const struct srv *srv, const char *what,
    int errnum)
{
	char why[256];
	ssize_t len;

	if (sw_stopped(r, n))
		return;
	len = read(srv->why, why, sizeof(why) - 1);
	if (len > 0) {
		why[len] = '\0';
		sw_failx(r, n, "server: %s", why);
	} else if (errnum != 0)
		sw_fail(r, n, what, errnum);
	else
		sw_failx(r, n, "%s: the server closed the connection", what);
}
