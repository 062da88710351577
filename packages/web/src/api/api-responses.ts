import type { ApiResponse } from "@parley/server";

/*
 * The shapes the workbench reads, taken from the server's declaration of its routes: when a
 * route's response schema changes, the workbench stops compiling where it reads it.
 */

/** A paginated listing. */
export type Paged<T> = Omit<ApiResponse<"get", "/api/cases/{case}/history">, "items"> & {
  items: T[];
};

/** A case in the list of cases, with its size. */
export type CaseListing = ApiResponse<"get", "/api/cases">["items"][number];

/** The whole case (under the current filters) with each record's revision, keyed `<kind>:<id>`. */
export type CaseWithRevisions = ApiResponse<"get", "/api/cases/{case}">;

/** One record with its revision and the claims about it. */
export type RecordWithClaims<T> = Omit<
  ApiResponse<"get", "/api/cases/{case}/events/{id}">,
  "value"
> & { value: T };

/** A saved record with its new revision. */
export type SavedRecord<T> = Omit<ApiResponse<"put", "/api/cases/{case}/events/{id}">, "value"> & {
  value: T;
};

/** One change in the history. */
export type HistoryItem = ApiResponse<"get", "/api/cases/{case}/history">["items"][number];

/** The network analysis: nodes with centralities, edges, blocs and balance. */
export type NetworkAnalysis = ApiResponse<"get", "/api/cases/{case}/analyses/network">;

/** A node of the network analysis, with its centralities. */
export type NetworkNode = NetworkAnalysis["nodes"][number];

/** A claim form prefilled from a selected span of a source. */
export type CodedSpan = ApiResponse<"post", "/api/cases/{case}/code-span">;

/** A proposal in the review queue. */
export type ProposalItem = ApiResponse<"get", "/api/cases/{case}/proposals">["items"][number];

/** A saved view: a titled sequence of steps, each a workbench address. */
export type SavedView = ApiResponse<"get", "/api/views/{id}">;
