/*
 * event.h: readiness notification for the suite's server, behind one small
 * interface.  Each API lives in its own file (ev_epoll.c, ev_kqueue.c,
 * ev_poll.c), wrapped whole in one #if from platform.h; event.c lists the
 * ones compiled in, best first.  Only "readable" is ever asked for, level
 * triggered, which is all an accept loop and a request reader need.
 */
#ifndef EVENT_H
#define EVENT_H

struct ev_api {
	const char	*name;
	/* A new, empty set for descriptors below maxfd; NULL, errno. */
	void		*(*open)(int maxfd);
	/* Watch fd for reading; 0, or -1 and errno. */
	int		 (*add)(void *, int fd);
	/* Stop watching fd; 0, or -1 and errno. */
	int		 (*del)(void *, int fd);
	/* Block until some are readable; their count, or -1 and errno. */
	int		 (*wait)(void *, int *ready, int max);
	void		 (*close)(void *);
};

extern const struct ev_api *const ev_apis[];	/* best first, NULL-ended */

/* "auto" is the best one; NULL if name is not compiled in. */
const struct ev_api	*ev_lookup(const char *name);

#endif /* EVENT_H */
