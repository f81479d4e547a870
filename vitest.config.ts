import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["**/node_modules/**", "tests/fixtures/**", "tests/hostile/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // One temporary folder per run, removed at its end (tests/global-tmp.ts).
    globalSetup: ["tests/global-tmp.ts"],
    // The JSON results let .ci/run print one plain "N passed, N failed" closing line.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest-results.json" },
  },
});
