import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./tests/support/check-node.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{domain,storage,ipc,documents,cli,interchange,services,architecture,electron,notices}/**/*.test.ts'],
          testTimeout: 60_000,
          // Hooks do test work too (the documents tests render their PDFs in beforeAll: ~2.5 s on a
          // quiet machine, measured); the 10 s default failed only under a loaded shared machine.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.ts'],
          // Mounting the whole app (dashboard first, then the view under test) takes seconds on a loaded machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
