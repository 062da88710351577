import type { ApiBody, ApiParams, ApiPath, ApiQuery, ApiResponse } from "@parley/server";

/**
 * The one place where the workbench talks HTTP: every request goes through `apiFetch`, and every
 * failure becomes an `ApiError` carrying the server's `{code, message, path}`.
 */

import { analystHeader } from "../state/analyst";

/** An error answered by the API (or a failure to reach it), with the server's code and path. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: string | undefined;

  constructor(status: number, code: string, message: string, path?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.path = path;
  }
}

/** Options of one API call: method, JSON body, query parameters (empty values are left out). */
export interface ApiOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

/** The bearer token, when the workbench was opened with `#token=...` or one was stored. */
function bearerToken(): string | null {
  try {
    return sessionStorage.getItem("parley-token");
  } catch {
    return null;
  }
}

/** The URL of an API path with its query string; empty values are dropped. */
export function apiUrl(path: string, query?: ApiOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ""}`;
}

/** The routes the server documents in its OpenAPI document, as method + path patterns. */
let offeredRoutes: Promise<Array<{ method: string; pattern: RegExp }> | null> | null = null;

function loadOfferedRoutes(): Promise<Array<{ method: string; pattern: RegExp }> | null> {
  offeredRoutes ??= fetch("/api/openapi.json", { headers: authHeaders() })
    .then((r) => (r.ok ? (r.json() as Promise<{ paths?: Record<string, object> }>) : null))
    .then((doc) => {
      if (!doc?.paths) return null;
      return Object.entries(doc.paths).flatMap(([path, ops]) => {
        const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`);
        return Object.keys(ops).map((method) => ({ method: method.toUpperCase(), pattern }));
      });
    })
    .catch(() => null);
  return offeredRoutes;
}

/**
 * Whether the server offers a route, after its OpenAPI document; asking first keeps the browser
 * from logging failed requests for features a server does not have. True when unknown.
 */
export async function routeOffered(method: string, path: string): Promise<boolean> {
  const routes = await loadOfferedRoutes();
  if (!routes) return true;
  const full = `/api${path}`;
  return routes.some((r) => r.method === method && r.pattern.test(full));
}

function authHeaders(): Record<string, string> {
  const token = bearerToken();
  return { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...analystHeader() };
}

/**
 * Calls the API and returns its JSON. Non-2xx answers reject with an `ApiError` built from the
 * server's error body; a network failure rejects with code `network_error`.
 */
export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const method = options.method ?? "GET";
  if (!(await routeOffered(method, path))) {
    throw new ApiError(
      404,
      "not_offered",
      `This server does not offer ${method} /api${path.replace(/\?.*$/, "")} yet.`,
    );
  }
  const headers: Record<string, string> = { Accept: "application/json", ...authHeaders() };
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), init);
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "network_error", `Could not reach the Parley server for ${path}.`);
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const body = (data ?? {}) as { code?: unknown; message?: unknown; path?: unknown };
    throw new ApiError(
      response.status,
      typeof body.code === "string" ? body.code : statusCode(response.status),
      typeof body.message === "string" ? body.message : `${response.status} ${response.statusText}`,
      typeof body.path === "string" ? body.path : undefined,
    );
  }
  return data as T;
}

function statusCode(status: number): string {
  if (status === 400) return "invalid_input";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  return "server_error";
}

/** A sentence for the analyst saying what went wrong and what to do about it. */
export function describeApiError(e: unknown): string {
  if (!(e instanceof ApiError)) return e instanceof Error ? e.message : String(e);
  const where = e.path ? ` (at ${e.path})` : "";
  switch (e.code) {
    case "stale_revision":
    case "conflict":
      return `Someone else changed this record since you opened it: ${e.message}. Reload to see their version, then apply your change again.`;
    case "fingerprint_mismatch":
      return `The text does not match the source's fingerprint: ${e.message}`;
    case "not_found":
      return `Not found: ${e.message}`;
    case "unauthorized":
      return "The server needs a token: open the workbench with #token=<token> in the address.";
    case "forbidden":
      return "Your token may read but not edit.";
    case "invalid_input":
      return `The server refused the input${where}: ${e.message}`;
    case "network_error":
    case "not_offered":
      return e.message;
    default:
      return `${e.message}${where}`;
  }
}

type Method = "get" | "post" | "put" | "delete";

/** What one typed call sends: the route's path parameters, query and body, as its schemas take them. */
export interface RouteCall<M extends Method, P extends string> {
  params: ApiParams<M, P>;
  query?: ApiQuery<M, P>;
  body?: ApiBody<M, P>;
  signal?: AbortSignal;
}

/** The API path of a route (without `/api`) with its `{name}` parameters filled in, encoded. */
export function routePath(path: string, params: unknown): string {
  const values = params as Record<string, string>;
  return path
    .replace(/^\/api/, "")
    .replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ""));
}

/**
 * Calls one route of the API by its method and path as the server declares them
 * (`"get", "/api/cases/{case}/analyses/alignment"`): its parameters, query and body are checked
 * against the server's schemas by the compiler, and the answer has the server's response type.
 */
export function apiCall<M extends Method, P extends ApiPath<M>>(
  method: M,
  path: P,
  call: RouteCall<M, P>,
): Promise<ApiResponse<M, P>> {
  const options: ApiOptions = { method: method.toUpperCase() as NonNullable<ApiOptions["method"]> };
  if (call.query !== undefined) options.query = call.query as NonNullable<ApiOptions["query"]>;
  if (call.body !== undefined) options.body = call.body;
  if (call.signal) options.signal = call.signal;
  return apiFetch<ApiResponse<M, P>>(routePath(path, call.params), options);
}
