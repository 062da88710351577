import type { Case } from "@parley/core";

/** The record-level filters of a listing: one value or a list of accepted values each. */
export interface RecordQuery {
  /** Events: taking part (with `role`, in that role). Relations: at either end. Positions: whose. */
  actor?: string;
  /** Events: with `actor`, the actor's role; alone, anyone's. */
  role?: readonly string[];
  process?: string;
  /** Events: PLOVER type. Relations: relation type. */
  type?: readonly string[];
  status?: readonly string[];
  /** Actors. */
  kind?: readonly string[];
  bloc?: string;
  /** Positions. */
  issue?: string;
  /** Claims: the whole subject, `<kind>:<id>`. */
  subject?: string;
  /** Claims about a record or its parts: `event:x` also gives the claims about its participations. */
  about?: string;
  asserter?: string;
}

/** The kinds of records a listing can filter, by their case field. */
export type ListedField = "events" | "relations" | "actors" | "positions" | "claims";

const has = (list: readonly string[] | undefined, v: string | undefined) =>
  list === undefined || (v !== undefined && list.includes(v));

/**
 * The records of one kind that pass a listing's record filters, in case order: the one meaning
 * of `actor`, `role`, `process`, `type`, `status`, `kind`, `bloc`, `issue`, `subject`, `about`
 * and `asserter` for the CLI and the API alike. Claim-level filters (as-of, reliability, window)
 * are `filterCase`'s: apply it first. Other kinds are returned whole.
 */
export function recordsMatching(
  c: Case,
  field: ListedField | keyof Case,
  q: RecordQuery,
): readonly { id: string }[] {
  switch (field) {
    case "events":
      return c.events.filter(
        (e) =>
          (q.process === undefined || e.process === q.process) &&
          has(q.type, e.type) &&
          has(q.status, e.status) &&
          (q.actor === undefined
            ? q.role === undefined || e.participants.some((p) => has(q.role, p.role))
            : e.participants.some((p) => p.actor === q.actor && has(q.role, p.role))),
      );
    case "relations":
      return c.relations.filter(
        (r) =>
          (q.actor === undefined || r.source === q.actor || r.target === q.actor) &&
          has(q.type, r.type),
      );
    case "actors":
      return c.actors.filter(
        (a) => has(q.kind, a.kind) && (q.bloc === undefined || a.bloc === q.bloc),
      );
    case "positions":
      return c.positions.filter(
        (p) =>
          (q.actor === undefined || p.actor === q.actor) &&
          (q.issue === undefined || p.issue === q.issue),
      );
    case "claims": {
      const aboutPart = q.about?.startsWith("event:")
        ? `participation:${q.about.slice(6)}/`
        : undefined;
      return c.claims.filter(
        (k) =>
          (q.subject === undefined || k.subject === q.subject) &&
          (q.about === undefined ||
            k.subject === q.about ||
            (aboutPart !== undefined && k.subject.startsWith(aboutPart))) &&
          (q.asserter === undefined || k.asserter === q.asserter),
      );
    }
    default: {
      const all = c[field];
      return Array.isArray(all) ? (all as { id: string }[]) : [];
    }
  }
}

/** The events of a case by actor taking part, each list in case order: one pass serves every actor's listing. */
export function eventsByActor(c: Case): Map<string, Case["events"]> {
  const out = new Map<string, Case["events"]>();
  for (const e of c.events) {
    for (const actor of new Set(e.participants.map((p) => p.actor))) {
      let list = out.get(actor);
      if (!list) {
        list = [];
        out.set(actor, list);
      }
      list.push(e);
    }
  }
  return out;
}
