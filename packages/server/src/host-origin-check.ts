import type { MiddlewareHandler } from "hono";

/** The names a server answers to besides loopback, and the address it is bound to. */
export interface HostCheckOptions {
  /** The address the server is bound to (its own name is always allowed, unless a wildcard). */
  boundHost?: string;
  /** Further host names clients may use (`--allowed-host`), e.g. the machine's name on the LAN. */
  allowedHosts?: readonly string[];
}

/** Host names every server answers to: the loopback names. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

/** A host name as compared: lower case, IPv6 in brackets, no trailing dot. */
export function normalHostName(name: string): string {
  const n = name.trim().toLowerCase().replace(/\.$/, "");
  return n.includes(":") && !n.startsWith("[") ? `[${n}]` : n;
}

/** The host name of a `Host` header value (`name`, `name:port`, `[v6]:port`), or undefined. */
function hostNameOf(host: string): string | undefined {
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]/\s@]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  return m?.[1] === undefined ? undefined : normalHostName(m[1]);
}

/** The host names a server with these options answers to. */
export function allowedHostNames(options: HostCheckOptions): Set<string> {
  const names = new Set(LOOPBACK_HOST_NAMES);
  const bound = options.boundHost;
  if (bound !== undefined && !["0.0.0.0", "::", "[::]"].includes(bound)) {
    names.add(normalHostName(bound));
  }
  for (const h of options.allowedHosts ?? []) names.add(normalHostName(h));
  return names;
}

/**
 * Refuses requests that did not come from this server's own pages, on every path and in every
 * mode: a `Host` header whose name is not on the allow-list gets 421 `misdirected_request` (a
 * DNS-rebinding page reaches 127.0.0.1 under its own name), and an `Origin` header other than the
 * server's own origin (`http(s)://` + the request's Host) gets 403 `forbidden` (a page on another
 * origin, or another port of this machine, posting to the API). Requests without Origin (curl,
 * same-origin GETs) pass.
 */
export function hostOriginCheck(options: HostCheckOptions): MiddlewareHandler {
  const names = allowedHostNames(options);
  const hint =
    "start the server with --allowed-host <name> to answer to another name (loopback names are always allowed)";
  return async (c, next) => {
    const url = new URL(c.req.url);
    const host = c.req.header("host") ?? url.host;
    const name = hostNameOf(host);
    if (name === undefined || !names.has(name)) {
      return c.json(
        {
          code: "misdirected_request",
          message: `Checking the request's Host: "${host}" is not a name this server answers to (${[...names].join(", ")}); ${hint}`,
          path: "",
        },
        421,
      );
    }
    const origin = c.req.header("origin");
    if (origin !== undefined) {
      let sameOrigin = false;
      try {
        const o = new URL(origin);
        sameOrigin =
          (o.protocol === "http:" || o.protocol === "https:") &&
          o.host.toLowerCase() === host.trim().toLowerCase() &&
          o.origin === origin.replace(/\/$/, "");
      } catch {
        sameOrigin = false;
      }
      if (!sameOrigin) {
        return c.json(
          {
            code: "forbidden",
            message: `Checking the request's Origin: "${origin}" is not this server's origin (http://${host}); requests from other sites' pages are refused`,
            path: "",
          },
          403,
        );
      }
    }
    await next();
  };
}
