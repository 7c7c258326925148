/*
 * benches.c: every benchmark swbench knows, in the order `swbench list`
 * prints them.  A new benchmark is one bench_*.c that defines its struct
 * sw_bench, plus its line here and its object in the Makefile.
 */
#include "platform.h"

#include <stddef.h>

#include "swbench.h"

extern const struct sw_bench
	bench_socket, bench_bind, bench_fork, bench_fork_static,
	bench_mmap, bench_touch, bench_connect, bench_http, bench_dircreate,
	bench_pipe, bench_ctxswitch, bench_forkexit, bench_malloc,
	bench_malloc_mt, bench_filecreate, bench_seqwrite, bench_seqread,
	bench_httprps, bench_build, bench_calib;

const struct sw_bench *const sw_benches[] = {
	&bench_socket,
	&bench_bind,
	&bench_fork,
	&bench_fork_static,
	&bench_mmap,
	&bench_touch,
	&bench_connect,
	&bench_http,
	&bench_dircreate,
	/* The figures: one value per repetition. */
	&bench_pipe,
	&bench_ctxswitch,
	&bench_forkexit,
	&bench_malloc,
	&bench_malloc_mt,
	&bench_filecreate,
	&bench_seqwrite,
	&bench_seqread,
	&bench_httprps,
	&bench_build,
	/* The calibration figure: CPU speed, for normalizing the others. */
	&bench_calib,
	NULL
};
