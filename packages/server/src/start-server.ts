import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { ParleyError } from "@parley/core";
import { tokensRequired } from "./bearer-tokens";
import { type AppOptions, createApp } from "./create-app";

/** Where and how to serve. */
export interface ServerOptions extends AppOptions {
  /** Address to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Port; 0 picks a free one. Default 4173. */
  port?: number;
}

/** A running server: its URL and a way to stop it. */
export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** The default address: loopback only, so nothing is reachable from other machines by default. */
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4173;

/** Whether an address only reaches this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * Refuses a bind address other than loopback when no token is set: `forbidden` with what to do.
 * Loopback needs no token (tokens given there are still required).
 */
export function checkBindAddress(host: string, tokens: AppOptions["tokens"]): void {
  if (isLoopback(host)) return;
  if (tokensRequired(tokens)) return;
  throw new ParleyError(
    "forbidden",
    `Starting the server on "${host}": any address other than loopback (127.0.0.1, ::1, localhost) needs bearer tokens; pass --token-file <tokens.json> or --user <name:role:token> (or --token <editor token>)`,
  );
}

/**
 * Starts the HTTP server (Node's http via @hono/node-server) on `host:port` and resolves once it
 * listens. Throws ParleyError `forbidden` when bound beyond loopback without a token, and
 * `io_error` when the address cannot be bound (port taken).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  checkBindAddress(host, options.tokens);
  const app = createApp({ ...options, boundHost: host });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(
        new ParleyError(
          "io_error",
          `Starting the server on ${host}:${options.port ?? DEFAULT_PORT}: ${e.message}`,
          {
            cause: e,
          },
        ),
      ),
    );
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive connections would hold close() open; end them.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
