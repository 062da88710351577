import {
  type Case,
  type CaseProblem,
  caseSchema,
  ParleyError,
  type Problem,
  parseSubject,
  validateCase,
} from "@parley/core";
import { type EntityKind, entityKinds, type Store } from "@parley/store";

/** The records a write adds or replaces, by the case field that lists them. */
export type Records = Partial<Pick<Case, RecordField>>;

type RecordField =
  | "sources"
  | "actors"
  | "processes"
  | "events"
  | "relations"
  | "issues"
  | "positions"
  | "capabilities"
  | "interests"
  | "claims"
  | "judgments"
  | "hypotheses"
  | "scenarios";

const fieldOfKind: Record<EntityKind | "claim", RecordField> = {
  source: "sources",
  actor: "actors",
  process: "processes",
  event: "events",
  relation: "relations",
  issue: "issues",
  position: "positions",
  capability: "capabilities",
  interest: "interests",
  claim: "claims",
  judgment: "judgments",
  hypothesis: "hypotheses",
  scenario: "scenarios",
};

/** The case field that lists records of a kind (`actor` → `actors`). */
export function fieldOf(kind: EntityKind | "claim"): RecordField {
  return fieldOfKind[kind];
}

/** Every `<kind>:<id>` a set of records refers to (actors, processes, issues, sources, claims, subjects). */
export function referencesOf(r: Records): Set<string> {
  const out = new Set<string>();
  const add = (kind: string, id: string | undefined) => {
    if (id !== undefined) out.add(`${kind}:${id}`);
  };
  for (const a of r.actors ?? []) add("actor", a.parent);
  for (const p of r.processes ?? []) {
    for (const a of [...p.convenors, ...p.backers]) add("actor", a);
    for (const x of p.related) add("process", x.process);
  }
  for (const e of r.events ?? []) {
    add("process", e.process);
    for (const p of e.participants) {
      add("actor", p.actor);
      add("actor", p.delegation?.head);
      add("actor", p.delegation?.body);
      for (const m of p.delegation?.members ?? []) add("actor", m);
    }
  }
  for (const x of r.relations ?? []) {
    add("actor", x.source);
    add("actor", x.target);
  }
  for (const x of [...(r.positions ?? []), ...(r.capabilities ?? [])]) {
    add("actor", x.actor);
    add("issue", x.issue);
  }
  for (const x of r.interests ?? []) {
    add("actor", x.actor);
    for (const i of x.issues) add("issue", i);
  }
  for (const c of r.claims ?? []) {
    const { kind, id } = parseSubject(c.subject);
    add(kind, id);
    if (c.asserter !== "author" && !c.asserter.startsWith("analyst:")) add("actor", c.asserter);
    add("source", c.evidence?.source);
    for (const l of c.links) add("claim", l.claim);
  }
  for (const j of r.judgments ?? []) {
    for (const x of [...j.supports, ...j.undermines]) add("claim", x);
    for (const i of j.issues) add("issue", i);
    add("source", j.evidence?.source);
  }
  for (const h of r.hypotheses ?? []) for (const x of h.ratings) add("claim", x.claim);
  for (const s of r.scenarios ?? []) {
    for (const ch of s.changes) {
      if ("actor" in ch && ch.kind !== "join") add("actor", ch.actor);
      if ("issue" in ch) add("issue", ch.issue);
      if (ch.kind === "forums") for (const p of ch.processes) add("process", p);
    }
  }
  return out;
}

/**
 * The stored records that `refs` name (those the case has; a missing one is simply absent),
 * leaving out the records being replaced. A participation is represented by its event.
 */
async function storedRecords(
  tx: Store,
  caseId: string,
  refs: Iterable<string>,
  replaced: Set<string>,
): Promise<Records> {
  const out: Records = {};
  const claimIds: string[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const i = ref.indexOf(":");
    let kind = ref.slice(0, i);
    let id = ref.slice(i + 1);
    if (kind === "participation") {
      kind = "event";
      id = id.split("/")[0] ?? id;
    }
    const key = `${kind}:${id}`;
    if (seen.has(key) || replaced.has(key)) continue;
    seen.add(key);
    if (kind === "claim") {
      claimIds.push(id);
      continue;
    }
    if (!(entityKinds as readonly string[]).includes(kind)) continue;
    try {
      const found = await tx.getEntity(caseId, kind as EntityKind, id);
      const field = fieldOf(kind as EntityKind);
      const list = (out[field] ?? []) as unknown[];
      list.push(found.value);
      out[field] = list as never;
    } catch (e) {
      if (!(e instanceof ParleyError) || e.code !== "not_found") throw e;
    }
  }
  if (claimIds.length > 0) out.claims = await tx.claims(caseId, { ids: claimIds });
  return out;
}

/**
 * Checks records a write adds or replaces against the stored case, reading only what they
 * refer to (and, for `related`, the claims about the records replaced): references to actors,
 * processes, issues, sources, claims and claim subjects the case lacks, duplicate
 * participations, spans beyond their source, facts no claim holds. The checks are the case
 * checks of the core (`validateCase`) run over that neighbourhood; a problem in the records is
 * `invalid_input` at `pointer(problem)`, one in a stored record the write would break is
 * `conflict`.
 */
export async function checkRecords(
  tx: Store,
  caseId: string,
  operation: string,
  records: Records,
  options: {
    /** Stored records the write replaces or removes, as `<kind>:<id>`. */
    replaced?: Iterable<string>;
    /** Stored records that refer to what is replaced or removed, checked as they stand. */
    related?: Records;
    /** Where a problem in the written records lies in the request (a JSON pointer). */
    pointer?: (p: CaseProblem) => string;
  } = {},
): Promise<void> {
  const replaced = new Set(options.replaced ?? []);
  const related = options.related ?? {};
  const written = new Set<string>();
  for (const [field, list] of Object.entries(records) as [RecordField, { id: string }[]][])
    for (const x of list) written.add(`${field}:${x.id}`);
  const refs = referencesOf(records);
  for (const r of referencesOf(related)) refs.add(r);
  const stored = await storedRecords(tx, caseId, refs, replaced);
  const merged: Record<string, unknown[]> = {};
  // stored neighbours first, then the related records, then the written ones: problems at an
  // index past the others lie in what is written
  const firstWritten: Partial<Record<RecordField, number>> = {};
  for (const part of [stored, related]) {
    for (const [field, list] of Object.entries(part) as [RecordField, { id: string }[]][]) {
      const have = (merged[field] ?? []) as { id: string }[];
      merged[field] = have;
      for (const x of list)
        if (!written.has(`${field}:${x.id}`) && !have.some((y) => y.id === x.id)) have.push(x);
    }
  }
  for (const [field, list] of Object.entries(records) as [RecordField, unknown[]][]) {
    const have = merged[field] ?? [];
    merged[field] = have;
    firstWritten[field] = have.length;
    have.push(...list);
  }
  const neighbourhood = caseSchema.parse({ id: caseId, title: caseId, ...merged });
  const problems = validateCase(neighbourhood).filter((p) => {
    const [field, index] = p.path;
    // stored records are checked only for what the write breaks: references to what it removed
    if (typeof index !== "number") return false;
    const start = firstWritten[field as RecordField];
    if (start !== undefined && index >= start) return true;
    return breaksOn(p, replaced);
  });
  const first = problems[0];
  if (first === undefined) return;
  const inWritten = (p: CaseProblem) => {
    const start = firstWritten[p.path[0] as RecordField];
    return start !== undefined && (p.path[1] as number) >= start;
  };
  const shift = (p: CaseProblem): CaseProblem => {
    const start = firstWritten[p.path[0] as RecordField] ?? 0;
    return { ...p, path: [p.path[0] as string, (p.path[1] as number) - start, ...p.path.slice(2)] };
  };
  const where = (p: CaseProblem) =>
    inWritten(p) ? (options.pointer?.(shift(p)) ?? pointerOf(shift(p).path)) : pointerOf(p.path);
  const list: Problem[] = problems.map((p) => ({ message: p.message, pointer: where(p) }));
  const written_ = inWritten(first);
  throw new ParleyError(
    written_ ? "invalid_input" : "conflict",
    written_
      ? `${operation}: ${first.message}`
      : `${operation}: ${describeStored(first, merged)} ${first.message.replace(/^unknown /, "refers to ")}`,
    {
      location: { pointer: written_ ? where(first) : "" },
      problems: list.length > 1 ? list : [],
    },
  );
}

/** Whether a problem of a stored record comes from the write: it names a record removed or replaced. */
function breaksOn(p: CaseProblem, replaced: Set<string>): boolean {
  const m = /^unknown (\w+) "([^"]+)"$/.exec(p.message);
  if (m === null) return false;
  const kind = m[1] ?? "";
  const id = m[2] ?? "";
  if (kind === "participation") return replaced.has(`event:${id.split("/")[0]}`);
  return replaced.has(`${kind}:${id}`);
}

function describeStored(p: CaseProblem, merged: Record<string, unknown[]>): string {
  const [field, index] = p.path;
  const record = merged[field as string]?.[index as number] as { id?: string } | undefined;
  const kind = Object.entries(fieldOfKind).find(([, f]) => f === field)?.[0] ?? String(field);
  return `${kind} "${record?.id ?? "?"}"`;
}

function pointerOf(path: readonly (string | number)[]): string {
  return path.map((t) => `/${String(t).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
