/*
 * out.c: the JSON Lines stream on stdout.
 *
 * We buffer it ourselves rather than through stdio: signal handlers are
 * installed without SA_RESTART, and a write(2) that a signal interrupts
 * must be retried, not turned into a lost line.  The buffer is written
 * when ~100 ms have passed (so a host reading from a VM sees samples as
 * they come and a crash loses little), when it is nearly full, and at the
 * end of every run.  Only callers outside timed regions write into it.
 */
#include "platform.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

#define OUT_SIZE	(64 * 1024)
#define OUT_LINE	4096		/* longest line we ever format */
#define OUT_PERIOD	100000000u	/* ns between flushes */
#define OUT_STRING	1024		/* longest JSON string, in characters */

static char	 outbuf[OUT_SIZE];
static size_t	 outlen;
static uint64_t	 lastflush;
static int	 outgone;

int
out_flush(void)
{
	size_t off;
	ssize_t w;

	for (off = 0; off < outlen && !outgone; off += (size_t)w) {
		w = write(STDOUT_FILENO, outbuf + off, outlen - off);
		if (w == -1) {
			w = 0;
			if (errno != EINTR && errno != EAGAIN)
				outgone = 1;
		}
	}
	outlen = 0;
	lastflush = sw_now();
	return (outgone ? -1 : 0);
}

void
out_tick(uint64_t now)
{
	if (now - lastflush >= OUT_PERIOD || outlen > OUT_SIZE - OUT_LINE)
		(void)out_flush();
}

static void
out_room(size_t need)
{
	if (outlen + need > OUT_SIZE)
		(void)out_flush();
}

void
out_printf(const char *fmt, ...)
{
	va_list ap;
	int len;

	out_room(OUT_LINE);
	va_start(ap, fmt);
	len = vsnprintf(outbuf + outlen, OUT_LINE, fmt, ap);
	va_end(ap);
	if (len > 0)
		outlen += len < OUT_LINE ? (size_t)len : OUT_LINE - 1;
}

/* Length of the UTF-8 sequence at s, or 0 if it is not valid UTF-8. */
static size_t
utf8len(const unsigned char *s)
{
	size_t i, n;

	if (s[0] < 0x80)
		return (1);
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4;
	else
		return (0);
	for (i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return (0);
	return (n);
}

/*
 * A JSON string: quotes, backslashes and control characters escaped, valid
 * UTF-8 passed through, anything else replaced by U+FFFD.  The text comes
 * from the system (cpu model, strerror), so it is not trusted to be clean.
 */
void
out_json(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n, max = OUT_STRING;

	out_room(2 + max * 6);
	outbuf[outlen++] = '"';
	for (; *s != '\0' && max > 0; s += n, max--) {
		n = utf8len(s);
		if (n == 0) {
			memcpy(outbuf + outlen, "\\ufffd", 6);
			outlen += 6;
			n = 1;
		} else if (*s == '"' || *s == '\\') {
			outbuf[outlen++] = '\\';
			outbuf[outlen++] = (char)*s;
		} else if (*s < 0x20) {
			outlen += (size_t)snprintf(outbuf + outlen, 7,
			    "\\u%04x", *s);
		} else {
			memcpy(outbuf + outlen, s, n);
			outlen += n;
		}
	}
	outbuf[outlen++] = '"';
}
