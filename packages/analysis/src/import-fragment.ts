import type { Actor, Case, Claim, Event, Evidence, Process, Relation, Source } from "@parley/core";

/**
 * What an import produces: the part of a case read from one file (the dataset as a source,
 * actors, processes, events with their participants, relations, and the claims that hold them),
 * ready to be merged into a case. External ids stay in actor codes and event ids for merging.
 */
export interface CaseFragment {
  sources: Source[];
  actors: Actor[];
  processes: Process[];
  events: Event[];
  relations: Relation[];
  claims: Claim[];
}

/** Options of an import: the file name (for messages and the source) and the source id to cite. */
export interface ImportOptions {
  file?: string;
  /** Id of the dataset's source in the case; default from the dataset and the file name. */
  sourceId?: string;
}

/**
 * The empty link list shared by imported claims: an import of 100,000 rows makes some 400,000
 * claims, and one frozen array instead of one each spares the garbage collector.
 */
export const noLinks = Object.freeze([]) as unknown as Claim["links"];

/**
 * A claim read from a dataset row: the dataset's author reports it, with the row as evidence, and
 * with `attribute` for a value the row records (fatalities, deaths).
 */
export function reportedClaim(
  id: string,
  subject: string,
  note: string,
  evidence: Evidence,
  attribute?: Claim["attribute"],
): Claim {
  const reported = { asserter: "author", stance: "reports", hedge: "reported" } as const;
  // the attribute in its place among the fields, as a case file writes it
  return attribute === undefined
    ? { id, subject, note, evidence, ...reported, links: noLinks }
    : { id, subject, attribute, note, evidence, ...reported, links: noLinks };
}

/** An empty fragment. */
export function emptyFragment(): CaseFragment {
  return { sources: [], actors: [], processes: [], events: [], relations: [], claims: [] };
}

/**
 * The case with a fragment merged in: items with an id already in the case are kept as they are
 * in the case (the case wins), and an imported actor whose external code (ACLED, UCDP, ISO3,
 * Wikidata) matches an actor of the case is mapped onto that actor everywhere in the fragment.
 */
export function mergeFragment(c: Case, fragment: CaseFragment): Case {
  const byCode = new Map<string, string>();
  for (const a of c.actors) for (const key of codeKeys(a)) byCode.set(key, a.id);
  const rename = new Map<string, string>();
  for (const a of fragment.actors) {
    for (const key of codeKeys(a)) {
      const existing = byCode.get(key);
      if (existing !== undefined && existing !== a.id) {
        rename.set(a.id, existing);
        break;
      }
    }
  }
  const actorId = (id: string) => rename.get(id) ?? id;
  const actors = fragment.actors.filter((a) => !rename.has(a.id));
  const events = fragment.events.map((e) => ({
    ...e,
    participants: e.participants.map((p) => ({ ...p, actor: actorId(p.actor) })),
  }));
  const relations = fragment.relations.map((r) => ({
    ...r,
    source: actorId(r.source),
    target: actorId(r.target),
  }));
  const claims = fragment.claims.map((cl) => ({
    ...cl,
    subject: renameSubject(cl.subject, rename),
  }));
  return {
    ...c,
    sources: union(c.sources, fragment.sources),
    actors: union(c.actors, actors),
    processes: union(c.processes, fragment.processes),
    events: union(c.events, events),
    relations: union(c.relations, relations),
    claims: union(c.claims, claims),
  };
}

function codeKeys(a: Actor): string[] {
  const keys: string[] = [];
  for (const [k, v] of Object.entries(a.codes)) if (v !== undefined) keys.push(`${k}:${v}`);
  return keys;
}

function renameSubject(subject: string, rename: ReadonlyMap<string, string>): string {
  if (rename.size === 0) return subject;
  if (subject.startsWith("actor:")) {
    const id = subject.slice(6);
    return `actor:${rename.get(id) ?? id}`;
  }
  if (subject.startsWith("participation:")) {
    const [event, actor, role] = subject.slice(14).split("/");
    if (event !== undefined && actor !== undefined && role !== undefined) {
      return `participation:${event}/${rename.get(actor) ?? actor}/${role}`;
    }
  }
  return subject;
}

function union<T extends { id: string }>(base: readonly T[], extra: readonly T[]): T[] {
  const seen = new Set(base.map((x) => x.id));
  const out = [...base];
  for (const x of extra) {
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    out.push(x);
  }
  return out;
}
