import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ParleyError, slugSchema } from "@parley/core";
import {
  checkTokenUsers,
  DEFAULT_HOST,
  DEFAULT_PORT,
  parseTokenUsers,
  parseUserOption,
  startServer,
  type TokenUser,
} from "@parley/server";
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
  tokenFile?: string;
  user: string[];
  allowedHost: string[];
  case: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A host name for `--allowed-host`: a DNS name or an IP address, without scheme, port or path. */
function allowedHostOf(value: string): string {
  const v = value.trim();
  if (
    !/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[?[0-9a-f:.]+\]?)$/i.test(
      v,
    )
  ) {
    throw new ParleyError(
      "invalid_input",
      `parley serve: --allowed-host "${value}" is not a host name; expected a name or address such as parley.lan or 192.168.1.10 (no scheme, port or path)`,
    );
  }
  return v;
}

/** The named users of `--token-file` and `--user`, checked for distinct names and tokens. */
function tokenUsersOf(o: ServeOptions): TokenUser[] {
  const users: TokenUser[] = [];
  if (o.tokenFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(o.tokenFile, "utf8");
    } catch (e) {
      throw new ParleyError(
        "io_error",
        `parley serve: reading --token-file "${o.tokenFile}": ${(e as Error).message}`,
      );
    }
    users.push(...parseTokenUsers(text, o.tokenFile));
  }
  users.push(...o.user.map(parseUserOption));
  checkTokenUsers(users);
  return users;
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
    .option(
      "--host <address>",
      "address to bind; other than loopback needs tokens (--token-file, --user or --token)",
      DEFAULT_HOST,
    )
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
      "--token-file <file>",
      'named users, a JSON array of {"name", "role": "editor"|"reader", "token"}; changes are recorded under the name',
    )
    .option(
      "--user <name:role:token>",
      "a named user (role editor or reader); repeat for more",
      collect,
      [] as string[],
    )
    .option(
      "--allowed-host <name>",
      "a host name clients use to reach the server besides loopback and --host; repeat for more",
      collect,
      [] as string[],
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
      const users = tokenUsersOf(o);
      const allowedHosts = o.allowedHost.map(allowedHostOf);
      const tokens = {
        ...(editor ? { editor } : {}),
        ...(reader ? { reader } : {}),
        ...(users.length > 0 ? { users } : {}),
      };
      const store = await ctx.openStore(o.db);
      await ctx.loadCase(caseId.data, o.db === undefined ? {} : { db: o.db });
      const webDist = webDistDir();
      const server = await startServer({
        store,
        tokens,
        host: o.host,
        port,
        allowedHosts,
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
