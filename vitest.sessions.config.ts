import { defineConfig } from 'vitest/config';
import { common, SESSION_TESTS } from './vitest.shared.js';

// npm run test:sessions: the end-to-end tests made of whole side-by-side sessions on this host (bisect,
// history, a pull request beside its base), one file at a time and without a fresh import of
// everything per file: each session wants both cores.
export default defineConfig({
  test: {
    ...common,
    include: SESSION_TESTS,
    fileParallelism: false,
    isolate: false,
  },
});
