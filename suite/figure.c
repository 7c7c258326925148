/*
 * figure.c: the timing loop of every figure, in one thread or in several
 * at once.
 *
 * A batch of operations is timed as a whole, and batches grow until one
 * takes at least a millisecond, so the clock's resolution and the cost of
 * reading it are far below what is measured.  The warm-up runs the same
 * operation untimed first: caches, the allocator, the scheduler's idea of
 * the processes, the disk's write-back all reach their steady state before
 * the clock starts.
 */
#include "platform.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "harness.h"

#define BATCH_NS	1000000u	/* a batch takes at least this long */
#define BATCH_MAX	(1L << 24)
#define WARM_MIN	0.02
#define WARM_MAX	1.0

int
sw_ncpu(void)
{
	return (platform_ncpu());
}

/*
 * Run op in batches for ns nanoseconds (at least one batch).  *batch is
 * the batch size to start with, and comes back grown.  Returns what
 * sw_timeloop() returns; *ops and *spent say what was done.
 */
static int
batches(uint64_t ns, sw_op op, void *arg, long *batch, uint64_t *ops,
    uint64_t *spent)
{
	uint64_t start, t0, t1;

	*ops = 0;
	start = t1 = sw_now();
	do {
		if (sw_stopping())
			return (1);
		t0 = t1;
		if (op(arg, *batch) == -1)
			return (-1);
		t1 = sw_now();
		*ops += (uint64_t)*batch;
		if (t1 - t0 < BATCH_NS && *batch < BATCH_MAX)
			*batch *= 2;
	} while (t1 - start < ns);
	*spent = t1 - start;
	return (0);
}

int
sw_timeloop(double seconds, sw_op op, void *arg, double *rate)
{
	uint64_t ops, spent;
	double warm;
	long batch = 1;
	int rc;

	warm = seconds / 10;
	warm = warm < WARM_MIN ? WARM_MIN : warm > WARM_MAX ? WARM_MAX : warm;
	if ((rc = batches((uint64_t)(warm * 1e9), op, arg, &batch, &ops,
	    &spent)) != 0)
		return (rc);
	if ((rc = batches((uint64_t)(seconds * 1e9), op, arg, &batch, &ops,
	    &spent)) != 0)
		return (rc);
	*rate = (double)ops * 1e9 / (double)spent;
	return (0);
}

int
sw_rate(struct sw_run *r, sw_op op, void *arg, double *rate)
{
	int rc;

	rc = sw_timeloop(r->opt->repsec, op, arg, rate);
	if (rc == 1)
		(void)sw_stopped(r, 0);
	return (rc);
}

/* The threads of sw_rate_threads(): they start together, at the gate. */
struct gate {
	pthread_mutex_t	 lock;
	pthread_cond_t	 open;
	int		 go;
};

struct worker {
	pthread_t	 tid;
	struct gate	*gate;
	sw_op		 op;
	void		*arg;
	double		 seconds;
	double		 rate;
	int		 rc;
	int		 err;
};

static void *
worker_main(void *p)
{
	struct worker *w = p;

	(void)pthread_mutex_lock(&w->gate->lock);
	while (!w->gate->go)
		(void)pthread_cond_wait(&w->gate->open, &w->gate->lock);
	(void)pthread_mutex_unlock(&w->gate->lock);
	w->rc = sw_timeloop(w->seconds, w->op, w->arg, &w->rate);
	w->err = errno;
	return (NULL);
}

int
sw_rate_threads(struct sw_run *r, int nthreads, sw_op op, void *const *args,
    double *rate)
{
	struct gate gate;
	struct worker *w;
	int i, started, rc = 0, err = 0;

	w = sw_calloc((size_t)nthreads, sizeof(*w));
	(void)pthread_mutex_init(&gate.lock, NULL);
	(void)pthread_cond_init(&gate.open, NULL);
	gate.go = 0;
	for (started = 0; started < nthreads; started++) {
		w[started].gate = &gate;
		w[started].op = op;
		w[started].arg = args[started];
		w[started].seconds = r->opt->repsec;
		if ((err = pthread_create(&w[started].tid, NULL, worker_main,
		    &w[started])) != 0) {
			rc = -1;
			break;
		}
	}
	(void)pthread_mutex_lock(&gate.lock);
	gate.go = 1;
	(void)pthread_cond_broadcast(&gate.open);
	(void)pthread_mutex_unlock(&gate.lock);
	*rate = 0;
	for (i = 0; i < started; i++) {
		(void)pthread_join(w[i].tid, NULL);
		*rate += w[i].rate;
		if (rc == 0 && w[i].rc != 0) {
			rc = w[i].rc;
			err = w[i].err;
		}
	}
	(void)pthread_cond_destroy(&gate.open);
	(void)pthread_mutex_destroy(&gate.lock);
	free(w);
	if (rc == 1) {
		(void)sw_stopped(r, 0);
		return (1);
	}
	errno = err;
	return (rc);
}
