import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Case } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { corpusFile } from "@parley/core/test-support/corpus";
import { type RunningServer, startServer } from "@parley/server";
import { attachTextAsSource, openStore, type Store } from "@parley/store";

const webRoot = fileURLToPath(new URL("../../", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** The built web app folder the server serves. */
export const webDist = join(webRoot, "dist");

/** A running Parley server over a temporary SQLite store, for browser tests and benchmarks. */
export interface WorkbenchServer {
  url: string;
  store: Store;
  server: RunningServer;
  stop(): Promise<void>;
}

/** The built-in Afghanistan case, read from the repository's case folder. */
export function afghanistanCase(): Case {
  const r = loadCaseFolder(join(repoRoot, "cases/afghanistan"));
  if (!r.ok) throw r.error;
  return r.value;
}

/** The founding essay's text from the corpus (PARLEY_CORPUS), or null when the corpus lacks it. */
export function essayText(): string | null {
  const path = corpusFile("seed/afghanistan-russia-essay.txt");
  return path === undefined ? null : readFileSync(path, "utf8");
}

/**
 * Builds the web app with Vite into packages/web/dist, for production even under Vitest (which
 * sets NODE_ENV=test and would otherwise yield React's development build).
 */
export async function buildWebApp(): Promise<void> {
  const { build } = await import("vite");
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: webRoot,
      mode: "production",
      logLevel: "warn",
      configFile: join(webRoot, "vite.config.ts"),
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/**
 * Starts the real server (createApp + startServer) on a free loopback port with a fresh SQLite
 * store holding the given cases, and texts attached to their sources by source id.
 */
export async function startWorkbench(
  cases: Case[],
  texts: Record<string, Record<string, string>> = {},
): Promise<WorkbenchServer> {
  const dir = mkdtempSync(join(tmpdir(), "parley-web-"));
  const store = await openStore(join(dir, "parley.db"));
  for (const c of cases) {
    await store.importCase(c);
    for (const [source, text] of Object.entries(texts[c.id] ?? {})) {
      // As the analyst attaches a text: a source without a fingerprint takes the text's.
      await attachTextAsSource(store, c.id, { id: source }, text, { create: false });
    }
  }
  const server = await startServer({ store, port: 0, webDist, checkResponses: true });
  return {
    url: server.url,
    store,
    server,
    async stop() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
