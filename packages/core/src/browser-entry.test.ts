import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const entry = (file: string) => fileURLToPath(new URL(file, import.meta.url));

async function bundleForBrowser(file: string) {
  return build({
    entryPoints: [entry(file)],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  }).then(
    (r) => ({ ok: true as const, errors: r.errors.map((e) => e.text) }),
    (e: { errors?: { text: string }[] }) => ({
      ok: false as const,
      errors: (e.errors ?? []).map((x) => x.text),
    }),
  );
}

describe("the core's entries", () => {
  it("bundles @parley/core for the browser: nothing it imports needs Node", async () => {
    expect(await bundleForBrowser("./index.ts")).toEqual({ ok: true, errors: [] });
  });

  it("keeps the Node-only parts in @parley/core/node, which a browser bundle cannot take", async () => {
    const r = await bundleForBrowser("./node.ts");
    expect(r.ok).toBe(false);
    expect(r.errors).toContain('Could not resolve "node:fs"');
  });
});
