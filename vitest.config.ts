import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["server/src/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
          // The first test of a file may build the knowledge-base gazetteer (seconds on a busy machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "integration",
          include: [
            "server/src/**/*.int.test.ts",
            "scripts/**/*.int.test.ts",
            "test/**/*.int.test.ts",
          ],
          globalSetup: ["test/global-setup.ts"],
          // One Neo4j for the whole run: files share it, so they run one at a time.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
