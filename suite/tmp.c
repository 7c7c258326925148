/*
 * tmp.c: temporary files and directories in -d, for the benchmarks that
 * need the file system.  A file is unlinked as soon as it exists, so
 * nothing is left even if swbench is killed; a directory is removed by its
 * benchmark on every path out of a run.
 */
#include "platform.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "swbench.h"

static int
tmpname(struct sw_run *r, char *path, size_t len)
{
	if (snprintf(path, len, "%s/swbench-%s.XXXXXX", r->opt->tmpdir,
	    r->bench->name) >= (int)len) {
		sw_failx(r, 0, "the -d directory name is too long");
		return (-1);
	}
	return (0);
}

int
sw_tmpfile(struct sw_run *r)
{
	char path[1024];
	int fd;

	if (tmpname(r, path, sizeof(path)) == -1)
		return (-1);
	if ((fd = mkstemp(path)) == -1) {
		sw_failx(r, 0, "mkstemp in %s: %s", r->opt->tmpdir,
		    strerror(errno));
		return (-1);
	}
	(void)unlink(path);
	return (fd);
}

int
sw_tmpdir(struct sw_run *r, char *path, size_t len)
{
	if (tmpname(r, path, len) == -1)
		return (-1);
	if (mkdtemp(path) == NULL) {
		sw_failx(r, 0, "mkdtemp in %s: %s", r->opt->tmpdir,
		    strerror(errno));
		return (-1);
	}
	return (0);
}
