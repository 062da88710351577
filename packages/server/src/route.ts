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

/**
 * A route that keeps its types: method and path as literals, the inputs its schemas accept and
 * the body it answers with. The web client is typed from these (`ApiRoute` of `api-routes.ts`).
 */
export interface TypedRoute<
  M extends Route["method"],
  Path extends string,
  PS extends z.ZodType,
  QS extends z.ZodType,
  BS extends z.ZodType,
  RS extends z.ZodType,
> extends Route {
  method: M;
  path: Path;
  /** Never set: carries the types of the route's inputs (as sent) and of its JSON answer. */
  readonly types?: {
    params: z.input<PS>;
    query: z.input<QS>;
    body: z.input<BS>;
    response: z.output<RS>;
  };
}

type NoInput = z.ZodType<Record<string, never>>;

/**
 * Declares a route with typed inputs and output: the handler gets what the input schemas yield
 * and must return what the response schema describes (or a Response for other media types).
 */
export function route<
  const M extends Route["method"],
  const Path extends string,
  PS extends z.ZodType = NoInput,
  QS extends z.ZodType = NoInput,
  BS extends z.ZodType = z.ZodType<undefined>,
  RS extends z.ZodType = z.ZodType<unknown>,
>(
  r: Omit<Route, "method" | "path" | "handle" | "params" | "query" | "body" | "response"> & {
    method: M;
    path: Path;
    params?: PS;
    query?: QS;
    body?: BS;
    response?: RS;
    handle(
      input: RouteInput<z.output<PS>, z.output<QS>, z.output<BS>>,
      ctx: RouteContext,
    ): Promise<z.input<RS> | Response>;
  },
): TypedRoute<M, Path, PS, QS, BS, RS> {
  return r as unknown as TypedRoute<M, Path, PS, QS, BS, RS>;
}
