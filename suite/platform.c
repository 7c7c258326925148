/*
 * platform.c: what `swbench meta` needs to know that each system tells in
 * its own way.  The BSDs answer sysctl(3) hw.model; Linux answers through
 * /proc/cpuinfo, whose key for the model differs by architecture.
 */
#include "platform.h"

#include <sys/types.h>
#if SW_BSD
#include <sys/sysctl.h>
#endif

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

int
platform_ncpu(void)
{
	long n;

	n = sysconf(_SC_NPROCESSORS_ONLN);
	return (n > 0 ? (int)n : 1);
}

#if SW_BSD
void
platform_cpu(char *buf, size_t len)
{
	int mib[2] = { CTL_HW, HW_MODEL };
	size_t size = len;

	if (sysctl(mib, 2, buf, &size, NULL, 0) == -1)
		(void)snprintf(buf, len, "unknown");
	buf[len - 1] = '\0';
}
#else
/* The first "key : value" line whose key is one of these, in this order. */
static const char *const cpukeys[] = {
	"model name",		/* x86, and others that borrowed it */
	"cpu model",		/* mips */
	"Hardware",		/* older arm */
	"cpu",			/* powerpc */
	"uarch",		/* riscv */
	NULL
};

static int
cpuinfo(const char *key, char *buf, size_t len)
{
	char line[512], *v, *end;
	size_t klen = strlen(key);
	FILE *f;
	int found = 0;

	if ((f = fopen("/proc/cpuinfo", "r")) == NULL)
		return (0);
	while (!found && fgets(line, sizeof(line), f) != NULL) {
		if (strncmp(line, key, klen) != 0)
			continue;
		for (v = line + klen; *v == ' ' || *v == '\t'; v++)
			continue;
		if (*v++ != ':')
			continue;
		while (*v == ' ' || *v == '\t')
			v++;
		end = v + strcspn(v, "\n");
		while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		*end = '\0';
		if (*v != '\0') {
			(void)snprintf(buf, len, "%s", v);
			found = 1;
		}
	}
	(void)fclose(f);
	return (found);
}

void
platform_cpu(char *buf, size_t len)
{
	int i;

	for (i = 0; cpukeys[i] != NULL; i++)
		if (cpuinfo(cpukeys[i], buf, len))
			return;
	(void)snprintf(buf, len, "unknown");
}
#endif

/* The compiler that built us, from its predefined macros. */
void
platform_cc(char *buf, size_t len)
{
#if defined(__clang__)
	(void)snprintf(buf, len, "clang %d.%d.%d", __clang_major__,
	    __clang_minor__, __clang_patchlevel__);
#elif defined(__GNUC__)
	(void)snprintf(buf, len, "gcc %d.%d.%d", __GNUC__, __GNUC_MINOR__,
	    __GNUC_PATCHLEVEL__);
#else
	(void)snprintf(buf, len, "cc unknown");
#endif
}
