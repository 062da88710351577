import type { Route } from "../route";
import { caseRoutes } from "./case-routes";
import { entityRoutes } from "./entity-routes";

/** Every API route, in the order the OpenAPI document lists them. */
export function apiRoutes(): Route[] {
  return [...caseRoutes(), ...entityRoutes()];
}
