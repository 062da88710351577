import type { Store } from "@parley/store";
import type { z } from "zod";
import type { CaseViews } from "./case-views";

/** Who is calling: an editor may read and write, a reader may only read. */
export type AccessRole = "editor" | "reader";

/** What every handler gets besides its validated inputs. */
export interface RouteContext {
  store: Store;
  views: CaseViews;
  /**
   * Who makes a change, for the history: a named token's user, else the `X-Parley-Analyst`
   * header, else `api` (the same as Hono's context variable `user`).
   */
  who: string;
  role: AccessRole;
  request: Request;
  /** Whether the client asked for NDJSON progress (`Accept: application/x-ndjson`). */
  wantsStream: boolean;
}

/** The validated inputs of a request. */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

/**
 * One API route: method, path (OpenAPI style, `/api/cases/{case}`), the zod schemas of its
 * inputs and output, and its handler. The server registers routes and writes the OpenAPI
 * document from the same table, so the two cannot drift apart.
 */
export interface Route {
  method: "get" | "post" | "put" | "delete";
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success body; absent for routes that answer with something other than JSON. */
  response?: z.ZodType;
  /** Success status (default 200). */
  status?: 200 | 201;
  /** Other media type of the success body (e.g. `text/markdown`). */
  produces?: string;
  /** Whether progress can be streamed as NDJSON. */
  streams?: boolean;
  /** Returns the JSON body, or a Response for other media types and streams. */
  handle(input: RouteInput<unknown, unknown, unknown>, ctx: RouteContext): Promise<unknown>;
}

/** Declares a route with typed inputs; the table stores it with its types erased. */
export function route<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  r: Omit<Route, "handle" | "params" | "query" | "body"> & {
    params?: z.ZodType<P>;
    query?: z.ZodType<Q>;
    body?: z.ZodType<B>;
    handle(input: RouteInput<P, Q, B>, ctx: RouteContext): Promise<unknown>;
  },
): Route {
  return r as Route;
}
