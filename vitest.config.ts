import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.{ts,tsx}", "bench/**/*.test.ts", "cases/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
