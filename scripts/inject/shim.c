/*
 * shim.c: real regressions, injected into an unchanged suite with LD_PRELOAD,
 * for npm run bench:statistics.  Each is switched on by an environment
 * variable; unset, the call goes straight through.
 *
 *   SHIM_SOCKET_SCAN=1    socket(2) first walks a table with one slot per
 *                         socket this process has open: O(n) in open
 *                         descriptors, as a kernel with a linear search is.
 *   SHIM_FORK_NS=N        fork(2) spins N ns first: a fixed cost per fork.
 *   SHIM_PIPE_NS_PER_KB=N write(2) to a pipe spins N ns per KiB written
 *                         first: pipe throughput lower, other writes alone.
 *
 * A statically linked binary (swbench-static) never sees any of it.
 */
#define _GNU_SOURCE
#include <sys/types.h>
#include <sys/socket.h>

#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define MAXFD	65536

static int	(*real_socket)(int, int, int);
static int	(*real_close)(int);
static pid_t	(*real_fork)(void);
static int	(*real_pipe)(int[2]);
static ssize_t	(*real_write)(int, const void *, size_t);

static unsigned char	is_pipe[MAXFD];
static int		slot[MAXFD];	/* fd -> index in open + 1, 0: none */
static int		open_fds[MAXFD];	/* the sockets open, dense */
static long		sockets;
static int		scan;
static long		fork_ns, pipe_ns_per_kb;
static volatile long	sink;

static uint64_t
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec);
}

static void
spin(uint64_t ns)
{
	uint64_t until = now() + ns;

	while (now() < until)
		continue;
}

__attribute__((constructor)) static void
init(void)
{
	const char *v;

	real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
	real_close = (int (*)(int))dlsym(RTLD_NEXT, "close");
	real_fork = (pid_t (*)(void))dlsym(RTLD_NEXT, "fork");
	real_pipe = (int (*)(int[2]))dlsym(RTLD_NEXT, "pipe");
	real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT,
	    "write");
	scan = (v = getenv("SHIM_SOCKET_SCAN")) != NULL && *v == '1';
	fork_ns = (v = getenv("SHIM_FORK_NS")) != NULL ? atol(v) : 0;
	pipe_ns_per_kb = (v = getenv("SHIM_PIPE_NS_PER_KB")) != NULL ?
	    atol(v) : 0;
}

int
socket(int domain, int type, int protocol)
{
	long i, sum = 0;
	int fd;

	if (scan) {
		for (i = 0; i < sockets; i++)
			sum += open_fds[i];
		sink = sum;
	}
	fd = real_socket(domain, type, protocol);
	if (fd >= 0 && fd < MAXFD && slot[fd] == 0) {
		open_fds[sockets] = fd;
		slot[fd] = (int)++sockets;
	}
	return (fd);
}

int
close(int fd)
{
	int last;

	if (fd >= 0 && fd < MAXFD) {
		if (slot[fd] != 0) {	/* move the last one into its place */
			last = open_fds[--sockets];
			open_fds[slot[fd] - 1] = last;
			slot[last] = slot[fd];
			slot[fd] = 0;
		}
		is_pipe[fd] = 0;
	}
	return (real_close(fd));
}

pid_t
fork(void)
{
	if (fork_ns > 0)
		spin((uint64_t)fork_ns);
	return (real_fork());
}

int
pipe(int fds[2])
{
	int rc = real_pipe(fds);

	if (rc == 0 && fds[0] >= 0 && fds[0] < MAXFD && fds[1] >= 0 &&
	    fds[1] < MAXFD)
		is_pipe[fds[0]] = is_pipe[fds[1]] = 1;
	return (rc);
}

ssize_t
write(int fd, const void *buf, size_t len)
{
	if (pipe_ns_per_kb > 0 && fd >= 0 && fd < MAXFD && is_pipe[fd])
		spin((uint64_t)pipe_ns_per_kb * len / 1024);
	return (real_write(fd, buf, len));
}
