import { existsSync } from "node:fs";
import { join } from "node:path";
import { ParleyError, slugSchema } from "@parley/core";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "@parley/server";
import type { Command } from "commander";
import { builtinCasesDir } from "../builtin-cases";
import type { CliContext } from "../context";

/** The built web app, when it has been built (`packages/web/dist` beside the built-in cases' root). */
export function webDistDir(): string | undefined {
  const dir = join(builtinCasesDir(), "..", "packages", "web", "dist");
  return existsSync(join(dir, "index.html")) ? dir : undefined;
}

function portOf(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) {
    throw new ParleyError(
      "invalid_input",
      `parley serve: --port "${value}" is not a port; expected 0..65535`,
    );
  }
  return n;
}

interface ServeOptions {
  port: string;
  host: string;
  db?: string;
  token?: string;
  readerToken?: string;
  case: string;
}

/**
 * `parley serve`: the workbench and its API over the store, with a case loaded (the built-in
 * Afghanistan case by default), until interrupted. Loopback only unless a token is given.
 */
export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command("serve")
    .description("serve the web workbench and its JSON API over the store, and print the URL")
    .option("--port <port>", "port to listen on (0 picks a free one)", String(DEFAULT_PORT))
    .option("--host <address>", "address to bind; other than loopback needs --token", DEFAULT_HOST)
    .option(
      "--db <target>",
      "store: SQLite file, :memory: or postgres:// URL (default $PARLEY_DB or .parley/parley.db)",
    )
    .option("--token <token>", "editor's bearer token (default $PARLEY_TOKEN)")
    .option(
      "--reader-token <token>",
      "reader's bearer token, read only (default $PARLEY_READER_TOKEN)",
    )
    .option(
      "--case <id>",
      "case to load, importing the built-in case of that id if the store lacks it",
      "afghanistan",
    )
    .action(async (o: ServeOptions) => {
      const port = portOf(o.port);
      const caseId = slugSchema.safeParse(o.case);
      if (!caseId.success) {
        throw new ParleyError("invalid_input", `parley serve: --case "${o.case}" is not a case id`);
      }
      const editor = o.token ?? process.env.PARLEY_TOKEN;
      const reader = o.readerToken ?? process.env.PARLEY_READER_TOKEN;
      const tokens = {
        ...(editor ? { editor } : {}),
        ...(reader ? { reader } : {}),
      };
      const store = await ctx.openStore(o.db);
      await ctx.loadCase(caseId.data, o.db === undefined ? {} : { db: o.db });
      const webDist = webDistDir();
      const server = await startServer({
        store,
        tokens,
        host: o.host,
        port,
        ...(webDist ? { webDist } : {}),
      });
      ctx.out(`Parley is serving case "${caseId.data}" at ${server.url}`);
      if (!webDist)
        ctx.out("(the web app is not built: only the API is served; run `npm run build`)");
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          resolve();
        };
        process.on("SIGINT", stop);
        process.on("SIGTERM", stop);
      });
      await server.close();
    });
}
