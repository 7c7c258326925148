/*
 * STAND-IN FOR COMPILE CHECKS ON LINUX ONLY -- NOT A SYSTEM HEADER.
 *
 * `make check-kqueue` compiles ev_kqueue.c on a host that has no kqueue
 * (Linux) against this file, so that a typo in the BSD-only code fails here
 * and not first in a BSD guest.  It is written for scalewatch from the
 * documented kqueue(2)/kevent(2) interface and declares only what
 * ev_kqueue.c uses, with the types the BSDs give them.  It is never linked
 * and never used on a BSD, where <sys/event.h> is the real header.
 */
#ifndef SW_STANDIN_SYS_EVENT_H
#define SW_STANDIN_SYS_EVENT_H

#if defined(__FreeBSD__) || defined(__DragonFly__) || \
    defined(__OpenBSD__) || defined(__NetBSD__) || defined(__APPLE__)
#error "compat/standin/sys/event.h stands in for kqueue on Linux only; \
build without -Icompat/standin here"
#endif

#include <stdint.h>
#include <time.h>

/* One event to register, or one that happened. */
struct kevent {
	uintptr_t	 ident;		/* the watched thing: here a descriptor */
	short		 filter;	/* EVFILT_*: what to watch it for */
	unsigned short	 flags;		/* EV_*: what to do, what happened */
	unsigned int	 fflags;	/* per-filter flags */
	int64_t		 data;		/* per-filter data: bytes to read */
	void		*udata;		/* handed back untouched */
};

/* Filters. */
#define EVFILT_READ	(-1)
#define EVFILT_WRITE	(-2)

/* Actions and results in flags. */
#define EV_ADD		0x0001
#define EV_DELETE	0x0002
#define EV_ENABLE	0x0004
#define EV_DISABLE	0x0008
#define EV_ERROR	0x4000
#define EV_EOF		0x8000

/* Fill in a struct kevent, field by field in declaration order. */
#define EV_SET(kevp, a, b, c, d, e, f) do {				\
	struct kevent *kev_set_ = (kevp);				\
	kev_set_->ident = (a);						\
	kev_set_->filter = (b);						\
	kev_set_->flags = (c);						\
	kev_set_->fflags = (d);						\
	kev_set_->data = (e);						\
	kev_set_->udata = (f);						\
} while (0)

int	kqueue(void);
int	kevent(int, const struct kevent *, int, struct kevent *, int,
	    const struct timespec *);

#endif /* SW_STANDIN_SYS_EVENT_H */
