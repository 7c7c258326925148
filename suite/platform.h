/*
 * platform.h: the compile-time differences between the targets, in one
 * place.  Every .c file includes it FIRST, before any system header (a
 * test checks that), so no file depends on a system header's defaults.
 *
 * The Makefile compiles everything with -D_POSIX_C_SOURCE=200809L, which
 * glibc needs under -std=c99 to show POSIX at all (SA_RESETHAND among it),
 * but which makes the BSD headers hide names the suite uses:
 *  - FreeBSD 14, DragonFly 6: sys/cdefs.h shows __BSD_VISIBLE and
 *    __XSI_VISIBLE (SA_RESETHAND, INADDR_LOOPBACK, sysctl, kqueue) only in
 *    its default environment, with neither _POSIX_C_SOURCE nor _XOPEN_SOURCE
 *    defined, and has no _BSD_SOURCE to turn them back on: undefine both.
 *  - OpenBSD 7: _BSD_SOURCE turns the BSD names back on next to POSIX.
 *  - NetBSD 10: _NETBSD_SOURCE adds its names to POSIX's (featuretest.h).
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#if defined(__FreeBSD__) || defined(__DragonFly__)
#undef _POSIX_C_SOURCE		/* <sys/cdefs.h> then shows everything */
#undef _XOPEN_SOURCE
#elif defined(__OpenBSD__)
#define _BSD_SOURCE	1
#elif defined(__NetBSD__)
#define _NETBSD_SOURCE	1
#endif

#if defined(__FreeBSD__) || defined(__DragonFly__) || \
    defined(__OpenBSD__) || defined(__NetBSD__) || defined(__APPLE__)
#define SW_BSD	1
#else
#define SW_BSD	0
#endif

/*
 * Which event APIs exist.  ev_*.c are each wrapped whole in one of these;
 * `make check-kqueue` sets SW_HAVE_KQUEUE=1 on Linux to compile ev_kqueue.c
 * against the stand-in header in compat/standin.
 */
#ifndef SW_HAVE_KQUEUE
#define SW_HAVE_KQUEUE	SW_BSD
#endif
#ifndef SW_HAVE_EPOLL
#if defined(__linux__)
#define SW_HAVE_EPOLL	1
#else
#define SW_HAVE_EPOLL	0
#endif
#endif
#define SW_HAVE_POLL	1	/* POSIX: everywhere */

#endif /* PLATFORM_H */
