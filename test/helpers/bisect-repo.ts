/**
 * A git repository of the suite and `count` commits after it, of which commit `slowAt` (1-based)
 * makes the malloc benchmark do four times the work per counted operation and the others change a
 * file nothing measures: what `scalewatch bisect` must find.
 */
import { suiteRepo } from '../../scripts/inject/repo.js';

export function bisectRepo(count: number, slowAt: number): { repo: string; good: string; commits: string[] } {
  return suiteRepo(count, {
    at: slowAt,
    file: 'bench_malloc.c',
    edit: (text) => {
      if (!text.includes('while (count-- > 0) {')) throw new Error('bench_malloc.c changed: bisectRepo() no longer knows where to add work');
      return text.replace('while (count-- > 0) {', 'for (count *= 4; count-- > 0;) {');
    },
    subject: 'malloc does four times the work',
  });
}
