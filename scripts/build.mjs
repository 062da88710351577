// Bundles the CLI (and with it the server) into one ES module that starts fast.
// Native and driver packages stay external and load from node_modules.
import { existsSync } from "node:fs";
import { build } from "esbuild";

await build({
  entryPoints: ["packages/cli/src/main.ts"],
  outfile: "packages/cli/dist/parley.mjs",
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
  await viteBuild({ root: "packages/web", logLevel: "warn", configFile: "packages/web/vite.config.ts" });
}
