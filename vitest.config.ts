import { defineConfig } from 'vitest/config';

// Two projects, as LangChain splits unit from integration tests: `unit` is fast and uses a
// fake embedder; `e2e` loads the real model, reads ../shared's corpus and runs the CLI.
// `npm test` runs both; `npm run test:unit` only the first.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.e2e.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // One file at a time: each loads the model, and the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
