import { type Case, caseSchema, ParleyError } from "@parley/core";
import {
  type AcceptedRecords,
  acceptedRecords,
  type ExtractedEvent,
  type ExtractedRelation,
} from "@parley/extract";
import type { ItemValues, Proposal, Store } from "@parley/store";
import { z } from "zod";
import { checkRecords } from "./record-checks";

/** A reviewer's decision: accept, reject, or accept a corrected payload. */
export type Decision =
  | { decision: "accept" }
  | { decision: "reject" }
  | { decision: "edit"; payload: unknown };

/** What deciding a proposal did: the proposal as decided, the ids added, the records corroborated. */
export interface DecisionReport {
  proposal: Proposal;
  added: { actors: string[]; events: string[]; relations: string[]; claims: string[] };
  /** Records the case had that the proposal repeats: they gained a corroborating claim. */
  corroborated: string[];
}

const statusOf = { accept: "accepted", reject: "rejected", edit: "edited" } as const;

const fuzzy = z.object({ start: z.string().nullable(), end: z.string().nullable() }).loose();
/** What accepting reads of each kind of payload; the records made from it are checked in full. */
const payloadSchemas: Record<string, z.ZodType> = {
  event: z
    .object({
      type: z.string().min(1),
      date: fuzzy.nullable(),
      place: z.string().nullable(),
      participants: z
        .array(z.object({ actor: z.string().min(1), role: z.string().min(1) }).loose())
        .min(1),
    })
    .loose(),
  relation: z
    .object({
      type: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      period: fuzzy.nullable(),
    })
    .loose(),
  actor: z.object({ id: z.string().min(1), name: z.string().min(1) }).loose(),
};

function checkedPayload(p: Proposal, payload: unknown, operation: string, base: string): void {
  const schema = payloadSchemas[p.kind];
  if (schema === undefined) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: proposals of kind "${p.kind}" cannot be accepted; expected event, relation or actor`,
    );
  }
  const r = schema.safeParse(payload);
  if (r.success) return;
  const problems = r.error.issues.map((i) => ({
    message: i.message,
    pointer: `${base}${i.path.map((k) => `/${String(k)}`).join("")}`,
  }));
  throw new ParleyError(
    "invalid_input",
    `${operation}: the ${p.kind} payload is invalid at ${problems[0]?.pointer || "/"}: ${problems[0]?.message}`,
    {
      location: { pointer: problems[0]?.pointer ?? base },
      problems: problems.length > 1 ? problems : [],
    },
  );
}

/**
 * Where a problem of a record made from a proposal lies in the proposal: an event's
 * participants and a tie's ends are the payload's; a claim's evidence is the proposal's.
 */
function payloadPointer(path: readonly (string | number)[], base: string): string {
  const [field, , ...rest] = path.map(String);
  if (field === "claims" && rest[0] === "evidence") return `/${rest.join("/")}`;
  if (field === "claims" && rest[0] === "asserter") return `${base}/asserter`;
  if (field === "events" && rest[0] === "participants")
    return `${base}/${rest.slice(0, 3).join("/")}`;
  if (field === "relations" && (rest[0] === "source" || rest[0] === "target"))
    return `${base}/${rest[0]}`;
  if (field === "actors" && rest.length > 0) return `${base}/${rest.join("/")}`;
  return base;
}

const norm = (s: string | null | undefined) => s?.trim().toLowerCase() ?? null;

/**
 * The part of a case an accepted proposal is matched against: for an event, the stored events
 * of its type whose dates overlap its date, with every proposed participant in the proposed
 * role and the same place (when both name one), with the claims about them; for a relation,
 * the stored ones of its type between the same ends, with their claims; for an actor, the actors.
 */
async function matchingPart(
  tx: Store,
  caseId: string,
  p: Proposal,
  payload: unknown,
): Promise<Case> {
  const part: Partial<Case> = {};
  if (p.kind === "event") {
    const e = payload as ExtractedEvent;
    const first = e.participants[0];
    const window = {
      ...(e.date?.start ? { from: e.date.start } : {}),
      ...(e.date?.end ? { to: e.date.end } : {}),
    };
    const candidates = await tx.events(caseId, {
      type: e.type,
      ...(first === undefined ? {} : { actor: first.actor, role: first.role }),
      ...(Object.keys(window).length > 0 ? { window } : {}),
    });
    part.events = candidates.filter(
      (x) =>
        e.participants.every((q) =>
          x.participants.some((y) => y.actor === q.actor && y.role === q.role),
        ) &&
        (norm(e.place) === null || norm(x.place) === null || norm(e.place) === norm(x.place)),
    );
    part.claims = [];
    for (const x of part.events) part.claims.push(...(await tx.claims(caseId, { about: x.id })));
  } else if (p.kind === "relation") {
    const r = payload as ExtractedRelation;
    part.relations = (await tx.relations(caseId, { actor: r.source, type: r.type })).filter(
      (x) => x.source === r.source && x.target === r.target,
    );
    part.claims = [];
    for (const x of part.relations)
      part.claims.push(...(await tx.claims(caseId, { subject: `relation:${x.id}` })));
  } else {
    part.actors = await tx.actors(caseId);
  }
  return caseSchema.parse({ id: caseId, title: caseId, ...part });
}

/** Whether any record of the accepted ones has the id of a stored record it was not matched to. */
async function takenIds(tx: Store, caseId: string, r: AcceptedRecords): Promise<string | null> {
  for (const [kind, list] of [
    ["actor", r.actors],
    ["event", r.events],
    ["relation", r.relations],
  ] as const) {
    for (const x of list) {
      try {
        await tx.getEntity(caseId, kind, x.id);
        return `${kind} "${x.id}"`;
      } catch (e) {
        if (!(e instanceof ParleyError) || e.code !== "not_found") throw e;
      }
    }
  }
  return null;
}

/**
 * Decides a pending proposal of a case's review queue, in one transaction. Accepting (or
 * accepting an edited payload) adds the records the proposal makes (see `acceptedRecords`):
 * an event that repeats a stored one (same type, overlapping dates, the same place when both
 * name one, every proposed participant in the same role) and a tie that repeats a stored one
 * become corroborating claims on it and on its participations, not new records. The records are
 * checked against the case (an unknown actor or source is `invalid_input`) and written row by
 * row; the proposal is marked decided in the same transaction, so a refused accept leaves it
 * pending and the case unchanged. A proposal already decided is `conflict`.
 */
export async function decideProposal(
  store: Store,
  caseId: string,
  proposalId: string,
  decision: Decision,
  options: { who?: string } = {},
): Promise<DecisionReport> {
  const who = options.who ?? "review";
  const operation = `${decision.decision} proposal "${proposalId}"`;
  return store.transaction(async (tx) => {
    const p = await tx.getProposal(proposalId);
    if (p.caseId !== caseId) {
      throw new ParleyError("not_found", `${operation}: case "${caseId}" has no such proposal`);
    }
    if (p.status !== "pending") {
      throw new ParleyError("conflict", `${operation}: it was already ${p.status} at ${p.decided}`);
    }
    const report: DecisionReport = {
      proposal: p,
      added: { actors: [], events: [], relations: [], claims: [] },
      corroborated: [],
    };
    if (decision.decision !== "reject") {
      const payload = decision.decision === "edit" ? decision.payload : p.payload;
      checkedPayload(p, payload, operation, decision.decision === "edit" ? "/payload" : "");
      const part = await matchingPart(tx, caseId, p, payload);
      const r = acceptedRecords({ kind: p.kind, payload, evidence: p.evidence }, part);
      const taken = await takenIds(tx, caseId, r);
      if (taken !== null) {
        throw new ParleyError(
          "conflict",
          `${operation}: the case has a ${taken} that the proposal does not repeat (its date, place or participants differ); edit the proposal to tell them apart`,
        );
      }
      const base = decision.decision === "edit" ? "/payload" : "";
      await checkRecords(
        tx,
        caseId,
        operation,
        { actors: r.actors, events: r.events, relations: r.relations, claims: r.claims },
        { pointer: (problem) => payloadPointer(problem.path, base) },
      );
      // Each new record goes in with the claims that hold it; the rest corroborate stored ones.
      const holds = (subject: string, kind: string, id: string) =>
        subject === `${kind}:${id}` ||
        (kind === "event" && subject.startsWith(`participation:${id}/`));
      const placed = new Set<string>();
      for (const [kind, list] of [
        ["actor", r.actors],
        ["event", r.events],
        ["relation", r.relations],
      ] as const) {
        for (const x of list) {
          const claims = r.claims.filter((c) => holds(c.subject, kind, x.id));
          for (const c of claims) placed.add(c.id);
          await tx.createEntity(caseId, kind, x as ItemValues[typeof kind], { who, claims });
        }
      }
      const rest = r.claims.filter((c) => !placed.has(c.id));
      if (rest.length > 0) await tx.appendClaims(caseId, rest, { who });
      report.added = {
        actors: r.actors.map((x) => x.id),
        events: r.events.map((x) => x.id),
        relations: r.relations.map((x) => x.id),
        claims: r.claims.map((x) => x.id),
      };
      report.corroborated = r.corroborated;
    }
    report.proposal = await tx.decideProposal(
      proposalId,
      statusOf[decision.decision],
      decision.decision === "edit" ? decision.payload : undefined,
    );
    return report;
  });
}
