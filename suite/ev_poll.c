/*
 * ev_poll.c: poll(2), POSIX, the fallback.  The set is one array handed to
 * the kernel whole on every wait, which is what makes poll cost O(n) in the
 * number of watched descriptors; slot[] finds an fd's entry for removal.
 */
#include "platform.h"

#if SW_HAVE_POLL
#include <errno.h>
#include <poll.h>
#include <stdlib.h>

#include "event.h"

struct pollset {
	struct pollfd	*pfd;
	int		*slot;		/* fd -> index in pfd, or -1 */
	int		 n;
	int		 maxfd;
};

static void *
pl_open(int maxfd)
{
	struct pollset *s;
	int i;

	if ((s = calloc(1, sizeof(*s))) == NULL)
		return (NULL);
	s->maxfd = maxfd;
	s->pfd = calloc((size_t)maxfd, sizeof(*s->pfd));
	s->slot = calloc((size_t)maxfd, sizeof(*s->slot));
	if (s->pfd == NULL || s->slot == NULL) {
		free(s->pfd);
		free(s->slot);
		free(s);
		return (NULL);
	}
	for (i = 0; i < maxfd; i++)
		s->slot[i] = -1;
	return (s);
}

static int
pl_add(void *p, int fd)
{
	struct pollset *s = p;

	if (fd < 0 || fd >= s->maxfd || s->slot[fd] != -1) {
		errno = EINVAL;
		return (-1);
	}
	s->slot[fd] = s->n;
	s->pfd[s->n].fd = fd;
	s->pfd[s->n].events = POLLIN;
	s->pfd[s->n].revents = 0;
	s->n++;
	return (0);
}

static int
pl_del(void *p, int fd)
{
	struct pollset *s = p;
	int i;

	if (fd < 0 || fd >= s->maxfd || (i = s->slot[fd]) == -1) {
		errno = EINVAL;
		return (-1);
	}
	s->pfd[i] = s->pfd[--s->n];
	s->slot[s->pfd[i].fd] = i;
	s->slot[fd] = -1;
	return (0);
}

static int
pl_wait(void *p, int *ready, int max)
{
	struct pollset *s = p;
	int i, n;

	if (poll(s->pfd, (nfds_t)s->n, -1) == -1)
		return (-1);
	for (i = n = 0; i < s->n && n < max; i++)
		if (s->pfd[i].revents != 0)
			ready[n++] = s->pfd[i].fd;
	return (n);
}

static void
pl_close(void *p)
{
	struct pollset *s = p;

	free(s->pfd);
	free(s->slot);
	free(s);
}

const struct ev_api ev_poll = {
	"poll", pl_open, pl_add, pl_del, pl_wait, pl_close
};
#endif /* SW_HAVE_POLL */
