import {
  type Case,
  type CaseProblem,
  caseSchema,
  ParleyError,
  type Problem,
  parseSubject,
  validateCase,
} from "@parley/core";
import { caseFields, type EntityKind, entityKinds, type ItemKind, type Store } from "@parley/store";

/** The records a write adds or replaces, by the case field that lists them. */
export type Records = Partial<Pick<Case, RecordField>>;

type RecordField = (typeof caseFields)[ItemKind];

const fieldOfKind: Record<ItemKind, RecordField> = caseFields;

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
    /**
     * The stored versions of the records replaced: a problem they have already is not the
     * write's doing, so it is not held against it.
     */
    before?: Records;
    /** Where a problem in the written records lies in the request (a JSON pointer). */
    pointer?: (p: CaseProblem) => string;
  } = {},
): Promise<void> {
  const replaced = new Set(options.replaced ?? []);
  const related = options.related ?? {};
  const found = await problemsOf(tx, caseId, records, replaced, related);
  const known = new Set<string>();
  if (options.before !== undefined) {
    const old = await problemsOf(tx, caseId, options.before, replaced, related);
    for (const p of old) known.add(`${p.written} ${pointerOf(p.path)} ${p.message}`);
  }
  const problems = found.filter(
    (p) => !known.has(`${p.written} ${pointerOf(p.path)} ${p.message}`),
  );
  const first = problems[0];
  if (first === undefined) return;
  const where = (p: Found) =>
    p.written ? (options.pointer?.(p) ?? pointerOf(p.path)) : pointerOf(p.path);
  const list: Problem[] = problems.map((p) => ({ message: p.message, pointer: where(p) }));
  throw new ParleyError(
    first.written ? "invalid_input" : "conflict",
    first.written
      ? `${operation}: ${first.message}`
      : `${operation}: ${first.record} ${first.message.replace(/^unknown /, "refers to ")}`,
    {
      location: { pointer: first.written ? where(first) : "" },
      problems: list.length > 1 ? list : [],
    },
  );
}

/** A problem found: in a written record (its path counted within the written ones) or a stored one. */
interface Found extends CaseProblem {
  written: boolean;
  /** The stored record it lies in, as `<kind> "<id>"`. */
  record: string;
}

/** The problems of the neighbourhood of `records` that lie in them or that the write causes. */
async function problemsOf(
  tx: Store,
  caseId: string,
  records: Records,
  replaced: Set<string>,
  related: Records,
): Promise<Found[]> {
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
  const out: Found[] = [];
  for (const p of validateCase(neighbourhood)) {
    const [field, index] = p.path;
    if (typeof index !== "number") continue;
    const start = firstWritten[field as RecordField];
    if (start !== undefined && index >= start) {
      out.push({
        ...p,
        path: [field as string, index - start, ...p.path.slice(2)],
        written: true,
        record: "",
      });
    } else if (breaksOn(p, replaced)) {
      // stored records are checked only for what the write breaks: references to what it removed
      out.push({ ...p, written: false, record: describeStored(p, merged) });
    }
  }
  return out;
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
