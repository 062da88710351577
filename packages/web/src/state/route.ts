import { useCallback, useSyncExternalStore } from "react";

/**
 * The workbench's address: `#/<page>/<id>?from=2016&to=2019&colour=bloc`. Everything a view shows
 * (page, record, time window, filters, layout choices) lives here, so a view is shared by URL.
 */
export interface Route {
  page: string;
  id: string | undefined;
  params: Record<string, string>;
}

/** The filter parameters every case read takes (see the API's CaseFilter). */
export const filterKeys = [
  "from",
  "to",
  "asOf",
  "minReliability",
  "minCredibility",
  "hedges",
  "sources",
] as const;

/** Reads a route from a location hash. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q === -1 ? raw : raw.slice(0, q);
  const search = q === -1 ? "" : raw.slice(q + 1);
  const [page, ...rest] = path.split("/").map((s) => decodeURIComponent(s));
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) params[k] = v;
  return { page: page || "overview", id: rest.length > 0 ? rest.join("/") : undefined, params };
}

/** Writes a route as a location hash; empty parameters are left out. */
export function routeHash(route: Route): string {
  const path = [route.page, ...(route.id ? [route.id] : [])].map(encodeURIComponent).join("/");
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(route.params).sort(([a], [b]) => a.localeCompare(b))) {
    if (v !== "") params.set(k, v);
  }
  const qs = params.toString();
  return `#/${path}${qs ? `?${qs}` : ""}`;
}

/** A link to another page that keeps the time window and filters of the current route. */
export function linkTo(
  current: Route,
  page: string,
  id?: string,
  extra: Record<string, string> = {},
): string {
  const params: Record<string, string> = { ...extra };
  for (const k of [...filterKeys, "case"]) {
    const v = current.params[k];
    if (v) params[k] = v;
  }
  return routeHash({ page, id, params });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/** The current route and a function to change it (a patch of parameters, or a new page). */
export function useRoute(): [Route, (change: Partial<Route>, replace?: boolean) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const route = parseRoute(hash);
  const navigate = useCallback((change: Partial<Route>, replace = false) => {
    const now = parseRoute(window.location.hash);
    const next: Route = {
      page: change.page ?? now.page,
      id: "id" in change ? change.id : change.page ? undefined : now.id,
      params: change.params ? { ...now.params, ...change.params } : now.params,
    };
    const h = routeHash(next);
    if (replace) {
      history.replaceState(null, "", h);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    } else {
      window.location.hash = h;
    }
  }, []);
  return [route, navigate];
}
