// The JavaScript the workbench's first page needs, gzipped. Target: under 400 KB.
// Counts what Chromium actually fetches to show the overview, and lists the lazy page chunks.
// Run: npm run bench -- web-bundle
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { openBrowser } from "../packages/web/src/e2e/browser-session";
import {
  afghanistanCase,
  buildWebApp,
  startWorkbench,
  webDist,
} from "../packages/web/src/e2e/workbench-server";

const kb = (n: number) => (n / 1024).toFixed(1);
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

if (!existsSync(join(webDist, "index.html"))) await buildWebApp();
const assets = join(webDist, "assets");
const files = readdirSync(assets).filter((f) => f.endsWith(".js"));

const server = await startWorkbench([afghanistanCase()]);
const browser = await openBrowser();
const loaded = new Set<string>();
try {
  const page = await browser.newPage();
  page.on("response", (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith(".js")) loaded.add(u.pathname.split("/").pop() ?? "");
  });
  await page.goto(`${server.url}#/overview`);
  await page.waitForSelector("[data-testid=counts]", { timeout: 60_000 });
  await page.waitForTimeout(500);
} finally {
  await browser.close();
  await server.stop();
}

let first = 0;
let firstRaw = 0;
const rows: string[] = [];
for (const f of files.sort()) {
  const raw = readFileSync(join(assets, f));
  const g = gz(raw);
  const isFirst = loaded.has(f);
  if (isFirst) {
    first += g;
    firstRaw += raw.length;
  }
  rows.push(
    `| ${f.replace(/-[\w-]{8}\.js$/, ".js")} | ${kb(raw.length)} | ${kb(g)} | ${isFirst ? "yes" : "lazy"} |`,
  );
}
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}`);
console.log("| chunk | raw KB | gzip KB | first page |");
console.log("|---|---|---|---|");
for (const r of rows) console.log(r);
console.log(
  `first page JavaScript: ${loaded.size} file(s), ${kb(firstRaw)} KB raw, ${kb(first)} KB gzipped (target < 400 KB)`,
);
