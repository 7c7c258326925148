/*
 * swbench: the scalewatch benchmark suite.
 *
 * main.c reads the command line and does `list` and `meta` itself; `run`
 * goes to the harness.  A usage error is one sentence on stderr and exit
 * status 2.
 */
#include "platform.h"

#include <sys/types.h>
#include <sys/utsname.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "event.h"
#include "harness.h"

#define OVERHEAD_BATCHES	31
#define OVERHEAD_CALLS		1000

static const char usage_text[] =
"usage: swbench list\n"
"       swbench meta [-T target] [-d dir]\n"
"       swbench run [-r runs] [-n maxn] [-s seconds] [-t seconds] [-e api]\n"
"                   [-d dir] bench\n"
"       swbench serve [-e api]\n"
"       swbench -h\n"
"\n"
"list  prints one line per benchmark: its name, a tab, curve or figure.\n"
"meta  prints one JSON line about this machine and build; -T names the\n"
"      target (default \"local\"), -d the directory whose file system it\n"
"      names (default $TMPDIR, or /tmp: where run puts its files).\n"
"run   runs one benchmark and prints JSON lines: a sample line for every n\n"
"      of every run of a curve, a value line for every repetition of a\n"
"      figure, and an error line when a run ends early.  Options may come\n"
"      before or after the benchmark name.\n"
"  -r runs     how many times to sweep, or to repeat a figure (default 1);\n"
"              every run is kept\n"
"  -n maxn     each run records n = 0 .. maxn-1 (default 1000); n is what\n"
"              already exists (descriptors, children, pages, connections)\n"
"              before the timed operation\n"
"  -s seconds  figures only: how long one repetition runs after its warm-up\n"
"              (default 1); build ignores it (its corpus is fixed)\n"
"  -t seconds  time limit for the whole command (default none): when it is\n"
"              reached the current run ends with an error line saying so\n"
"              (between runs: the next run, at n 0) and no further run\n"
"              starts\n"
"  -e api      event API of the connect and http server: auto (default,\n"
"              the best compiled in), epoll, kqueue or poll\n"
"  -d dir      directory for temporary files (default $TMPDIR, or /tmp)\n"
"serve runs the server of http and http-rps on its own, for another load\n"
"      generator: it prints \"127.0.0.1 PORT\" and serves until standard\n"
"      input ends.\n"
"\n"
"A run that hits a system limit (EMFILE, EAGAIN from fork, ENOMEM, ...)\n"
"ends with an error line giving n and the reason; the next run starts\n"
"afresh unless the failed run had no sample at all.  Exit status: 0, also\n"
"when runs hit limits; 1 on an internal failure; 2 on a usage error;\n"
"128 + the signal after SIGINT, SIGTERM or SIGHUP (130, 143, 129), once\n"
"everything the benchmark made is cleaned up.\n";

static void SW_DEAD SW_PRINTF(1, 2)
usage_error(const char *fmt, ...)
{
	va_list ap;

	(void)fputs("swbench: ", stderr);
	va_start(ap, fmt);
	(void)vfprintf(stderr, fmt, ap);
	va_end(ap);
	(void)fputs(".\n", stderr);
	exit(2);
}

static void SW_DEAD
usage(void)
{
	(void)fputs(usage_text, stdout);
	exit(0);
}

/* The value of option argv[*i]: "-r5" or "-r 5". */
static const char *
optval(int argc, char *argv[], int *i)
{
	const char *a = argv[*i];

	if (a[2] != '\0')
		return (a + 2);
	if (*i + 1 >= argc)
		usage_error("option %s needs a value", a);
	return (argv[++*i]);
}

static long
number(const char *opt, const char *s, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
		usage_error("option -%s wants a whole number from %ld to %ld, "
		    "not \"%s\"", opt, min, max, s);
	return (v);
}

static double
seconds(const char *opt, const char *s, double min, double max)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0' || !(v >= min && v <= max))
		usage_error("option -%s wants a number of seconds from %g to %g, "
		    "not \"%s\"", opt, min, max, s);
	return (v);
}

static int
cmd_list(int argc)
{
	int i;

	if (argc > 1)
		usage_error("list takes no arguments");
	for (i = 0; sw_benches[i] != NULL; i++)
		out_printf("%s\t%s\n", sw_benches[i]->name,
		    sw_benches[i]->kind);
	return (out_flush() == -1 ? 1 : 0);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x < y ? -1 : x > y);
}

/*
 * The cost of one sw_now(): the median, over batches, of the mean cost in
 * a batch of back-to-back calls (a single call may be below the clock's
 * resolution; a batch is not).
 */
static uint64_t
timer_overhead(void)
{
	uint64_t per[OVERHEAD_BATCHES], t0, t1;
	int i, j;

	for (i = 0; i < OVERHEAD_BATCHES; i++) {
		t0 = sw_now();
		for (j = 0; j < OVERHEAD_CALLS; j++)
			(void)sw_now();
		t1 = sw_now();
		per[i] = (t1 - t0 + OVERHEAD_CALLS / 2) / OVERHEAD_CALLS;
	}
	qsort(per, OVERHEAD_BATCHES, sizeof(per[0]), cmp_u64);
	return (per[OVERHEAD_BATCHES / 2]);
}

static int
cmd_meta(int argc, char *argv[])
{
	const char *target = "local", *dir = NULL;
	char cpu[256], cc[64], fs[64];
	struct utsname u;
	struct timespec res;
	int i;

	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "-T", 2) == 0)
			target = optval(argc, argv, &i);
		else if (strncmp(argv[i], "-d", 2) == 0)
			dir = optval(argc, argv, &i);
		else if (strcmp(argv[i], "-h") == 0)
			usage();
		else
			usage_error("meta takes only -T target and -d dir, "
			    "not \"%s\"",
			    argv[i]);
	}
	if (uname(&u) == -1)
		memset(&u, 0, sizeof(u));
	if (clock_getres(CLOCK_MONOTONIC, &res) == -1)
		usage_error("this system has no CLOCK_MONOTONIC");
	platform_cpu(cpu, sizeof(cpu));
	platform_cc(cc, sizeof(cc));
	if (dir == NULL || *dir == '\0')
		dir = getenv("TMPDIR");
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	platform_fstype(dir, fs, sizeof(fs));

	out_printf("{\"type\":\"meta\",\"target\":");
	out_json(target);
	out_printf(",\"os\":");
	out_json(u.sysname);
	out_printf(",\"release\":");
	out_json(u.release);
	out_printf(",\"arch\":");
	out_json(u.machine);
	out_printf(",\"ncpu\":%d,\"cpu\":", platform_ncpu());
	out_json(cpu);
	out_printf(",\"cc\":");
	out_json(cc);
	out_printf(",\"fs\":");
	out_json(fs);
	out_printf(",\"timerResolutionNs\":%llu,\"timerOverheadNs\":%llu,"
	    "\"pageSize\":%ld,\"eventApi\":\"%s\",\"suiteVersion\":\"%s\"}\n",
	    (unsigned long long)res.tv_sec * 1000000000ull +
	    (unsigned long long)res.tv_nsec,
	    (unsigned long long)timer_overhead(), sysconf(_SC_PAGESIZE),
	    ev_apis[0]->name, SW_SUITE_VERSION);
	return (out_flush() == -1 ? 1 : 0);
}

static const struct sw_bench *
find_bench(const char *name)
{
	int i;

	for (i = 0; sw_benches[i] != NULL; i++)
		if (strcmp(sw_benches[i]->name, name) == 0)
			return (sw_benches[i]);
	return (NULL);
}

static const struct ev_api *
find_evapi(const char *name)
{
	const struct ev_api *api;
	char have[64] = "";
	int i;

	if ((api = ev_lookup(name)) != NULL)
		return (api);
	if (strcmp(name, "epoll") != 0 && strcmp(name, "kqueue") != 0 &&
	    strcmp(name, "poll") != 0)
		usage_error("unknown event API \"%s\"; use auto, epoll, kqueue "
		    "or poll", name);
	for (i = 0; ev_apis[i] != NULL; i++) {
		(void)strncat(have, i > 0 ? ", " : "", sizeof(have) -
		    strlen(have) - 1);
		(void)strncat(have, ev_apis[i]->name, sizeof(have) -
		    strlen(have) - 1);
	}
	usage_error("event API %s is not available in this build, which has "
	    "%s", name, have);
}

static int
cmd_serve(int argc, char *argv[])
{
	struct sw_opts o;
	const char *ev = "auto";
	int i;

	memset(&o, 0, sizeof(o));
	o.runs = 1;
	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "-e", 2) == 0)
			ev = optval(argc, argv, &i);
		else if (strcmp(argv[i], "-h") == 0)
			usage();
		else
			usage_error("serve takes only -e api, not \"%s\"",
			    argv[i]);
	}
	o.evapi = find_evapi(ev)->name;
	return (sw_serve(&o));
}

static int
cmd_run(int argc, char *argv[])
{
	struct sw_opts o;
	const struct sw_bench *b;
	const char *name = NULL, *ev = "auto", *a;
	int i;

	memset(&o, 0, sizeof(o));
	o.runs = 1;
	o.maxn = 1000;
	o.repsec = 1;
	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (a[0] != '-' || a[1] == '\0') {
			if (name != NULL)
				usage_error("run takes one benchmark, but got "
				    "\"%s\" and \"%s\"", name, a);
			name = a;
			continue;
		}
		switch (a[1]) {
		case 'r':
			o.runs = (int)number("r", optval(argc, argv, &i), 1,
			    100000);
			break;
		case 'n':
			o.maxn = number("n", optval(argc, argv, &i), 1,
			    10000000);
			break;
		case 's':
			o.repsec = seconds("s", optval(argc, argv, &i), 0.001,
			    3600);
			break;
		case 't':
			o.seconds = (unsigned)number("t",
			    optval(argc, argv, &i), 0, 86400);
			break;
		case 'e':
			ev = optval(argc, argv, &i);
			break;
		case 'd':
			o.tmpdir = optval(argc, argv, &i);
			break;
		case 'h':
			if (a[2] == '\0')
				usage();
			/* FALLTHROUGH */
		default:
			usage_error("unknown option \"%s\" for run; see "
			    "swbench -h", a);
		}
	}
	if (name == NULL)
		usage_error("run needs the name of a benchmark; swbench list "
		    "prints them");
	if ((b = find_bench(name)) == NULL)
		usage_error("unknown benchmark \"%s\"; swbench list prints "
		    "the known ones", name);
	if (b->staticonly && !sw_static_link)
		usage_error("%s runs only from swbench-static, the statically "
		    "linked build", name);
	o.evapi = find_evapi(ev)->name;
	if (o.tmpdir == NULL || *o.tmpdir == '\0')
		o.tmpdir = getenv("TMPDIR");
	if (o.tmpdir == NULL || *o.tmpdir == '\0')
		o.tmpdir = "/tmp";
	return (sw_run_bench(b, &o));
}

int
main(int argc, char *argv[])
{
	const char *cmd;

	if (argc < 2)
		usage_error("no command given; swbench -h explains list, meta "
		    "and run");
	cmd = argv[1];
	if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
	    strcmp(cmd, "help") == 0)
		usage();
	if (strcmp(cmd, "list") == 0)
		return (cmd_list(argc - 1));
	if (strcmp(cmd, "meta") == 0)
		return (cmd_meta(argc - 1, argv + 1));
	if (strcmp(cmd, "run") == 0)
		return (cmd_run(argc - 1, argv + 1));
	if (strcmp(cmd, "serve") == 0)
		return (cmd_serve(argc - 1, argv + 1));
	usage_error("unknown command \"%s\"; use list, meta, run or serve",
	    cmd);
}
