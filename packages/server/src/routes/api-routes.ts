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
export function apiRoutes(): Route[] {
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
