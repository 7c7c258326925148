/*
 * malloc, malloc-mt: small allocations per second from the C library's
 * malloc(3).  One operation frees one block and allocates another of a
 * size from 16 to 256 bytes, in a ring of 1024 live blocks, and writes
 * into it, so the allocator keeps a working set and no compiler can
 * drop the pair.  malloc does it in one thread; malloc-mt in one thread
 * per CPU at once, each with its own ring, and adds their rates: where
 * the allocator or the kernel's memory system serialises threads, it
 * falls short of ncpu times malloc.  The figure is in millions per second.
 */
#include "platform.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "swbench.h"

#define RING	1024		/* a power of two */

struct ring {
	char		*blk[RING];
	uint32_t	 seed;		/* xorshift32 state: the sizes */
	unsigned	 next;
};

static size_t
next_size(struct ring *g)
{
	uint32_t x = g->seed;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	g->seed = x;
	return (16 + (x & 0xf0));	/* 16, 32, ..., 256 */
}

static int
churn(void *arg, long count)
{
	struct ring *g = arg;
	unsigned i;
	size_t size;

	while (count-- > 0) {
		i = g->next++ & (RING - 1);
		free(g->blk[i]);
		size = next_size(g);
		if ((g->blk[i] = malloc(size)) == NULL) {
			errno = ENOMEM;
			return (-1);
		}
		g->blk[i][0] = g->blk[i][size - 1] = (char)i;
	}
	return (0);
}

static struct ring *
ring_new(uint32_t seed)
{
	struct ring *g;

	g = sw_calloc(1, sizeof(*g));
	g->seed = seed;
	return (g);	/* empty slots: free(NULL) the first time round */
}

static void
ring_free(struct ring *g)
{
	unsigned i;

	for (i = 0; i < RING; i++)
		free(g->blk[i]);
	free(g);
}

static void
malloc_rate(struct sw_run *r, int nthreads)
{
	struct ring **g;
	double rate;
	int i, rc;

	g = sw_calloc((size_t)nthreads, sizeof(*g));
	for (i = 0; i < nthreads; i++)
		g[i] = ring_new(2463534242u + (uint32_t)i);
	if (nthreads == 1)
		rc = sw_rate(r, churn, g[0], &rate);
	else
		rc = sw_rate_threads(r, nthreads, churn, (void *const *)g,
		    &rate);
	if (rc == 0)
		sw_value(r, rate / 1e6, "M/s", "higher");
	else if (rc == -1)
		sw_fail(r, 0, nthreads == 1 ? "malloc" : "malloc in a thread",
		    errno);
	for (i = 0; i < nthreads; i++)
		ring_free(g[i]);
	free(g);
}

static void
malloc_run(struct sw_run *r)
{
	malloc_rate(r, 1);
}

static void
malloc_mt_run(struct sw_run *r)
{
	malloc_rate(r, sw_ncpu());
}

const struct sw_bench bench_malloc = {
	.name = "malloc", .kind = "figure", .run = malloc_run
};

const struct sw_bench bench_malloc_mt = {
	.name = "malloc-mt", .kind = "figure", .run = malloc_mt_run
};
