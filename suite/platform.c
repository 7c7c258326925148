/*
 * platform.c: what `swbench meta` needs to know that each system tells in
 * its own way.  The BSDs answer sysctl(3) hw.model; Linux answers through
 * /proc/cpuinfo, whose key for the model differs by architecture.  The file
 * system of the -d directory: the BSDs name it in statfs(2)'s (NetBSD:
 * statvfs(2)'s) f_fstypename; Linux gives only a magic number in f_type,
 * named here from a table of the common ones.
 */
#include "platform.h"

#include <sys/types.h>
#if SW_BSD
#include <sys/sysctl.h>
#endif
#if defined(__NetBSD__)
#include <sys/statvfs.h>
#elif SW_BSD
#include <sys/param.h>
#include <sys/mount.h>
#else
#include <sys/vfs.h>
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

#if SW_BSD
/* NetBSD has statvfs(2) where the others have statfs(2); both carry the name. */
#if defined(__NetBSD__)
#define sw_statfs	statvfs
#else
#define sw_statfs	statfs
#endif

void
platform_fstype(const char *dir, char *buf, size_t len)
{
	struct sw_statfs s;

	if (sw_statfs(dir, &s) == -1)
		(void)snprintf(buf, len, "unknown");
	else
		(void)snprintf(buf, len, "%s", s.f_fstypename);
}
#else
/* Linux's f_type magic numbers (linux/magic.h), the file systems -d is on. */
static const struct {
	unsigned long	magic;
	const char	*name;
} fstypes[] = {
	{ 0xef53, "ext4" },		/* ext2, ext3 and ext4 share it */
	{ 0x01021994, "tmpfs" },
	{ 0x794c7630, "overlay" },
	{ 0x9123683e, "btrfs" },
	{ 0x58465342, "xfs" },
	{ 0x2fc12fc1, "zfs" },
	{ 0x858458f6, "ramfs" },
	{ 0x6969, "nfs" },
	{ 0xf2f52010, "f2fs" },
	{ 0x65735546, "fuse" },
	{ 0x01021997, "9p" },
	{ 0x4d44, "vfat" },
	{ 0, NULL }
};

void
platform_fstype(const char *dir, char *buf, size_t len)
{
	struct statfs s;
	unsigned long magic;
	int i;

	if (statfs(dir, &s) == -1) {
		(void)snprintf(buf, len, "unknown");
		return;
	}
	magic = (unsigned long)s.f_type & 0xffffffffUL;
	for (i = 0; fstypes[i].name != NULL; i++)
		if (fstypes[i].magic == magic) {
			(void)snprintf(buf, len, "%s", fstypes[i].name);
			return;
		}
	(void)snprintf(buf, len, "0x%lx", magic);
}
#endif
