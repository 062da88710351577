import type { Route } from "../route";
import { analysisRoutes } from "./analysis-routes";
import { caseRoutes } from "./case-routes";
import { entityRoutes } from "./entity-routes";
import { exportRoutes } from "./export-routes";
import { extractRoutes } from "./extract-routes";
import { forecastRoutes } from "./forecast-routes";
import { historyRoutes } from "./history-routes";
import { proposalRoutes } from "./proposal-routes";
import { sourceRoutes } from "./source-routes";
import { viewRoutes } from "./view-routes";

/** Every API route, in the order the OpenAPI document lists them. */
export function apiRoutes() {
  return [
    ...caseRoutes(),
    ...historyRoutes(),
    ...sourceRoutes(),
    ...proposalRoutes(),
    ...extractRoutes(),
    ...analysisRoutes(),
    ...exportRoutes(),
    ...forecastRoutes(),
    ...viewRoutes(),
    // Last: `/{kind}/{id}` would otherwise take fixed paths such as `/scenarios/compare`.
    ...entityRoutes(),
  ];
}

/** Any route of the API, with its method, path, inputs and answer as types. */
export type ApiRoute = ReturnType<typeof apiRoutes>[number];

// The route answering `M P`; a route declared for many kinds of record has a union of paths.
type RouteAt<M extends Route["method"], P extends string, R = ApiRoute> = R extends {
  method: M;
  path: infer Q;
}
  ? P extends Q
    ? R
    : never
  : never;

type RouteTypes<M extends Route["method"], P extends string> = NonNullable<RouteAt<M, P>["types"]>;

/** The paths of the routes answering a method, as the OpenAPI document writes them. */
export type ApiPath<M extends Route["method"]> = Extract<ApiRoute, { method: M }>["path"];

/** The JSON answer of a route. */
export type ApiResponse<M extends Route["method"], P extends string> = RouteTypes<M, P>["response"];

/** The path parameters of a route, as sent. */
export type ApiParams<M extends Route["method"], P extends string> = RouteTypes<M, P>["params"];

/** The query of a route, as sent (strings). */
export type ApiQuery<M extends Route["method"], P extends string> = RouteTypes<M, P>["query"];

/** The JSON body of a route, as sent. */
export type ApiBody<M extends Route["method"], P extends string> = RouteTypes<M, P>["body"];
