/*
 * ev_epoll.c: Linux epoll(7).
 */
#include "platform.h"

#if SW_HAVE_EPOLL
#include <sys/epoll.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "event.h"

#define EP_BATCH	256

struct epset {
	int			fd;
	struct epoll_event	ev[EP_BATCH];
};

static void *
ep_open(int maxfd)
{
	struct epset *s;

	(void)maxfd;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return (NULL);
	if ((s->fd = epoll_create1(EPOLL_CLOEXEC)) == -1) {
		free(s);
		return (NULL);
	}
	return (s);
}

static int
ep_ctl(void *p, int op, int fd)
{
	struct epset *s = p;
	struct epoll_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.events = EPOLLIN;
	ev.data.fd = fd;
	return (epoll_ctl(s->fd, op, fd, &ev));
}

static int
ep_add(void *p, int fd)
{
	return (ep_ctl(p, EPOLL_CTL_ADD, fd));
}

static int
ep_del(void *p, int fd)
{
	return (ep_ctl(p, EPOLL_CTL_DEL, fd));
}

static int
ep_wait(void *p, int *ready, int max)
{
	struct epset *s = p;
	int i, n;

	n = epoll_wait(s->fd, s->ev, max < EP_BATCH ? max : EP_BATCH, -1);
	for (i = 0; i < n; i++)
		ready[i] = s->ev[i].data.fd;
	return (n);
}

static void
ep_close(void *p)
{
	struct epset *s = p;

	(void)close(s->fd);
	free(s);
}

const struct ev_api ev_epoll = {
	"epoll", ep_open, ep_add, ep_del, ep_wait, ep_close
};
#endif /* SW_HAVE_EPOLL */
