/*
 * net.c: the client side of loopback TCP.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "net.h"

void
net_loopback(struct sockaddr_in *sin, int port)
{
	memset(sin, 0, sizeof(*sin));
	sin->sin_family = AF_INET;
	sin->sin_port = htons((in_port_t)port);
	sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
}

int
net_dial(const struct srv *s, const char **what)
{
	int fd, e;

	*what = "socket";
	if ((fd = socket(AF_INET, SOCK_STREAM, 0)) == -1)
		return (-1);
	*what = "connect";
	if (connect(fd, (const struct sockaddr *)&s->addr,
	    sizeof(s->addr)) == -1) {
		e = errno;
		(void)close(fd);
		errno = e;
		return (-1);
	}
	return (fd);
}

void
net_abort(const int *fds, long n)
{
	struct linger lg;
	long i;

	lg.l_onoff = 1;
	lg.l_linger = 0;
	for (i = 0; i < n; i++) {
		(void)setsockopt(fds[i], SOL_SOCKET, SO_LINGER, &lg,
		    sizeof(lg));
		(void)close(fds[i]);
	}
}

/*
 * The response is the one the server always sends, so read exactly its
 * length and compare: anything else is a protocol error.
 */
int
http_get(int fd)
{
	static const char req[] = HTTP_REQUEST, resp[] = HTTP_RESPONSE;
	char buf[sizeof(resp)];
	size_t done;
	ssize_t k;

	for (done = 0; done < sizeof(req) - 1; done += (size_t)k)
		if ((k = write(fd, req + done, sizeof(req) - 1 - done)) == -1)
			return (-1);
	for (done = 0; done < sizeof(resp) - 1; done += (size_t)k) {
		k = read(fd, buf + done, sizeof(resp) - 1 - done);
		if (k == -1)
			return (-1);
		if (k == 0) {
			errno = 0;
			return (-1);
		}
	}
	if (memcmp(buf, resp, sizeof(resp) - 1) != 0) {
		errno = EPROTO;
		return (-1);
	}
	return (0);
}
