#!/usr/bin/env node
// `parley`: runs the bundled CLI (packages/cli/dist/parley.mjs). On a fresh install the bundle and
// the web app are not built yet; build them once (scripts/build.mjs), then run the command.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundle = join(root, "packages", "cli", "dist", "parley.mjs");

if (!existsSync(bundle)) {
  process.stderr.write("parley: building the command-line bundle and the web app (once)...\n");
  // The build's own output goes to stderr, so that a command's stdout stays clean.
  const built = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], {
    cwd: root,
    stdio: ["ignore", 2, 2],
  });
  if (built.status !== 0 || !existsSync(bundle)) {
    process.stderr.write(
      `parley: the build failed (exit ${built.status ?? built.signal}); run \`npm install\` in ${root}, then \`npm run build\`\n`,
    );
    process.exit(1);
  }
}

await import(pathToFileURL(bundle).href);
