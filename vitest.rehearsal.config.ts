import { defineConfig } from 'vitest/config';

// npm run rehearsal: the Action on a stand-in GitHub runner (test/rehearsal/). No global set-up on
// purpose: the Action must find this host unprepared and prepare it itself.
export default defineConfig({
  test: {
    include: ['test/rehearsal/**/*.rehearsal.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
  },
});
