// Frames per second of the network view (sigma.js) with 5,000 actors and 20,000 relations in
// headless Chromium, while the camera pans and zooms. Target: 30 fps or more.
// Run: npm run bench -- web-network
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { type Case, caseSchema } from "@parley/core";
import type { Page } from "playwright-core";
import { seededRandom } from "../packages/analysis/src/seeded-random";
import { openBrowser } from "../packages/web/src/e2e/browser-session";
import {
  afghanistanCase,
  buildWebApp,
  startWorkbench,
  webDist,
} from "../packages/web/src/e2e/workbench-server";
import { median } from "./stats";

const NODES = 5_000;
const EDGES = 20_000;

function syntheticCase(): Case {
  const rnd = seededRandom(7);
  const kinds = ["state", "government", "armed_group", "person", "international_org"] as const;
  const types = [
    "supports",
    "opposes",
    "contacts",
    "arms",
    "funds",
    "allied_with",
    "rival_of",
  ] as const;
  const actors = Array.from({ length: NODES }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: kinds[i % kinds.length],
    bloc: `bloc-${i % 8}`,
  }));
  const relations = Array.from({ length: EDGES }, (_, i) => {
    // Ties mostly within a neighbourhood of ids, some across, as real networks cluster.
    const s = Math.floor(rnd() * NODES);
    const near = rnd() < 0.8;
    let t = near ? (s + 1 + Math.floor(rnd() * 50)) % NODES : Math.floor(rnd() * NODES);
    if (t === s) t = (s + 1) % NODES;
    return { id: `r${i}`, type: types[i % types.length], source: `a${s}`, target: `a${t}` };
  });
  // One relation in five is only alleged or speculated: drawn dashed.
  const claims = relations
    .filter((_, i) => i % 5 === 0)
    .map((r, i) => ({
      id: `c${i}`,
      subject: `relation:${r.id}`,
      note: "synthetic",
      hedge: i % 2 === 0 ? "alleged" : "speculated",
    }));
  return caseSchema.parse({
    id: "synthetic",
    title: "Synthetic network",
    actors,
    relations,
    claims,
  });
}

/**
 * Marks, in the page, each animation frame in which WebGL drew something, so that the bench can
 * tell frames sigma rendered from idle frames between input events.
 */
const countDraws = `(() => {
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"]) {
      const original = proto[name];
      if (typeof original !== "function") continue;
      proto[name] = function (...args) {
        window.__drawn = true;
        return original.apply(this, args);
      };
    }
  }
})()`;

interface Measure {
  /** Animation frames per second while the camera moves. */
  fps: number;
  /** Of those, frames per second in which the view was redrawn (WebGL draw calls). */
  drawn: number;
  /** 95th percentile of the time between frames, in milliseconds. */
  p95: number;
}

/** Frames per second while the mouse pans (drag) and zooms (wheel) for four seconds. */
async function measure(page: Page): Promise<Measure> {
  const box = await page.locator("[data-testid=sigma]").boundingBox();
  if (!box) throw new Error("no sigma container");
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Passed as source text: the bundler's helpers must not leak into the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__drawnFrames = 0;
    window.__stop = false;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__drawn) window.__drawnFrames++;
      window.__drawn = false;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const until = Date.now() + 4000;
  let step = 0;
  while (Date.now() < until) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(cx + k * 12, cy + (k % 2 ? 6 : -6));
    await page.mouse.up();
    await page.mouse.wheel(0, step % 2 ? 240 : -240);
    step++;
  }
  const { frames, drawnFrames } = (await page.evaluate(
    "(() => { window.__stop = true; return { frames: window.__frames, drawnFrames: window.__drawnFrames }; })()",
  )) as { frames: number[]; drawnFrames: number };
  const gaps = frames.slice(1).map((t, i) => t - (frames[i] as number));
  const seconds = ((frames[frames.length - 1] as number) - (frames[0] as number)) / 1000;
  const sorted = [...gaps].sort((a, b) => a - b);
  return {
    fps: (frames.length - 1) / seconds,
    drawn: drawnFrames / seconds,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
  };
}

if (!existsSync(`${webDist}/index.html`)) await buildWebApp();
const t0 = performance.now();
const server = await startWorkbench([syntheticCase(), afghanistanCase()]);
console.log(`store import and server start: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const browser = await openBrowser();
const rows: string[] = [];
try {
  const views: Array<[string, string]> = [
    ["baseline: Afghanistan case (40 actors, 22 relations)", "#/network?case=afghanistan"],
    [`${NODES} nodes, ${EDGES} edges (ties hidden while moving)`, "#/network?case=synthetic"],
    [
      `${NODES} nodes, ${EDGES} edges (ties drawn while moving)`,
      "#/network?case=synthetic&move=ties",
    ],
  ];
  for (const [label, hash] of views) {
    const page = await browser.newPage();
    await page.addInitScript(countDraws);
    // Wait for the centralities too, so that the server's work does not overlap the measure.
    const analysed = page
      .waitForResponse((r) => r.url().includes("/analyses/network"), { timeout: 120_000 })
      .catch(() => null);
    const t1 = performance.now();
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector("[data-testid=sigma] canvas", { timeout: 180_000 });
    await analysed;
    await page.waitForTimeout(1500);
    const ready = (performance.now() - t1) / 1000;
    const runs: Measure[] = [];
    for (let run = 0; run < 3; run++) runs.push(await measure(page));
    rows.push(
      `| ${label} | ${ready.toFixed(1)} | ${runs.map((r) => r.fps.toFixed(1)).join(", ")} | ${median(runs.map((r) => r.fps)).toFixed(1)} | ${runs.map((r) => r.drawn.toFixed(1)).join(", ")} | ${median(runs.map((r) => r.p95)).toFixed(0)} |`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, node ${process.version}, load ${loadavg()[0]?.toFixed(1)}`,
);
console.log(
  "| view | ready (s) | fps per run | median fps | redrawn frames/s per run | median p95 frame (ms) |",
);
console.log("|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
console.log("target: 30 fps or more for the large network");
