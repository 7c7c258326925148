/*
 * seq-write, seq-read: sequential file I/O in 1 MiB calls, in MB/s.
 *
 * seq-write rewrites a 256 MiB file in place, from the start to the end
 * and over again, and calls fsync(2) after every 16 MiB, timed: the
 * figure counts only data the file system says is on stable storage (on a
 * tmpfs -d, fsync does nothing and it measures memory).  The file is
 * written and fsync'ed once before the first repetition, untimed, so the
 * figure is the write path and the device, not the allocation of new
 * blocks: on the thin-provisioned virtual disks of CI machines, writing
 * blocks the host has not yet backed varies by a factor of five from one
 * run to the next (docs/benchmarks.md), and that is the host's state, not
 * the target's.  Allocation is what file-create and dir-create measure.
 *
 * seq-read reads a 64 MiB file over and over, from the page cache: the
 * file is written and fsync'ed once before the first repetition and then
 * stays cached, so seq-read measures the kernel's read path and the copy
 * to user space, not the disk.  Reading past the cache portably would need
 * a file larger than memory (dropping the cache is root-only and different
 * on every system), which no CI run can afford.
 */
#include "platform.h"

#include <sys/types.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "swbench.h"

#define BLOCK		(1024 * 1024)
#define SYNC_BLOCKS	16		/* fsync after this many */
#define WRITE_BLOCKS	256		/* the file seq-write rewrites */
#define READ_BLOCKS	64		/* the file seq-read reads */

struct seqfile {
	int	 fd;
	long	 pos;			/* in blocks */
	char	*buf;
};

static struct seqfile	wf = { -1, 0, NULL };
static struct seqfile	rf = { -1, 0, NULL };

static int
write_block(int fd, const char *buf)
{
	size_t done;
	ssize_t k;

	for (done = 0; done < BLOCK; done += (size_t)k)
		if ((k = write(fd, buf + done, BLOCK - done)) == -1)
			return (-1);
	return (0);
}

/* One unit of seq-write: SYNC_BLOCKS blocks and an fsync. */
static int
write_sync(void *arg, long count)
{
	struct seqfile *f = arg;
	int i;

	while (count-- > 0) {
		if (f->pos >= WRITE_BLOCKS) {
			if (lseek(f->fd, 0, SEEK_SET) == -1)
				return (-1);
			f->pos = 0;
		}
		for (i = 0; i < SYNC_BLOCKS; i++, f->pos++)
			if (write_block(f->fd, f->buf) == -1)
				return (-1);
		if (fsync(f->fd) == -1)
			return (-1);
	}
	return (0);
}

static void
seqwrite_run(struct sw_run *r)
{
	double rate;

	if (sw_rate(r, write_sync, &wf, &rate) == 0)
		sw_value(r, rate * SYNC_BLOCKS * BLOCK / 1e6, "MB/s",
		    "higher");
	else if (!r->failed)
		sw_fail(r, 0, "write", errno);
}

/* One unit of seq-read: one block, from the start again at the end. */
static int
read_block(void *arg, long count)
{
	struct seqfile *f = arg;
	size_t done;
	ssize_t k;

	while (count-- > 0) {
		if (f->pos == READ_BLOCKS) {
			if (lseek(f->fd, 0, SEEK_SET) == -1)
				return (-1);
			f->pos = 0;
		}
		for (done = 0; done < BLOCK; done += (size_t)k) {
			if ((k = read(f->fd, f->buf + done, BLOCK - done)) == -1)
				return (-1);
			if (k == 0) {
				errno = EIO;	/* the file cannot shrink */
				return (-1);
			}
		}
		f->pos++;
	}
	return (0);
}

static void
file_finish(struct seqfile *f)
{
	if (f->fd != -1)
		(void)close(f->fd);
	f->fd = -1;
	free(f->buf);
	f->buf = NULL;
}

/* Before the first repetition, untimed: a file of `blocks` blocks, on stable storage. */
static int
file_prepare(struct sw_run *r, struct seqfile *f, long blocks, int fill)
{
	long i;

	if ((f->fd = sw_tmpfile(r)) == -1)
		return (-1);
	f->buf = sw_calloc(1, BLOCK);
	memset(f->buf, fill, BLOCK);
	for (i = 0; i < blocks; i++) {
		if (sw_stopped(r, 0))
			goto fail;
		if (write_block(f->fd, f->buf) == -1) {
			sw_fail(r, 0, "write", errno);
			goto fail;
		}
	}
	if (fsync(f->fd) == -1) {
		sw_fail(r, 0, "fsync", errno);
		goto fail;
	}
	f->pos = blocks;		/* the first transfer seeks to 0 */
	return (0);
fail:
	file_finish(f);
	return (-1);
}

static int
writefile_prepare(struct sw_run *r)
{
	return (file_prepare(r, &wf, WRITE_BLOCKS, 'w'));
}

static void
writefile_finish(void)
{
	file_finish(&wf);
}

static int
readfile_prepare(struct sw_run *r)
{
	return (file_prepare(r, &rf, READ_BLOCKS, 'r'));
}

static void
readfile_finish(void)
{
	file_finish(&rf);
}

static void
seqread_run(struct sw_run *r)
{
	double rate;

	if (sw_rate(r, read_block, &rf, &rate) == 0)
		sw_value(r, rate * BLOCK / 1e6, "MB/s", "higher");
	else if (!r->failed)
		sw_fail(r, 0, "read", errno);
}

const struct sw_bench bench_seqwrite = {
	.name = "seq-write", .kind = "figure", .prepare = writefile_prepare,
	.run = seqwrite_run, .finish = writefile_finish
};

const struct sw_bench bench_seqread = {
	.name = "seq-read", .kind = "figure", .prepare = readfile_prepare,
	.run = seqread_run, .finish = readfile_finish
};
