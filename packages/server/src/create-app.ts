import { ParleyError } from "@parley/core";
import type { Store } from "@parley/store";
import { type Context, Hono } from "hono";
import { compress } from "hono/compress";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import { apiErrorOf, type InputPart, inputError } from "./api-error";
import { type AccessTokens, type ParleyEnv, requestUserOf, userNamePattern } from "./bearer-tokens";
import { CaseViews } from "./case-views";
import { hostOriginCheck } from "./host-origin-check";
import { jsonWritesOnly } from "./json-writes-only";
import { openApiDocument } from "./openapi-document";
import type { Route, RouteContext } from "./route";
import { apiRoutes } from "./routes/api-routes";
import { securityHeaders } from "./security-headers";
import { webAppFiles } from "./web-app-files";

/** What the app serves: a store, the tokens required (none on loopback), and the built web app. */
export interface AppOptions {
  store: Store;
  tokens?: AccessTokens;
  /** The address the server is bound to; its name is one the Host check accepts. */
  boundHost?: string;
  /** Host names accepted besides loopback and the bound address (`--allowed-host`). */
  allowedHosts?: readonly string[];
  /** Folder of the built web app (`packages/web/dist`); without it only the API is served. */
  webDist?: string;
  /**
   * Parse every JSON answer against its route's response schema and answer 500
   * `invalid_response` when it does not fit. Tests turn it on, so no route answers other than
   * its schema (and the web client's types) say.
   */
  checkResponses?: boolean;
}

/** The Parley app: Hono with the context variables its middleware sets (`user`). */
export type ParleyApp = Hono<ParleyEnv>;

/** The largest request body accepted (a pasted source text can be long). */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

const API_VERSION = "0.1.0";

function analystOf(c: Context): string {
  const who = c.req.header("x-parley-analyst")?.trim();
  return who && userNamePattern.test(who) ? who : "api";
}

async function readBody(c: Context, operation: string): Promise<unknown> {
  const length = Number(c.req.header("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: the body has ${length} bytes; at most ${MAX_BODY_BYTES} are accepted`,
    );
  }
  const text = await c.req.text();
  if (text.length > MAX_BODY_BYTES) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: the body is larger than ${MAX_BODY_BYTES} bytes`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: the body is not JSON (${(e as Error).message}); expected a JSON document`,
      { location: { pointer: "" } },
    );
  }
}

function validate(
  schema: z.ZodType | undefined,
  value: unknown,
  part: InputPart,
  operation: string,
): unknown {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (!r.success) throw inputError(part, operation, r.error);
  return r.data;
}

/**
 * Why a JSON answer, as the client would read it, misses its schema (with the JSON pointer of the
 * first misfit), or null when it fits.
 */
function responseMisfit(
  schema: z.ZodType,
  result: unknown,
): { message: string; path: string } | null {
  const sent: unknown = JSON.parse(JSON.stringify(result) ?? "null");
  const r = schema.safeParse(sent);
  if (r.success) return null;
  const first = r.error.issues[0];
  const path = (first?.path ?? []).map((p) => `/${String(p)}`).join("");
  return { message: first?.message ?? "does not fit", path };
}

function register(app: Hono<ParleyEnv>, r: Route, views: CaseViews, options: AppOptions): void {
  const honoPath = r.path.replace(/\{(\w+)\}/g, ":$1");
  const operation = `${r.method.toUpperCase()} ${r.path}`;
  app.on(r.method.toUpperCase(), honoPath, async (c) => {
    const user = c.get("user");
    const params = validate(r.params, c.req.param(), "params", operation);
    const query = validate(r.query, c.req.query(), "query", operation);
    const body = r.body
      ? validate(r.body, await readBody(c, operation), "body", operation)
      : undefined;
    const ctx: RouteContext = {
      store: options.store,
      views,
      who: user.name,
      role: user.role,
      request: c.req.raw,
      wantsStream: (c.req.header("accept") ?? "").includes("application/x-ndjson"),
    };
    const result = await r.handle({ params, query, body }, ctx);
    if (result instanceof Response) return result;
    const misfit = options.checkResponses && r.response ? responseMisfit(r.response, result) : null;
    if (misfit) {
      const message = `${operation}: the answer does not fit its response schema at "${misfit.path}": ${misfit.message}`;
      console.error(message);
      return c.json({ code: "invalid_response", message, path: misfit.path }, 500);
    }
    return c.json(result as object, r.status ?? 200);
  });
}

/**
 * The Parley HTTP app: the JSON API under `/api` (validated with zod at the edge, errors as
 * `{code, message, path}` from one `onError`), the OpenAPI document at `/api/openapi.json`, the
 * security headers on every response, and the built web app with its routes falling back to
 * `index.html`. Tests drive it with `app.request()`.
 */
export function createApp(options: AppOptions): ParleyApp {
  const app = new Hono<ParleyEnv>();
  const views = new CaseViews(options.store);
  const routes = apiRoutes();
  app.use("*", securityHeaders());
  // gzip or deflate for JSON and the web app's files (NDJSON progress streams are left alone).
  app.use("*", compress());
  app.use(
    "*",
    hostOriginCheck({
      ...(options.boundHost === undefined ? {} : { boundHost: options.boundHost }),
      ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
    }),
  );
  app.use("/api/*", jsonWritesOnly());

  app.get("/api/health", (c) => c.json({ ok: true }));
  const document = openApiDocument(routes, API_VERSION);
  app.get("/api/openapi.json", (c) => c.json(document));
  // Every other API request: who is asking, as the context variable `user` (see RequestUser).
  app.use("/api/*", async (c, next) => {
    const method = c.req.method;
    const write = method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
    c.set(
      "user",
      requestUserOf(c.req.header("authorization"), options.tokens, write, analystOf(c)),
    );
    await next();
  });
  for (const r of routes) register(app, r, views, options);

  app.all("/api/*", (c) => {
    const path = new URL(c.req.url).pathname;
    const known = routes.some((r) =>
      new RegExp(`^${r.path.replace(/\{\w+\}/g, "[^/]+")}$`).test(path),
    );
    if (known) {
      const message = `${c.req.method} ${path}: this method is not allowed on this path`;
      return c.json({ code: "method_not_allowed", message, path: "" }, 405);
    }
    throw new ParleyError("not_found", `${c.req.method} ${path}: no such API route`);
  });
  if (options.webDist) {
    const files = webAppFiles(options.webDist);
    app.get("*", files);
  }
  app.notFound((c) =>
    c.json(
      {
        code: "not_found",
        message: `${c.req.method} ${new URL(c.req.url).pathname}: not found`,
        path: "",
      },
      404,
    ),
  );

  app.onError((e, c) => {
    if (e instanceof HTTPException) {
      return c.json(
        { code: e.status === 413 ? "invalid_input" : "http_error", message: e.message, path: "" },
        e.status,
      );
    }
    const { status, body } = apiErrorOf(e);
    if (status === 500) console.error(e);
    const res = c.json(body, status as 400);
    if (status === 401) res.headers.set("WWW-Authenticate", 'Bearer realm="parley"');
    // Another writer holds the store: the write changed nothing and can be sent again shortly.
    if (status === 503) res.headers.set("Retry-After", "1");
    return res;
  });
  return app;
}
