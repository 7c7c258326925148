import { defineConfig } from 'vitest/config';
import { common, VM_TESTS } from './vitest.shared.js';

// npm run test:vm: the tests that boot real guests (QEMU under KVM or TCG, Vagrant with libvirt), one
// file at a time: each guest wants both cores.
export default defineConfig({
  test: {
    ...common,
    include: VM_TESTS,
    fileParallelism: false,
  },
});
