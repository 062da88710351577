import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import type { CaseListing, CaseWithRevisions, Paged } from "../api/api-responses";
import { useApi } from "../api/use-api";
import { filterKeys, type Route } from "./route";

/** What every page reads: the case under the current filters, the whole case, and a refresh. */
export interface CaseData {
  caseId: string | undefined;
  cases: CaseListing[];
  /** The case under the route's time window and filters. */
  view: CaseWithRevisions | undefined;
  /** The case without filters (time slider bounds, editing). */
  full: CaseWithRevisions | undefined;
  /** The route's filters as API query parameters. */
  filter: Record<string, string>;
  error: unknown;
  loading: boolean;
  /** Bumped after every edit so that reads refresh. */
  version: number;
  refresh(): void;
}

const CaseContext = createContext<CaseData | null>(null);

/** The filters of a route, as query parameters for the API. */
export function routeFilter(route: Route): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of filterKeys) {
    const v = route.params[k];
    if (v) out[k] = v;
  }
  return out;
}

/** Loads the case named in the route (else the first case) and provides it to the pages. */
export function CaseProvider({ route, children }: { route: Route; children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const list = useApi<Paged<CaseListing> | CaseListing[]>("/cases", undefined, version);
  const cases = useMemo(() => {
    const d = list.data;
    if (!d) return [];
    return Array.isArray(d) ? d : d.items;
  }, [list.data]);
  const caseId = route.params.case ?? cases[0]?.id;
  const filter = routeFilter(route);
  const filtered = Object.keys(filter).length > 0;
  const base = caseId ? `/cases/${encodeURIComponent(caseId)}` : null;
  const full = useApi<CaseWithRevisions>(base, undefined, version);
  const view = useApi<CaseWithRevisions>(filtered ? base : null, filter, version);
  const value: CaseData = {
    caseId,
    cases,
    view: filtered ? view.data : full.data,
    full: full.data,
    filter,
    error: list.error ?? full.error ?? (filtered ? view.error : undefined),
    loading: list.loading || full.loading || (filtered && view.loading),
    version,
    refresh,
  };
  return <CaseContext.Provider value={value}>{children}</CaseContext.Provider>;
}

/** The case data of the workbench. */
export function useCaseData(): CaseData {
  const c = useContext(CaseContext);
  if (!c) throw new Error("useCaseData outside CaseProvider");
  return c;
}
