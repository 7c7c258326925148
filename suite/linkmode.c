/*
 * linkmode.c: the one object that differs between swbench and
 * swbench-static.  The Makefile compiles it twice, once with
 * -DSW_STATIC_LINK for the static link, so that fork-static refuses to run
 * from a dynamic binary whose numbers it would misreport.
 */
#include "platform.h"

#include "swbench.h"

#ifdef SW_STATIC_LINK
const int sw_static_link = 1;
#else
const int sw_static_link = 0;
#endif
