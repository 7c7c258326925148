import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Installs the Debian packages the tests need when run as root, or stops with the one command to run.
    globalSetup: ['test/setup/host.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Benchmarks measure the machine: suite tests must not compete with each other for its two cores.
    fileParallelism: false,
    // GitHub's workflow parser imports its JSON schemas without import attributes: let vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
