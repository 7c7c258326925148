/*
 * harness.h: the parts of the harness that main.c drives and benchmarks
 * never need: the output buffer, the run loop, and what platform.c knows
 * about the machine.
 */
#ifndef HARNESS_H
#define HARNESS_H

#include <stddef.h>
#include <stdint.h>

#include "swbench.h"

/* out.c: stdout, fully buffered by us, written between timed regions. */
void	out_printf(const char *, ...) SW_PRINTF(1, 2);
void	out_json(const char *);		/* a JSON string, quoted and escaped */
void	out_tick(uint64_t now);		/* flush if ~100 ms have passed */
int	out_flush(void);		/* -1 when stdout is gone */

/* harness.c */
void	sw_raise_nofile(void);
int	sw_run_bench(const struct sw_bench *, const struct sw_opts *);

/* serve.c: `swbench serve` */
int	sw_serve(const struct sw_opts *);

/* platform.c: the one place where the targets differ at run time. */
int	platform_ncpu(void);
void	platform_cpu(char *, size_t);
void	platform_cc(char *, size_t);
void	platform_fstype(const char *, char *, size_t);

#endif /* HARNESS_H */
