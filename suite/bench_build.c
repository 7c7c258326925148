/*
 * build: the wall time of a parallel build, `make -j ncpu`, of a C corpus
 * that swbench generates, with the system's own make and cc (the first
 * found on PATH: on the BSDs, BSD make and the base compiler).  It runs
 * fork, exec, the compiler's file and memory traffic and the scheduler
 * all at once, as the kernel build of “FreeBSD vs DragonflyBSD: Performance and HAMMER2 Compared” does, at a size CI can
 * afford.  The corpus is fixed (-s does not change it), so every target
 * builds the same thing.  It is generated in a directory of its own in -d
 * and built once untimed (the warm-up: compiler and headers cached); each
 * repetition deletes the objects and builds again.
 *
 * make runs in a process group of its own, so that a stop (-t, a signal)
 * can kill it and every compiler it started at once; no make passes a
 * signal on to its jobs reliably.  The price: a SIGKILL of swbench's own
 * group does not reach a build under way, which then runs to its end (a
 * few seconds) and exits by itself.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "swbench.h"

#define MODULES	16		/* m0.c .. m15.c, and main.c */
#define FUNCS	8		/* functions in each module */

static char	dir[1024], cc[1024], mk[1024];
static int	made;		/* the directory exists */

/* The first executable name in PATH, into buf; -1 if there is none. */
static int
find_on_path(const char *name, char *buf, size_t len)
{
	const char *p, *end;
	size_t dlen;

	if ((p = getenv("PATH")) == NULL || *p == '\0')
		p = "/usr/bin:/bin";
	for (; ; p = end + 1) {
		end = strchr(p, ':');
		dlen = end == NULL ? strlen(p) : (size_t)(end - p);
		if (dlen == 0)
			(void)snprintf(buf, len, "./%s", name);
		else
			(void)snprintf(buf, len, "%.*s/%s", (int)dlen, p, name);
		if (access(buf, X_OK) == 0)
			return (0);
		if (end == NULL)
			return (-1);
	}
}

static FILE *
create(const char *name)
{
	char path[1200];

	(void)snprintf(path, sizeof(path), "%s/%s", dir, name);
	return (fopen(path, "w"));
}

static void
remove_file(const char *name)
{
	char path[1200];

	(void)snprintf(path, sizeof(path), "%s/%s", dir, name);
	(void)unlink(path);
}

/* One module: FUNCS small functions with loops and branches, one entry. */
static int
write_module(int m)
{
	char name[32];
	FILE *f;
	int i;

	(void)snprintf(name, sizeof(name), "m%d.c", m);
	if ((f = create(name)) == NULL)
		return (-1);
	(void)fprintf(f, "#include \"corpus.h\"\n\n");
	for (i = 0; i < FUNCS; i++)
		(void)fprintf(f,
		    "static unsigned\nf%d(unsigned x, const unsigned *t)\n{\n"
		    "\tunsigned s = x ^ %uu;\n\tint i;\n\n"
		    "\tfor (i = 0; i < (int)(x & 31); i++) {\n"
		    "\t\tswitch ((s + (unsigned)i) %% 5) {\n"
		    "\t\tcase 0: s = s * 31u + t[i & 7]; break;\n"
		    "\t\tcase 1: s ^= s >> %d; break;\n"
		    "\t\tcase 2: s += t[(s >> 3) & 7] * %uu; break;\n"
		    "\t\tcase 3: s = (s << 5) | (s >> 27); break;\n"
		    "\t\tdefault: s -= (unsigned)i * %uu; break;\n"
		    "\t\t}\n\t}\n\treturn (s);\n}\n\n",
		    i, (unsigned)(m * 7919 + i * 104729), 1 + i % 13,
		    (unsigned)(i * 2654435761u), (unsigned)(m + i + 3));
	(void)fprintf(f, "unsigned\nmodule%d(unsigned x)\n{\n"
	    "\tstatic const unsigned t[8] = { 1, 3, 5, 7, 11, 13, 17, %d };\n"
	    "\tunsigned s = x;\n\n", m, m);
	for (i = 0; i < FUNCS; i++)
		(void)fprintf(f, "\ts = f%d(s, t);\n", i);
	(void)fprintf(f, "\treturn (s);\n}\n");
	return (fclose(f) == 0 ? 0 : -1);
}

static int
write_corpus(void)
{
	FILE *f;
	int m;

	for (m = 0; m < MODULES; m++)
		if (write_module(m) == -1)
			return (-1);
	if ((f = create("corpus.h")) == NULL)
		return (-1);
	for (m = 0; m < MODULES; m++)
		(void)fprintf(f, "unsigned module%d(unsigned);\n", m);
	if (fclose(f) != 0 || (f = create("main.c")) == NULL)
		return (-1);
	(void)fprintf(f, "#include <stdio.h>\n#include \"corpus.h\"\n\n"
	    "int\nmain(void)\n{\n\tunsigned s = 1;\n\n");
	for (m = 0; m < MODULES; m++)
		(void)fprintf(f, "\ts = module%d(s);\n", m);
	(void)fprintf(f, "\t(void)printf(\"%%u\\n\", s);\n\treturn (0);\n}\n");
	if (fclose(f) != 0 || (f = create("Makefile")) == NULL)
		return (-1);
	/* Suffix rules and plain variables: BSD make and GNU make alike. */
	(void)fprintf(f, "CC=\t%s\nCFLAGS=\t-O2\nOBJS=\tmain.o", cc);
	for (m = 0; m < MODULES; m++)
		(void)fprintf(f, " m%d.o", m);
	(void)fprintf(f, "\n\n.SUFFIXES: .c .o\n\n.c.o:\n\t$(CC) $(CFLAGS) -c $<"
	    "\n\nprog: $(OBJS)\n\t$(CC) -o prog $(OBJS)\n\n$(OBJS): corpus.h\n");
	return (fclose(f) == 0 ? 0 : -1);
}

/* Remove what a build makes; with all, the corpus and directory too. */
static void
clean(int all)
{
	char name[32];
	int m;

	for (m = 0; m < MODULES; m++) {
		(void)snprintf(name, sizeof(name), "m%d.o", m);
		remove_file(name);
		if (all) {
			(void)snprintf(name, sizeof(name), "m%d.c", m);
			remove_file(name);
		}
	}
	remove_file("main.o");
	remove_file("prog");
	remove_file("build.log");
	if (all) {
		remove_file("main.c");
		remove_file("corpus.h");
		remove_file("Makefile");
		(void)rmdir(dir);
	}
}

/* The last line make and cc wrote, for an error line. */
static void
last_words(char *buf, size_t len)
{
	char path[1200], line[512];
	FILE *f;

	(void)snprintf(buf, len, "no output");
	(void)snprintf(path, sizeof(path), "%s/build.log", dir);
	if ((f = fopen(path, "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL)
		if (line[0] != '\n') {
			line[strcspn(line, "\n")] = '\0';
			(void)snprintf(buf, len, "%.*s", (int)len - 1, line);
		}
	(void)fclose(f);
}

static void SW_DEAD
exec_make(void)
{
	char jobs[16], log[1200];
	int fd;

	(void)setpgid(0, 0);
	(void)signal(SIGPIPE, SIG_DFL);
	(void)snprintf(jobs, sizeof(jobs), "%d", sw_ncpu());
	(void)snprintf(log, sizeof(log), "%s/build.log", dir);
	if (chdir(dir) == -1 ||
	    (fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0600)) == -1 ||
	    dup2(fd, STDOUT_FILENO) == -1 || dup2(fd, STDERR_FILENO) == -1)
		_exit(126);
	(void)close(fd);
	if ((fd = open("/dev/null", O_RDONLY)) != -1)
		(void)dup2(fd, STDIN_FILENO);
	(void)execl(mk, "make", "-j", jobs, (char *)NULL);
	_exit(127);
}

/*
 * Wait (2 s at most) until the last of make's group has died, so that no
 * compiler still writes into the directory we are about to remove.
 */
static void
gone(pid_t pgid)
{
	struct timespec ms = { 0, 1000000 };
	int i;

	for (i = 0; i < 2000 && kill(-pgid, 0) == 0; i++)
		(void)nanosleep(&ms, NULL);
}

/* One build, timed; 0 and the seconds in *s, or -1 after the error line. */
static int
build(struct sw_run *r, double *s)
{
	char why[256];
	uint64_t t0, t1;
	pid_t pid;
	int status, stopped = 0;

	clean(0);
	sw_flush();
	t0 = sw_now();
	if ((pid = fork()) == -1) {
		sw_fail(r, 0, "fork", errno);
		return (-1);
	}
	if (pid == 0)
		exec_make();
	(void)setpgid(pid, pid);	/* both sides, so either may go first */
	while (waitpid(pid, &status, 0) == -1) {
		if (errno != EINTR) {
			sw_fail(r, 0, "waitpid", errno);
			return (-1);
		}
		/* Stopped: make and every job it started, at once. */
		if (sw_stopping() && !stopped++)
			(void)kill(-pid, SIGKILL);
	}
	t1 = sw_now();
	if (stopped) {
		gone(pid);
		(void)sw_stopped(r, 0);
		return (-1);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		last_words(why, sizeof(why));
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
			sw_failx(r, 0, "make: cannot run %s", mk);
		else
			sw_failx(r, 0, "make: %s", why);
		return (-1);
	}
	*s = (double)(t1 - t0) / 1e9;
	return (0);
}

static void
build_finish(void)
{
	if (made)
		clean(1);
	made = 0;
}

static int
build_prepare(struct sw_run *r)
{
	double s;

	if (find_on_path("cc", cc, sizeof(cc)) == -1) {
		sw_failx(r, 0, "cc: not found on PATH");
		return (-1);
	}
	if (find_on_path("make", mk, sizeof(mk)) == -1) {
		sw_failx(r, 0, "make: not found on PATH");
		return (-1);
	}
	if (sw_tmpdir(r, dir, sizeof(dir)) == -1)
		return (-1);
	made = 1;
	if (write_corpus() == -1) {
		sw_fail(r, 0, "writing the corpus", errno);
		build_finish();
		return (-1);
	}
	if (build(r, &s) == -1) {	/* the warm-up */
		build_finish();
		return (-1);
	}
	return (0);
}

static void
build_run(struct sw_run *r)
{
	double s;

	if (build(r, &s) == 0)
		sw_value(r, s, "s", "lower");
}

const struct sw_bench bench_build = {
	.name = "build", .kind = "figure", .prepare = build_prepare,
	.run = build_run, .finish = build_finish
};
