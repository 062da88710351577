import type { Case, Claim } from "@parley/core";

/**
 * The shapes the workbench reads from the Parley HTTP API (see the server's OpenAPI document).
 * Only types: the browser bundle never loads server or core code.
 */

/** A paginated listing. */
export interface Paged<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A case in the list of cases, with its size. */
export interface CaseListing {
  id: string;
  title: string;
  summary?: string;
  counts: Partial<Record<string, number>>;
}

/** The whole case (under the current filters) with each record's revision, keyed `<kind>:<id>`. */
export type CaseWithRevisions = Case & { revisions?: Record<string, number> };

/** One record with its revision and the claims about it. */
export interface RecordWithClaims<T> {
  value: T;
  revision: number;
  claims?: Claim[];
}

/** A saved record with its new revision. */
export interface SavedRecord<T> {
  value: T;
  revision: number;
}

/** One change in the history. */
export interface HistoryItem {
  id: number | string;
  at: string;
  who: string;
  op?: string;
  kind: string;
  entity?: string;
  entityId?: string;
  before: unknown;
  after: unknown;
}

/** A node of the network analysis, with its centralities. */
export interface NetworkNode {
  id: string;
  name: string;
  kind: string;
  bloc?: string | null;
  degree?: number;
  betweenness?: number;
  pagerank?: number;
  [measure: string]: unknown;
}

/** The network analysis: nodes with centralities (edges are drawn from the case's relations). */
export interface NetworkAnalysis {
  nodes: NetworkNode[];
  edges?: unknown[];
  blocs?: unknown;
}

/** A claim form prefilled from a selected span of a source. */
export interface CodedSpan {
  actors: Array<string | { id: string; name?: string }>;
  date?: string | { text: string } | null;
  type?: string | null;
  mode?: string | null;
  roles?: Array<{ actor: string; role: string }>;
  span: { start: number; end: number; exact: string; prefix?: string; suffix?: string };
}

/** A proposal in the review queue. */
export interface ProposalItem {
  id: string;
  kind: string;
  payload: unknown;
  evidence?: unknown;
  confidence?: number | null;
  status: string;
}

/** A saved view: a titled sequence of steps, each a workbench address. */
export interface SavedView {
  id: string;
  title: string;
  steps: Array<{ title: string; note?: string; hash: string }>;
}
