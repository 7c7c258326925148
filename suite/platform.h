/*
 * platform.h: the compile-time differences between the targets, in one
 * place.  Include it FIRST, before any system header, in a file that uses
 * an interface outside POSIX.1-2008 (sysctl, kqueue, epoll).
 *
 * The Makefile compiles everything with -D_POSIX_C_SOURCE=200809L, which
 * glibc needs under -std=c99 to show POSIX at all, but which makes the BSD
 * headers hide their own extensions.  Files that include this header get
 * them back; every other file stays plain POSIX.
 */
#ifndef PLATFORM_H
#define PLATFORM_H

#if defined(__FreeBSD__) || defined(__DragonFly__)
#undef _POSIX_C_SOURCE		/* <sys/cdefs.h> then shows everything */
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
