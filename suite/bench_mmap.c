/*
 * mmap, touch: the cost of a process's page tables and mapping structures.
 *
 * Both use a file of 2 * maxn pages, created in -d's directory, unlinked
 * at once (so nothing is left behind however swbench ends) and written
 * once.  They map every OTHER page, so that no two mappings are adjacent in
 * the file and the kernel cannot merge them into one: each is its own
 * mapping.  Before each run those pages are read once, so they are in the
 * page cache and the disk plays no part.
 *
 * mmap: the latency of mmap(2) of one page (MAP_SHARED, PROT_READ) while n
 * pages are mapped.
 * touch: all maxn pages are mapped first, untimed; then the latency of the
 * first read of each page (the fault that enters it into the page tables)
 * while n pages have been touched.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/mman.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "swbench.h"

#define WRITE_PAGES	64	/* pages per write(2) when filling the file */

static int		 mapfd = -1;
static size_t		 pagesz;
static char		*page;		/* one page of buffer */
static volatile char	 sink;

static off_t
offset(long i)
{
	return ((off_t)(2 * i) * (off_t)pagesz);
}

static void
mapfile_finish(void)
{
	if (mapfd != -1)
		(void)close(mapfd);
	mapfd = -1;
	free(page);
	page = NULL;
}

static int
mapfile_prepare(struct sw_run *r)
{
	char *buf;
	long pages, done, k;
	size_t len, off;
	ssize_t w;

	pagesz = (size_t)sysconf(_SC_PAGESIZE);
	page = sw_calloc(1, pagesz);
	if ((mapfd = sw_tmpfile(r)) == -1) {
		mapfile_finish();
		return (-1);
	}

	buf = sw_calloc(WRITE_PAGES, pagesz);
	memset(buf, 's', WRITE_PAGES * pagesz);
	pages = 2 * r->opt->maxn;
	for (done = 0; done < pages; done += k) {
		if (sw_stopped(r, 0))
			goto fail;
		k = pages - done < WRITE_PAGES ? pages - done : WRITE_PAGES;
		len = (size_t)k * pagesz;
		for (off = 0; off < len; off += (size_t)w) {
			if ((w = write(mapfd, buf + off, len - off)) == -1) {
				sw_fail(r, 0, "write", errno);
				goto fail;
			}
		}
	}
	free(buf);
	return (0);
fail:
	free(buf);
	mapfile_finish();
	return (-1);
}

/* Read every page we will map, so that all of them are in the cache. */
static int
warm(struct sw_run *r)
{
	long i;

	for (i = 0; i < r->opt->maxn; i++) {
		if (pread(mapfd, page, pagesz, offset(i)) != (ssize_t)pagesz) {
			sw_fail(r, 0, "pread", errno != 0 ? errno : EIO);
			return (-1);
		}
	}
	return (0);
}

static void
unmap(void **maps, long n)
{
	long i;

	for (i = 0; i < n; i++)
		(void)munmap(maps[i], pagesz);
}

static void
mmap_run(struct sw_run *r)
{
	uint64_t t0, t1;
	void **maps, *p = MAP_FAILED;
	long n = 0;
	int k;

	maps = sw_calloc((size_t)r->opt->maxn, sizeof(*maps));
	if (warm(r) == 0) {
		for (n = 0; n < r->opt->maxn; n++) {
			if (sw_stopped(r, n))
				break;
			for (k = sw_reps(r, n); k > 0; k--) {
				if (p != MAP_FAILED)
					(void)munmap(p, pagesz);	/* undo */
				t0 = sw_now();
				p = mmap(NULL, pagesz, PROT_READ, MAP_SHARED,
				    mapfd, offset(n));
				t1 = sw_now();
				if (p == MAP_FAILED) {
					sw_fail(r, n, "mmap", errno);
					goto out;
				}
				sw_sample(r, n, t0, t1);
			}
			maps[n] = p;
			p = MAP_FAILED;
		}
	}
out:
	unmap(maps, n);
	free(maps);
}

static void
touch_run(struct sw_run *r)
{
	uint64_t t0, t1;
	void **maps, *p;
	long n, mapped;
	int e = 0, k;

	maps = sw_calloc((size_t)r->opt->maxn, sizeof(*maps));
	if (warm(r) == -1) {
		free(maps);
		return;
	}
	/* Map as many as we may; touch those, then report why we stopped. */
	for (mapped = 0; mapped < r->opt->maxn; mapped++) {
		p = mmap(NULL, pagesz, PROT_READ, MAP_SHARED, mapfd,
		    offset(mapped));
		if (p == MAP_FAILED) {
			e = errno;
			break;
		}
		maps[mapped] = p;
	}
	for (n = 0; n < mapped; n++) {
		if (sw_stopped(r, n))
			break;
		for (k = sw_reps(r, n); k > 0; k--) {
			t0 = sw_now();
			sink = *(volatile const char *)maps[n];
			t1 = sw_now();
			sw_sample(r, n, t0, t1);
			if (k == 1)
				break;
			/* The repeat's undo: a fresh mapping, not yet touched. */
			p = mmap(maps[n], pagesz, PROT_READ,
			    MAP_SHARED | MAP_FIXED, mapfd, offset(n));
			if (p == MAP_FAILED) {
				sw_fail(r, n, "mmap", errno);
				goto out;
			}
		}
	}
	if (n == mapped && mapped < r->opt->maxn)
		sw_fail(r, n, "mmap", e);
out:
	unmap(maps, mapped);
	free(maps);
}

const struct sw_bench bench_mmap = {
	.name = "mmap", .kind = "curve", .prepare = mapfile_prepare,
	.run = mmap_run, .finish = mapfile_finish
};

const struct sw_bench bench_touch = {
	.name = "touch", .kind = "curve", .prepare = mapfile_prepare,
	.run = touch_run, .finish = mapfile_finish
};
