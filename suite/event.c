/*
 * event.c: the event APIs compiled into this build, in order of preference.
 * kqueue and epoll cost the same however many descriptors are watched;
 * poll(2) is POSIX and the fallback everywhere.
 */
#include "platform.h"

#include <stddef.h>
#include <string.h>

#include "event.h"

extern const struct ev_api ev_kqueue, ev_epoll, ev_poll;

const struct ev_api *const ev_apis[] = {
#if SW_HAVE_KQUEUE
	&ev_kqueue,
#endif
#if SW_HAVE_EPOLL
	&ev_epoll,
#endif
	&ev_poll,
	NULL
};

const struct ev_api *
ev_lookup(const char *name)
{
	int i;

	if (strcmp(name, "auto") == 0)
		return (ev_apis[0]);
	for (i = 0; ev_apis[i] != NULL; i++)
		if (strcmp(ev_apis[i]->name, name) == 0)
			return (ev_apis[i]);
	return (NULL);
}
