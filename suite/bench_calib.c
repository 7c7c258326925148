/*
 * calib: the calibration figure, a short CPU-bound loop every run
 * measures so that constant factors measured on different machines (or on
 * one machine at a busier moment) can be put on one scale.
 *
 * One operation hashes 1 KiB of a 16 KiB buffer with 64-bit FNV-1a, one
 * byte at a time: a chain of dependent xors and multiplies on data in the
 * first-level cache.  It makes no system calls and touches no shared
 * memory, so it follows the speed of one CPU as the benchmark gets it
 * (clock, hypervisor steal, other load), not the kernel's code paths.  The
 * figure is in MB/s hashed.
 */
#include "platform.h"

#include <stdint.h>
#include <stdlib.h>

#include "swbench.h"

#define CALIB_BUF	(16 * 1024)
#define CALIB_OP	1024

struct calib {
	unsigned char	*buf;
	size_t		 off;
	uint64_t	 h;
};

/* Kept where the compiler must assume it is read: the loop cannot be dropped. */
volatile uint64_t sw_calib_sink;

static int
hash_op(void *arg, long count)
{
	struct calib *c = arg;
	const unsigned char *p;
	uint64_t h = c->h;
	size_t i;

	while (count-- > 0) {
		p = c->buf + c->off;
		for (i = 0; i < CALIB_OP; i++) {
			h ^= p[i];
			h *= UINT64_C(0x100000001b3);
		}
		c->off = (c->off + CALIB_OP) % CALIB_BUF;
	}
	c->h = h;
	sw_calib_sink = h;
	return (0);
}

static void
calib_run(struct sw_run *r)
{
	struct calib c;
	double rate;
	size_t i;

	c.buf = sw_calloc(1, CALIB_BUF);
	for (i = 0; i < CALIB_BUF; i++)
		c.buf[i] = (unsigned char)(i * 131u + 7u);
	c.off = 0;
	c.h = UINT64_C(0xcbf29ce484222325);
	if (sw_rate(r, hash_op, &c, &rate) == 0)
		sw_value(r, rate * CALIB_OP / 1e6, "MB/s", "higher");
	free(c.buf);
}

const struct sw_bench bench_calib = {
	.name = "calib", .kind = "figure", .run = calib_run
};
