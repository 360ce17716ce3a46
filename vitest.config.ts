import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: [
            'test/domain/**/*.test.ts',
            'test/parser/**/*.test.ts',
            'test/importer/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/support/**/*.test.ts',
            'test/lib/**/*.test.ts',
            // The services' pure parts (no database).
            'test/service/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'http',
          include: [
            'test/http/**/*.test.ts',
            'test/jobs/**/*.test.ts',
            'test/db/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/e2e/**/*.test.ts',
          ],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
