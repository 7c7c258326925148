import { defineConfig } from 'vitest/config';
import { common, MEASURING_TESTS, SESSION_TESTS, VM_TESTS } from './vitest.shared.js';

// npm test: everything that needs no VM and no whole session. Files that only compute run in parallel
// first; files that measure the machine run one at a time after them. The end-to-end tests made of
// whole side-by-side sessions: npm run test:sessions; the VM tests: npm run test:vm.
// core: two workers (vitest's default is one fewer than the CPUs: one on a 2-CPU machine like this
// one), and modules imported once per worker, not once per file (isolate: false; no test file
// mocks a module, and each starts from its own fixtures). measuring: one worker for all its files,
// also without a fresh import of everything per file.
export default defineConfig({
  test: {
    ...common,
    projects: [
      { extends: true, test: { name: 'core', include: ['test/**/*.test.ts'], exclude: [...VM_TESTS, ...SESSION_TESTS, ...MEASURING_TESTS], fileParallelism: true, maxWorkers: 2, isolate: false, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'measuring', include: MEASURING_TESTS, exclude: VM_TESTS, fileParallelism: false, isolate: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
