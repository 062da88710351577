import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import type { ForecastInput } from "./forecast-input";
import { monteCarlo } from "./monte-carlo";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Two actors on one issue, B's position and A's salience uncertain.
const input: ForecastInput = {
  issues: [{ id: "x", name: "x", scale: { min: 0, max: 10 } }],
  actors: [
    {
      id: "a",
      name: "A",
      capability: 2,
      positions: [1],
      saliences: [0.5],
      ranges: { saliences: [[0.2, 0.9]] },
    },
    {
      id: "b",
      name: "B",
      capability: 1,
      positions: [6],
      saliences: [1],
      ranges: { positions: [[3, 9]] },
    },
  ],
};
const options = { runs: 300, seed: 5, models: ["mean", "nash", "eu"] as const };
const shape = (r: Awaited<ReturnType<typeof monteCarlo>>) =>
  r.distributions.map((d) => [d.model, d.median, d.q1, d.q3, d.histogram.counts]);

describe("kernelInWorkers in a bundle", () => {
  it("starts kernel-worker.mjs from beside the chunk that holds it, with the in-thread outcomes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-kernel-worker-"));
    try {
      // The host reaches the forecast through a dynamic import, as the CLI's commands do, so the
      // code that starts workers lands in a chunk rather than in the entry.
      writeFileSync(
        join(dir, "host.ts"),
        [
          `const { monteCarlo } = await import(${JSON.stringify(here("./monte-carlo.ts"))});`,
          `const r = await monteCarlo(${JSON.stringify(input)}, { ...${JSON.stringify(options)}, threads: 2 });`,
          "console.log(JSON.stringify(r));",
        ].join("\n"),
      );
      // The layout of scripts/build.mjs: entries and chunks in one folder.
      await build({
        entryPoints: [
          { in: join(dir, "host.ts"), out: "host" },
          { in: here("./kernel-worker.ts"), out: "kernel-worker" },
        ],
        outdir: join(dir, "dist"),
        chunkNames: "[name]-[hash]",
        outExtension: { ".js": ".mjs" },
        bundle: true,
        splitting: true,
        platform: "node",
        format: "esm",
        logLevel: "silent",
      });
      const files = readdirSync(join(dir, "dist"));
      expect(files.filter((f) => f.startsWith("chunk-")).length).toBeGreaterThan(0);
      const out = execFileSync(process.execPath, [join(dir, "dist", "host.mjs")], {
        encoding: "utf8",
      });
      const bundled = JSON.parse(out);
      const inThread = await monteCarlo(input, {
        ...options,
        models: [...options.models],
        threads: 1,
      });
      expect(bundled.threads).toBe(2);
      expect(shape(bundled)).toEqual(shape(inThread));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
