// Bundles the CLI (and with it the server) into one ES module that starts fast, with the forecast
// worker thread's entry beside it.
// Native and driver packages stay external and load from node_modules.
import { existsSync, rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("packages/cli/dist", { recursive: true, force: true });
await build({
  // The forecast worker is an entry of its own, loaded by path at run time. Every output file sits
  // in one folder, so whichever chunk holds the code that starts workers finds it beside itself.
  entryPoints: [
    { in: "packages/cli/src/main.ts", out: "parley" },
    { in: "packages/forecast/src/kernel-worker.ts", out: "kernel-worker" },
    { in: "packages/store/src/import-rows-worker.ts", out: "import-rows-worker" },
  ],
  outdir: "packages/cli/dist",
  chunkNames: "[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  splitting: true,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: "linked",
  logLevel: "warning",
  external: ["better-sqlite3", "pg", "pg-native", "wink-eng-lite-web-model", "playwright-core"],
  banner: {
    js: "import { createRequire as __parleyRequire } from 'node:module'; const require = __parleyRequire(import.meta.url);",
  },
});

// The web workbench, when it exists, is built by Vite into packages/web/dist.
if (existsSync("packages/web/vite.config.ts") && process.env.PARLEY_SKIP_WEB !== "1") {
  const { build: viteBuild } = await import("vite");
  await viteBuild({
    root: "packages/web",
    logLevel: "warn",
    configFile: "packages/web/vite.config.ts",
    // Timing notes on every build are noise for someone starting the workbench.
    build: { rolldownOptions: { checks: { bundlerTimings: false } } },
  });
}
