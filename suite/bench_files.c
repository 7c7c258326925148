/*
 * file-create, dir-create: making and removing files in one directory.
 *
 * file-create is a figure: files created (with 256 bytes written) and
 * deleted per second, 64 at a time, so the directory never holds more
 * than 64.  dir-create is a curve: the latency of one create (open(2)
 * with O_CREAT | O_EXCL, the close untimed) while the directory already
 * holds n files, which is where a file system that searches directories
 * linearly shows it.  Each run works in a directory of its own in -d and
 * removes it, and everything in it, on every path.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "swbench.h"

#define GROUP	64
#define FILESZ	256

static const char	data[FILESZ];

static void
name(char *buf, size_t len, long i)
{
	(void)snprintf(buf, len, "f%ld", i);
}

/* Remove files f0 .. f(n-1) of dir, then dir itself. */
static void
cleanup(const char *dir, int dfd, long n)
{
	char file[32];
	long i;

	for (i = 0; i < n; i++) {
		name(file, sizeof(file), i);
		(void)unlinkat(dfd, file, 0);
	}
	(void)close(dfd);
	(void)rmdir(dir);
}

static int
open_dir(struct sw_run *r, char *dir, size_t len)
{
	int dfd;

	if (sw_tmpdir(r, dir, len) == -1)
		return (-1);
	if ((dfd = open(dir, O_RDONLY)) == -1) {
		sw_fail(r, 0, "open", errno);
		(void)rmdir(dir);
	}
	return (dfd);
}

static int
create_delete(void *arg, long count)
{
	int dfd = *(int *)arg, fd, e;
	char file[32];
	long i, g;

	for (; count > 0; count -= g) {
		g = count < GROUP ? count : GROUP;
		for (i = 0; i < g; i++) {
			name(file, sizeof(file), i);
			if ((fd = openat(dfd, file, O_WRONLY | O_CREAT | O_EXCL,
			    0600)) == -1)
				goto fail;
			if (write(fd, data, FILESZ) != FILESZ) {
				e = errno;
				(void)close(fd);
				errno = e;
				i++;
				goto fail;
			}
			(void)close(fd);
		}
		for (i = 0; i < g; i++) {
			name(file, sizeof(file), i);
			if (unlinkat(dfd, file, 0) == -1)
				return (-1);
		}
	}
	return (0);
fail:
	e = errno;
	while (i-- > 0) {
		name(file, sizeof(file), i);
		(void)unlinkat(dfd, file, 0);
	}
	errno = e;
	return (-1);
}

static void
filecreate_run(struct sw_run *r)
{
	char dir[1024];
	double rate;
	int dfd;

	if ((dfd = open_dir(r, dir, sizeof(dir))) == -1)
		return;
	if (sw_rate(r, create_delete, &dfd, &rate) == 0)
		sw_value(r, rate, "ops/s", "higher");
	else if (!r->failed)
		sw_fail(r, 0, "create", errno);
	cleanup(dir, dfd, GROUP);	/* whatever a failed group left */
}

static void
dircreate_run(struct sw_run *r)
{
	char dir[1024], file[32];
	uint64_t t0, t1;
	long n;
	int dfd, fd, k;

	if ((dfd = open_dir(r, dir, sizeof(dir))) == -1)
		return;
	for (n = 0; n < r->opt->maxn; n++) {
		if (sw_stopped(r, n))
			break;
		name(file, sizeof(file), n);
		for (k = sw_reps(r, n); k > 0; k--) {
			t0 = sw_now();
			fd = openat(dfd, file, O_WRONLY | O_CREAT | O_EXCL,
			    0600);
			t1 = sw_now();
			if (fd == -1) {
				sw_fail(r, n, "open", errno);
				goto out;
			}
			(void)close(fd);
			sw_sample(r, n, t0, t1);
			if (k > 1)
				(void)unlinkat(dfd, file, 0);	/* undo */
		}
	}
out:
	cleanup(dir, dfd, n);
}

const struct sw_bench bench_filecreate = {
	.name = "file-create", .kind = "figure", .run = filecreate_run
};

const struct sw_bench bench_dircreate = {
	.name = "dir-create", .kind = "curve", .run = dircreate_run
};
