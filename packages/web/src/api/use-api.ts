import type { ApiParams, ApiPath, ApiQuery, ApiResponse } from "@parley/server";
import { useEffect, useState } from "react";
import { type ApiOptions, apiFetch, routePath } from "./api-client";

/** The state of one API read: loading, its data, or its error. */
export interface ApiState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

/**
 * Reads an API path and re-reads it when the path, query or `version` changes (pass a counter
 * bumped after edits). A null path reads nothing. Stale answers of earlier reads are dropped.
 */
export function useApi<T>(
  path: string | null,
  query?: ApiOptions["query"],
  version = 0,
): ApiState<T> {
  const key = path === null ? null : JSON.stringify([path, query ?? {}, version]);
  const [state, setState] = useState<ApiState<T> & { key: string | null }>({
    data: undefined,
    error: undefined,
    loading: path !== null,
    key: null,
  });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, key }));
    const options: ApiOptions = { signal: controller.signal };
    if (query) options.query = query;
    apiFetch<T>(path, options).then(
      (data) => setState({ data, error: undefined, loading: false, key }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === "AbortError") return;
        setState({ data: undefined, error, loading: false, key });
      },
    );
    return () => controller.abort();
  }, [key]);
  return { data: state.data, error: state.error, loading: state.loading };
}

/**
 * Reads one GET route of the API, typed by the server's declaration of it (see `apiCall`); null
 * parameters read nothing.
 */
export function useRoute<P extends ApiPath<"get">>(
  path: P,
  params: ApiParams<"get", P> | null,
  query?: ApiQuery<"get", P>,
  version = 0,
): ApiState<ApiResponse<"get", P>> {
  return useApi<ApiResponse<"get", P>>(
    params === null ? null : routePath(path, params),
    query as ApiOptions["query"],
    version,
  );
}
