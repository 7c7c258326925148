/*
 * ev_kqueue.c: kqueue(2), the event API of every BSD.
 */
#include "platform.h"

#if SW_HAVE_KQUEUE
#include <sys/types.h>
#include <sys/event.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "event.h"

#define KQ_BATCH	256

struct kqset {
	int		kq;
	struct kevent	ev[KQ_BATCH];
};

static void *
kq_open(int maxfd)
{
	struct kqset *s;

	(void)maxfd;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return (NULL);
	if ((s->kq = kqueue()) == -1) {
		free(s);
		return (NULL);
	}
	return (s);
}

/* One change, applied at once, so an error belongs to this fd. */
static int
kq_change(void *p, int fd, int flags)
{
	struct kqset *s = p;
	struct kevent kev;

	memset(&kev, 0, sizeof(kev));
	EV_SET(&kev, (uintptr_t)fd, EVFILT_READ, flags, 0, 0, 0);
	return (kevent(s->kq, &kev, 1, NULL, 0, NULL));
}

static int
kq_add(void *p, int fd)
{
	return (kq_change(p, fd, EV_ADD));
}

static int
kq_del(void *p, int fd)
{
	return (kq_change(p, fd, EV_DELETE));
}

static int
kq_wait(void *p, int *ready, int max)
{
	struct kqset *s = p;
	int i, n;

	n = kevent(s->kq, NULL, 0, s->ev, max < KQ_BATCH ? max : KQ_BATCH,
	    NULL);
	for (i = 0; i < n; i++)
		ready[i] = (int)s->ev[i].ident;
	return (n);
}

static void
kq_close(void *p)
{
	struct kqset *s = p;

	(void)close(s->kq);
	free(s);
}

const struct ev_api ev_kqueue = {
	"kqueue", kq_open, kq_add, kq_del, kq_wait, kq_close
};
#endif /* SW_HAVE_KQUEUE */
